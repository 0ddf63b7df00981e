package org.propertydesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.StringValue;
import com.google.rpc.ResourceInfo;
import io.grpc.CallOptions;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.ServerCalls;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.adapters.grpc.kernel.BearerTokens;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * The reference server over real loopback TCP: who may call, what a caller sees when the server
 * fails, and the probes that stay open (DESIGN.md, "gRPC adapter").
 */
@DisplayName("The PropertyDesk gRPC server")
class PropertyDeskServerTest {

    private static final Caller CLERK = new Caller(new OfficeId(new UUID(1, 1)), new StaffId(new UUID(0, 7)));

    private static final MethodDescriptor<StringValue, StringValue> PROBE = MethodDescriptor.<StringValue, StringValue>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName("propertydesk.test.Probe/Do")
            .setRequestMarshaller(ProtoUtils.marshaller(StringValue.getDefaultInstance()))
            .setResponseMarshaller(ProtoUtils.marshaller(StringValue.getDefaultInstance()))
            .build();

    /** Answers with the caller's staff id, or fails as the request asks. */
    private static final ServerServiceDefinition PROBE_SERVICE = ServerServiceDefinition.builder("propertydesk.test.Probe")
            .addMethod(PROBE, ServerCalls.asyncUnaryCall((request, observer) -> {
                switch (request.getValue()) {
                    case "not-found":
                        throw new NotFound("propertydesk.org/Complaint", "offices/1/complaints/9");
                    case "conflict":
                        throw new ConcurrencyConflict("offices/1/complaints/9", 3);
                    case "bug":
                        throw new IllegalStateException("secret internals: table pd_complaint");
                    default:
                        observer.onNext(StringValue.of(Caller.current().staff().toString()));
                        observer.onCompleted();
                }
            }))
            .build();

    private PropertyDeskServer server;
    private ManagedChannel channel;

    @BeforeEach
    void start() {
        server = PropertyDeskServer.builder()
                .port(0)
                .tokens(BearerTokens.fixed(Map.of("clerk-token", CLERK)))
                .service(PROBE_SERVICE)
                .start();
        channel = Grpc.newChannelBuilderForAddress("127.0.0.1", server.port(), InsecureChannelCredentials.create()).build();
    }

    @AfterEach
    void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.stop(5);
    }

    private StringValue call(String token, String request) {
        Metadata headers = new Metadata();
        if (token != null) {
            headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), token);
        }
        return ClientCalls.blockingUnaryCall(
                io.grpc.ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers)),
                PROBE, CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS), StringValue.of(request));
    }

    @Test
    @DisplayName("a caller with a valid bearer token reaches the service, which knows who is calling")
    void validTokenPasses() {
        assertThat(call("Bearer clerk-token", "hello").getValue()).isEqualTo(CLERK.staff().toString());
        assertThat(call("bearer   clerk-token ", "hello").getValue()).isEqualTo(CLERK.staff().toString());
    }

    @Test
    @DisplayName("no token, a malformed header or an unknown token is UNAUTHENTICATED, and says nothing about which")
    void missingOrBadTokenIsUnauthenticated() {
        for (String header : new String[] {null, "", "Bearer", "Basic clerk-token", "Bearer wrong", "clerk-token"}) {
            assertThatThrownBy(() -> call(header, "hello"))
                    .as(String.valueOf(header))
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
        }
    }

    @Test
    @DisplayName("an unknown record is NOT_FOUND naming the resource")
    void notFound() throws Exception {
        StatusRuntimeException error = catchStatus("not-found");

        assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(StatusProto.fromThrowable(error).getDetails(0).unpack(ResourceInfo.class).getResourceName())
                .isEqualTo("offices/1/complaints/9");
    }

    @Test
    @DisplayName("a stale write is ABORTED, telling the caller to re-read and retry")
    void conflictIsAborted() {
        StatusRuntimeException error = catchStatus("conflict");

        assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.ABORTED);
        assertThat(error.getStatus().getDescription()).contains("retry");
    }

    @Test
    @DisplayName("a fault of the server is INTERNAL with a fixed message: no exception text or stack trace reaches the caller")
    void serverFaultLeaksNothing() {
        StatusRuntimeException error = catchStatus("bug");

        assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(error.getStatus().getDescription()).isEqualTo("internal error");
        assertThat(error.getTrailers().toString()).doesNotContain("pd_complaint").doesNotContain("Exception");
    }

    @Test
    @DisplayName("health checking answers without a token, for the server and each service")
    void healthIsOpen() {
        HealthGrpc.HealthBlockingStub health = HealthGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);

        assertThat(health.check(HealthCheckRequest.getDefaultInstance()).getStatus())
                .isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
        assertThat(health.check(HealthCheckRequest.newBuilder().setService("propertydesk.test.Probe").build()).getStatus())
                .isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
    }

    @Test
    @DisplayName("plaintext refuses to listen anywhere but loopback")
    void plaintextOnlyOnLoopback() {
        assertThatThrownBy(() -> PropertyDeskServer.builder()
                        .host("0.0.0.0")
                        .tokens(BearerTokens.fixed(Map.of()))
                        .start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("loopback");
    }

    private StatusRuntimeException catchStatus(String request) {
        try {
            call("Bearer clerk-token", request);
        } catch (StatusRuntimeException e) {
            return e;
        }
        throw new AssertionError("the call should have failed");
    }
}
