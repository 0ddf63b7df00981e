package org.propertydesk.adapters.grpc.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Any;
import com.google.protobuf.Empty;
import com.google.rpc.RetryInfo;
import com.google.rpc.Status;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ServerCalls;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.kernel.StoreUnavailable;

/**
 * What a client receives when a use case fails instead of answering, across a real (in-process)
 * gRPC call through {@link FailureTranslation}: a database that is down is UNAVAILABLE with a
 * RetryInfo, never INTERNAL, and nothing of the server's exception reaches the caller.
 */
@DisplayName("Failures of a use case reach the client as statuses it can act on")
class FailureTranslationTest {

    @Test
    @DisplayName("a store that is unavailable is UNAVAILABLE: retry with the same request_id, after the RetryInfo delay")
    void storeUnavailableIsUnavailable() throws Exception {
        Status status = callFailingWith(new StoreUnavailable("the connection broke during a unit of work",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));

        assertThat(status.getCode()).isEqualTo(io.grpc.Status.Code.UNAVAILABLE.value());
        assertThat(status.getMessage()).isEqualTo("the database is unavailable; retry with the same request_id");
        RetryInfo retry = detail(status, RetryInfo.class);
        assertThat(retry.getRetryDelay().getSeconds()).isEqualTo(1);
    }

    @Test
    @DisplayName("a write on a stale read is ABORTED")
    void conflictIsAborted() throws Exception {
        Status status = callFailingWith(new ConcurrencyConflict("duty log 7", 3));

        assertThat(status.getCode()).isEqualTo(io.grpc.Status.Code.ABORTED.value());
        assertThat(status.getMessage()).contains("read it again and retry");
    }

    @Test
    @DisplayName("anything else is INTERNAL with a fixed message: no exception text of the server leaks")
    void anythingElseIsInternal() throws Exception {
        Status status = callFailingWith(new IllegalStateException("secret detail of the server"));

        assertThat(status.getCode()).isEqualTo(io.grpc.Status.Code.INTERNAL.value());
        assertThat(status.getMessage()).isEqualTo("internal error");
    }

    private static <T extends com.google.protobuf.Message> T detail(Status status, Class<T> type) throws Exception {
        for (Any any : status.getDetailsList()) {
            if (any.is(type)) {
                return any.unpack(type);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + status);
    }

    /** Serves one method whose implementation throws {@code failure}, behind FailureTranslation. */
    private static Status callFailingWith(RuntimeException failure) throws Exception {
        MethodDescriptor<Empty, Empty> method = MethodDescriptor.<Empty, Empty>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName("propertydesk.test.Probe/Fail")
                .setRequestMarshaller(ProtoUtils.marshaller(Empty.getDefaultInstance()))
                .setResponseMarshaller(ProtoUtils.marshaller(Empty.getDefaultInstance()))
                .build();
        ServerServiceDefinition service = ServerServiceDefinition.builder("propertydesk.test.Probe")
                .addMethod(method, ServerCalls.asyncUnaryCall((request, observer) -> {
                    throw failure;
                }))
                .build();
        String name = InProcessServerBuilder.generateName();
        Server server = InProcessServerBuilder.forName(name).directExecutor()
                .addService(ServerInterceptors.intercept(service, new FailureTranslation())).build().start();
        ManagedChannel channel = InProcessChannelBuilder.forName(name).directExecutor().build();
        try {
            ClientCalls.blockingUnaryCall(channel, method, CallOptions.DEFAULT, Empty.getDefaultInstance());
            throw new AssertionError("the call should have failed");
        } catch (StatusRuntimeException received) {
            Status status = StatusProto.fromThrowable(received);
            return status != null ? status
                    : Status.newBuilder().setCode(received.getStatus().getCode().value())
                            .setMessage(String.valueOf(received.getStatus().getDescription())).build();
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
