package org.propertydesk.adapters.grpc.kernel;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.rpc.ErrorInfo;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.propertydesk.application.kernel.Denials;
import org.propertydesk.domain.kernel.Rule;

/**
 * Writes every PERMISSION_DENIED a service answers to the caller's office's audit trail (R-CF-9),
 * before the caller sees it: the action is the full method name, the subject the resource the
 * request names, the rule the one the ErrorInfo names (K-1 for a name in another office).
 *
 * <p>A use case that audits its own access decisions — the records office's reads, borrowings,
 * hand-outs and destructions — marks the call with {@link #auditedByTheDesk()} so that its denial
 * is written once, not twice. A call that is not authenticated has no office and no actor and so no
 * trail to go to: {@link Authentication} logs it instead.
 */
public final class DenialAudit implements ServerInterceptor {

    private static final Logger LOG = Logger.getLogger(DenialAudit.class.getName());
    private static final Context.Key<AtomicBoolean> AUDITED = Context.key("propertydesk-denial-audited");
    private static final Context.Key<AtomicReference<String>> SUBJECT = Context.key("propertydesk-denial-subject");

    /**
     * Notes the resource the request names for a denial's entry, where the request is parsed:
     * {@link FailureTranslation#around} puts it inside, since outside it a request is still bytes.
     */
    static final ServerInterceptor SUBJECTS = new ServerInterceptor() {
        @Override
        public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
            return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {
                @Override
                public void onMessage(Q message) {
                    note(message);
                    super.onMessage(message);
                }
            };
        }
    };

    private final Denials denials;

    public DenialAudit(Denials denials) {
        this.denials = Objects.requireNonNull(denials, "denials");
    }

    /** Says that the use case of the current call writes its own denials to the audit trail. */
    public static void auditedByTheDesk() {
        AtomicBoolean audited = AUDITED.get();
        if (audited != null) {
            audited.set(true);
        }
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        Caller caller = Caller.KEY.get();
        if (caller == null) {
            return next.startCall(call, headers);
        }
        AtomicBoolean audited = new AtomicBoolean();
        AtomicReference<String> subject = new AtomicReference<>("");
        ServerCall<Q, R> auditing = new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
            @Override
            public void close(Status status, Metadata trailers) {
                if (status.getCode() == Status.Code.PERMISSION_DENIED && !audited.get()) {
                    record(caller, call.getMethodDescriptor().getFullMethodName(), subject.get(), rule(status, trailers));
                }
                super.close(status, trailers);
            }
        };
        Context context = Context.current().withValue(AUDITED, audited).withValue(SUBJECT, subject);
        ServerCall.Listener<Q> listener = Contexts.interceptCall(context, auditing, headers, next);
        return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(listener) {
            @Override
            public void onMessage(Q message) {
                note(message); // a service of the embedder's own, hosted without FailureTranslation.around
                super.onMessage(message);
            }
        };
    }

    private static void note(Object message) {
        AtomicReference<String> subject = SUBJECT.get();
        if (subject != null && message instanceof Message request) {
            subject.set(subjectOf(request));
        }
    }

    private void record(Caller caller, String action, String subject, Option<Rule> rule) {
        try {
            denials.denied(caller.office(), caller.staff(), action, subject, rule);
        } catch (RuntimeException e) {
            // The call is refused either way; a denial the trail could not take must at least be seen.
            LOG.log(Level.SEVERE, "could not audit a denial of " + action + " to " + caller, e);
        }
    }

    /** The resource a request is about: its name, else its parent, office or staff member. */
    static String subjectOf(Message request) {
        for (String field : new String[] {"name", "parent", "office", "staff"}) {
            FieldDescriptor descriptor = request.getDescriptorForType().findFieldByName(field);
            if (descriptor != null && descriptor.getJavaType() == FieldDescriptor.JavaType.STRING && !descriptor.isRepeated()) {
                String value = (String) request.getField(descriptor);
                if (!value.isEmpty()) {
                    return value.length() > 300 ? value.substring(0, 300) : value;
                }
            }
        }
        return "";
    }

    private static Option<Rule> rule(Status status, Metadata trailers) {
        com.google.rpc.Status details = StatusProto.fromStatusAndTrailers(status, trailers);
        if (details == null) {
            return Option.none();
        }
        for (var any : details.getDetailsList()) {
            if (any.is(ErrorInfo.class)) {
                try {
                    ErrorInfo info = any.unpack(ErrorInfo.class);
                    if (info.getReason().equals("OTHER_OFFICE")) {
                        return Option.some(Rule.K_1);
                    }
                    return Option.ofOptional(Rule.byId(info.getMetadataOrDefault(GrpcErrors.RULE_ID, "")));
                } catch (com.google.protobuf.InvalidProtocolBufferException e) {
                    return Option.none();
                }
            }
        }
        return Option.none();
    }
}
