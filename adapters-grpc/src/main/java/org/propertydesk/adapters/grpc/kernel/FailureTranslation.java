package org.propertydesk.adapters.grpc.kernel;

import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.io.InputStream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.application.kernel.StoreUnavailable;

/**
 * Turns what a use case throws into a status a client can act on, and never lets a stack trace or
 * an exception message of the server's reach the caller: {@link NotFound} is NOT_FOUND (with
 * ResourceInfo), {@link ConcurrencyConflict} is ABORTED (re-read and retry), {@link StoreUnavailable}
 * is UNAVAILABLE with a RetryInfo (send the same request again, with the same request_id), a status
 * a service raised passes unchanged, and anything else — a fault of the server, never of the caller's input
 * — is INTERNAL with a fixed message, logged here with its stack trace. Once a failure has closed
 * the call, the rest of the call's events (its half-close) no longer reach the service.
 *
 * <p>Use {@link #around(ServerServiceDefinition)}: it also turns a request that is not well-formed
 * protobuf (truncated, a wrong wire type, invalid UTF-8 in a string) into INVALID_ARGUMENT. grpc-java
 * parses a request before any interceptor sees it and answers a parse failure UNKNOWN ("Application
 * error processing RPC"); so the service is hosted on raw request streams and parses each one itself,
 * inside this translation.
 */
public final class FailureTranslation implements ServerInterceptor {

    private static final Logger LOG = Logger.getLogger(FailureTranslation.class.getName());

    /** What a caller is told when the database is down or its connection broke. */
    static final String DATABASE_UNAVAILABLE = "the database is unavailable; retry with the same request_id";

    /** How long a caller is asked to wait before retrying after UNAVAILABLE. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    /**
     * {@code service} behind failure translation, parsing its own requests so that a malformed one
     * is INVALID_ARGUMENT with a field violation on {@code request}, never UNKNOWN or INTERNAL.
     * Only requests travel as raw streams: answers keep the method's own marshaller, so grpc-java
     * writes each one straight from the message (grpc's {@code useInputStreamMessages} would also
     * turn every answer into a buffered stream copied through two 8 KiB buffers per call), or from
     * the bytes its idempotency record was just serialized into ({@link RecordedAnswers}).
     */
    public static ServerServiceDefinition around(ServerServiceDefinition given) {
        ServerServiceDefinition service = ServerInterceptors.intercept(given, DenialAudit.SUBJECTS);
        ServiceDescriptor descriptor = service.getServiceDescriptor();
        ServiceDescriptor.Builder raw = ServiceDescriptor.newBuilder(descriptor.getName())
                .setSchemaDescriptor(descriptor.getSchemaDescriptor());
        List<ServerMethodDefinition<InputStream, ?>> methods =
                service.getMethods().stream().<ServerMethodDefinition<InputStream, ?>>map(FailureTranslation::parsedInside).toList();
        methods.forEach(method -> raw.addMethod(method.getMethodDescriptor()));
        ServerServiceDefinition.Builder definition = ServerServiceDefinition.builder(raw.build());
        methods.forEach(definition::addMethod);
        return ServerInterceptors.intercept(definition.build(), new FailureTranslation());
    }

    /**
     * The method on raw request streams: its handler parses each request with the method's own
     * marshaller when the message arrives — inside the interceptors, where a parse failure is
     * translated — and hands the parsed request on. The stream is read before {@code onMessage}
     * returns, while grpc-java still holds it.
     */
    private static <Q, R> ServerMethodDefinition<InputStream, R> parsedInside(ServerMethodDefinition<Q, R> method) {
        MethodDescriptor<Q, R> original = method.getMethodDescriptor();
        Malformed<Q> requests = new Malformed<>(original.getRequestMarshaller());
        MethodDescriptor<InputStream, R> descriptor =
                original.toBuilder(RAW, RecordedAnswers.reusing(original.getResponseMarshaller())).build();
        ServerCallHandler<Q, R> handler = method.getServerCallHandler();
        return ServerMethodDefinition.create(descriptor,
                (call, headers) -> new RawListener<>(handler.startCall(new TypedCall<>(call, original), headers), requests));
    }

    /**
     * Parses each raw request and passes it to the service's listener; every other event of the call
     * is forwarded as it is. Only {@code onMessage} names the request type, and it is overridden.
     */
    private static final class RawListener<Q> extends ForwardingServerCallListener<InputStream> {
        private final ServerCall.Listener<Q> parsed;
        private final Malformed<Q> requests;

        RawListener(ServerCall.Listener<Q> parsed, Malformed<Q> requests) {
            this.parsed = parsed;
            this.requests = requests;
        }

        @Override
        public void onMessage(InputStream message) {
            parsed.onMessage(requests.parse(message));
        }

        @Override
        @SuppressWarnings("unchecked")
        protected ServerCall.Listener<InputStream> delegate() {
            return (ServerCall.Listener<InputStream>) (ServerCall.Listener<?>) parsed;
        }
    }

    /** Hands grpc-java's stream of a request on untouched: it is parsed inside, by {@link Malformed}. */
    private static final MethodDescriptor.Marshaller<InputStream> RAW = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(InputStream value) {
            return value;
        }

        @Override
        public InputStream parse(InputStream stream) {
            return stream;
        }
    };

    /**
     * The call on raw requests, seen by the service as the call of its own method descriptor; every
     * other method is forwarded as it is. Only {@code getMethodDescriptor} names the request type,
     * and it is overridden.
     */
    private static final class TypedCall<Q, R> extends ForwardingServerCall.SimpleForwardingServerCall<Q, R> {
        private final MethodDescriptor<Q, R> method;

        @SuppressWarnings("unchecked")
        TypedCall(ServerCall<InputStream, R> call, MethodDescriptor<Q, R> method) {
            super((ServerCall<Q, R>) (ServerCall<?, R>) call);
            this.method = method;
        }

        @Override
        public MethodDescriptor<Q, R> getMethodDescriptor() {
            return method;
        }
    }

    /** A request marshaller whose parse failure is the caller's: INVALID_ARGUMENT, not the runtime's INTERNAL. */
    private static final class Malformed<Q> {
        private final MethodDescriptor.Marshaller<Q> marshaller;

        Malformed(MethodDescriptor.Marshaller<Q> marshaller) {
            this.marshaller = marshaller;
        }

        Q parse(InputStream stream) {
            try {
                return marshaller.parse(stream);
            } catch (RuntimeException malformed) {
                throw GrpcErrors.invalidArgument(List.of(new InvalidField("request",
                        "is not a well-formed protobuf message of the method's request type (truncated, a wrong wire type,"
                                + " or a string that is not UTF-8)")));
            }
        }
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        ServerCall.Listener<Q> delegate;
        try {
            delegate = next.startCall(call, headers);
        } catch (RuntimeException failure) {
            close(call, failure);
            return new ServerCall.Listener<>() {};
        }
        return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(delegate) {
            private boolean closed;

            @Override
            public void onMessage(Q message) {
                guard(() -> super.onMessage(message));
            }

            @Override
            public void onHalfClose() {
                guard(super::onHalfClose);
            }

            @Override
            public void onReady() {
                guard(super::onReady);
            }

            private void guard(Runnable step) {
                if (closed) {
                    return;
                }
                try {
                    step.run();
                } catch (RuntimeException failure) {
                    closed = true;
                    close(call, failure);
                } finally {
                    RecordedAnswers.forget();
                }
            }
        };
    }

    private static void close(ServerCall<?, ?> call, RuntimeException failure) {
        StatusRuntimeException status = translate(call.getMethodDescriptor().getFullMethodName(), failure);
        Metadata trailers = status.getTrailers() == null ? new Metadata() : status.getTrailers();
        call.close(status.getStatus(), trailers);
    }

    static StatusRuntimeException translate(String method, RuntimeException failure) {
        if (failure instanceof StatusRuntimeException) {
            return (StatusRuntimeException) failure;
        }
        if (failure instanceof NotFound) {
            NotFound notFound = (NotFound) failure;
            return GrpcErrors.notFound(notFound.resourceType(), notFound.resource());
        }
        if (failure instanceof ConcurrencyConflict) {
            return Status.ABORTED
                    .withDescription(failure.getMessage() + "; read it again and retry")
                    .asRuntimeException();
        }
        if (failure instanceof StoreUnavailable) {
            LOG.log(Level.WARNING, method + ": " + failure.getMessage() + ": " + failure.getCause());
            return GrpcErrors.unavailable(DATABASE_UNAVAILABLE, RETRY_AFTER);
        }
        LOG.log(Level.SEVERE, "internal failure in " + method, failure);
        return Status.INTERNAL.withDescription("internal error").asRuntimeException();
    }
}
