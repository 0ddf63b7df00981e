package org.propertydesk.adapters.grpc;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.PreconditionFailure;
import com.google.rpc.ResourceInfo;
import io.grpc.Context;
import io.grpc.ForwardingServerCall;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.propertydesk.adapters.grpc.kernel.Authentication;
import org.propertydesk.adapters.grpc.kernel.BearerTokens;
import org.propertydesk.adapters.grpc.kernel.Caller;

/**
 * PropertyDesk's services on an in-process transport, behind the real authentication and failure
 * translation, for transport tests: stubs get a caller's bearer token with {@link #as}, and
 * {@link Failure} decodes the rich error details a call failed with.
 */
public final class InProcessDesk implements AutoCloseable {

    private final Server server;
    private final ManagedChannel channel;

    private InProcessDesk(Server server, ManagedChannel channel) {
        this.server = server;
        this.channel = channel;
    }

    /** Serves {@code services}; {@code tokens} says which bearer token stands for which caller. */
    public static InProcessDesk serving(PropertyDeskServices services, Map<String, Caller> tokens) {
        String name = InProcessServerBuilder.generateName();
        InProcessServerBuilder builder = InProcessServerBuilder.forName(name).directExecutor();
        Authentication authentication = new Authentication(BearerTokens.fixed(tokens));
        for (ServerServiceDefinition definition : services.definitions()) {
            builder.addService(ServerInterceptors.intercept(definition, new LateAnswers(), authentication));
        }
        try {
            Server server = builder.build().start();
            return new InProcessDesk(server, InProcessChannelBuilder.forName(name).directExecutor().build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Header asking the server to hold its answer back, after the work is done, until the call is
     * cancelled (its deadline passed) or this many milliseconds have gone by.
     */
    public static final Metadata.Key<String> ANSWER_DELAY = Metadata.Key.of("x-test-answer-delay-ms", Metadata.ASCII_STRING_MARSHALLER);

    /**
     * Holds a finished call's answer back as {@link #ANSWER_DELAY} asks: the work (and its unit of
     * work) has committed, the answer has not yet left — the moment a client-side deadline hits in a
     * "did it happen?" retry. Waiting for the cancellation, not for a fixed time, keeps the test
     * independent of how busy the machine is.
     */
    private static final class LateAnswers implements ServerInterceptor {
        @Override
        public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
            String delay = headers.get(ANSWER_DELAY);
            if (delay == null) {
                return next.startCall(call, headers);
            }
            return next.startCall(new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
                @Override
                public void close(Status status, Metadata trailers) {
                    Context context = Context.current();
                    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Long.parseLong(delay));
                    try {
                        while (!context.isCancelled() && !isCancelled() && System.nanoTime() < until) {
                            Thread.sleep(2);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    if (context.isCancelled() || isCancelled()) {
                        // The client gave up: its answer must not race the cancellation to it (with
                        // a direct executor an OK sent now could still arrive first).
                        super.close(Status.CANCELLED.withDescription("the client's deadline passed"), new Metadata());
                        return;
                    }
                    super.close(status, trailers);
                }
            }, headers);
        }
    }

    /** The channel to the services, without credentials. */
    public ManagedChannel channel() {
        return channel;
    }

    /** {@code stub} calling with {@code authorization: Bearer <token>}. */
    public static <S extends AbstractStub<S>> S as(S stub, String token) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    /** A failed call's status with its rich error details decoded. */
    public record Failure(Status.Code code, String message, com.google.rpc.Status details) {

        public static Failure of(StatusRuntimeException e) {
            com.google.rpc.Status details = StatusProto.fromThrowable(e);
            return new Failure(e.getStatus().getCode(), e.getStatus().getDescription(),
                    details == null ? com.google.rpc.Status.getDefaultInstance() : details);
        }

        public Optional<ErrorInfo> errorInfo() {
            return detail(ErrorInfo.class);
        }

        public Optional<BadRequest> badRequest() {
            return detail(BadRequest.class);
        }

        public Optional<PreconditionFailure> preconditionFailure() {
            return detail(PreconditionFailure.class);
        }

        public Optional<ResourceInfo> resourceInfo() {
            return detail(ResourceInfo.class);
        }

        /** The fields a BadRequest names, in order. */
        public java.util.List<String> badFields() {
            return badRequest().map(request -> request.getFieldViolationsList().stream()
                    .map(BadRequest.FieldViolation::getField).toList()).orElse(java.util.List.of());
        }

        private <T extends Message> Optional<T> detail(Class<T> type) {
            for (Any any : details.getDetailsList()) {
                if (any.is(type)) {
                    try {
                        return Optional.of(any.unpack(type));
                    } catch (InvalidProtocolBufferException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return Optional.empty();
        }
    }
}
