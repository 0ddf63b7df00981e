package org.propertydesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import io.grpc.stub.StreamObserver;
import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.adapters.grpc.kernel.BearerTokens;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.application.kernel.AuditLogService;
import org.propertydesk.application.kernel.RequestsService;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.testkit.kernel.InMemoryAuditTrail;
import org.propertydesk.testkit.kernel.InMemoryDirectory;
import org.propertydesk.testkit.kernel.InMemoryIdempotency;
import org.propertydesk.testkit.kernel.InMemoryTransactions;

/** The real server on an ephemeral loopback port, called by plain grpc-java clients. */
@DisplayName("The ready server: reflection, health and TLS with client certificates")
class ServerTransportTest {

    private static final Caller CLERK = new Caller(new OfficeId(new UUID(1, 1)), new StaffId(new UUID(0, 7)));

    private static PropertyDeskServices services() {
        InMemoryTransactions transactions = new InMemoryTransactions();
        return PropertyDeskServices.builder(new RequestsService(transactions, new InMemoryIdempotency()))
                .audit(new AuditLogService(new InMemoryAuditTrail(), InMemoryDirectory.of(), transactions))
                .build();
    }

    private static File tls(String name) {
        try {
            return new File(ServerTransportTest.class.getResource("/tls/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ManagedChannel channel(int port, ChannelCredentials credentials) {
        return Grpc.newChannelBuilderForAddress("localhost", port, credentials).build();
    }

    private static HealthCheckResponse.ServingStatus health(ManagedChannel channel) {
        return HealthGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                .check(HealthCheckRequest.getDefaultInstance()).getStatus();
    }

    private static ServerReflectionResponse reflect(ManagedChannel channel, ServerReflectionRequest request) throws Exception {
        CompletableFuture<ServerReflectionResponse> answer = new CompletableFuture<>();
        StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                .serverReflectionInfo(new StreamObserver<>() {
                    @Override
                    public void onNext(ServerReflectionResponse response) {
                        answer.complete(response);
                    }

                    @Override
                    public void onError(Throwable t) {
                        answer.completeExceptionally(t);
                    }

                    @Override
                    public void onCompleted() {}
                });
        requests.onNext(request);
        requests.onCompleted();
        return answer.get(10, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("server reflection lists PropertyDesk's services and serves their proto files, without a token")
    void reflection() throws Exception {
        try (PropertyDeskServer server = PropertyDeskServer.builder().port(0)
                .tokens(BearerTokens.fixed(Map.of("t", CLERK))).services(services()).start()) {
            ManagedChannel channel = channel(server.port(), InsecureChannelCredentials.create());
            try {
                List<String> names = new ArrayList<>();
                for (ServiceResponse service : reflect(channel, ServerReflectionRequest.newBuilder().setListServices("").build())
                        .getListServicesResponse().getServiceList()) {
                    names.add(service.getName());
                }
                assertThat(names).contains("propertydesk.v1.AuditService", "grpc.health.v1.Health");

                ServerReflectionResponse file = reflect(channel,
                        ServerReflectionRequest.newBuilder().setFileContainingSymbol("propertydesk.v1.AuditService").build());
                assertThat(com.google.protobuf.DescriptorProtos.FileDescriptorProto
                        .parseFrom(file.getFileDescriptorResponse().getFileDescriptorProto(0)).getName())
                        .isEqualTo("propertydesk/v1/audit.proto");
                assertThat(health(channel)).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    @DisplayName("with TLS and client certificates, a client with a certificate of the trusted authority is served and one without is refused")
    void mutualTls() throws Exception {
        try (PropertyDeskServer server = PropertyDeskServer.builder().host("127.0.0.1").port(0)
                .tokens(BearerTokens.fixed(Map.of("t", CLERK)))
                .tls(tls("server.pem"), tls("server.key"))
                .requireClientCertificates(tls("ca.pem"))
                .services(services())
                .start()) {
            ManagedChannel withCertificate = channel(server.port(), TlsChannelCredentials.newBuilder()
                    .trustManager(tls("ca.pem")).keyManager(tls("client.pem"), tls("client.key")).build());
            ManagedChannel withoutCertificate = channel(server.port(), TlsChannelCredentials.newBuilder()
                    .trustManager(tls("ca.pem")).build());
            ManagedChannel plaintext = channel(server.port(), InsecureChannelCredentials.create());
            try {
                assertThat(health(withCertificate)).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
                assertThatThrownBy(() -> health(withoutCertificate))
                        .isInstanceOfSatisfying(StatusRuntimeException.class,
                                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
                assertThatThrownBy(() -> health(plaintext))
                        .isInstanceOfSatisfying(StatusRuntimeException.class,
                                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
            } finally {
                for (ManagedChannel channel : List.of(withCertificate, withoutCertificate, plaintext)) {
                    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
                }
            }
        }
    }

    @Test
    @DisplayName("a request larger than the maximum message size is RESOURCE_EXHAUSTED, never INTERNAL")
    void maximumMessageSize() throws Exception {
        try (PropertyDeskServer server = PropertyDeskServer.builder().port(0).maxInboundMessageSize(4096)
                .tokens(BearerTokens.fixed(Map.of("t", CLERK))).services(services()).start()) {
            ManagedChannel channel = channel(server.port(), InsecureChannelCredentials.create());
            try {
                org.propertydesk.adapters.grpc.v1.ListAuditEntriesRequest huge = org.propertydesk.adapters.grpc.v1.ListAuditEntriesRequest
                        .newBuilder().setParent("offices/" + CLERK.office()).setPageToken("x".repeat(10_000)).build();

                assertThatThrownBy(() -> InProcessDesk.as(org.propertydesk.adapters.grpc.v1.AuditServiceGrpc.newBlockingStub(channel), "t")
                                .withDeadlineAfter(10, TimeUnit.SECONDS).listAuditEntries(huge))
                        .isInstanceOfSatisfying(StatusRuntimeException.class,
                                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED));
                assertThat(health(channel)).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    @DisplayName("a call whose deadline has passed is DEADLINE_EXCEEDED, and the server keeps serving")
    void deadlines() throws Exception {
        try (PropertyDeskServer server = PropertyDeskServer.builder().port(0)
                .tokens(BearerTokens.fixed(Map.of("t", CLERK))).services(services()).start()) {
            ManagedChannel channel = channel(server.port(), InsecureChannelCredentials.create());
            try {
                assertThatThrownBy(() -> InProcessDesk.as(org.propertydesk.adapters.grpc.v1.AuditServiceGrpc.newBlockingStub(channel), "t")
                                .withDeadlineAfter(1, TimeUnit.NANOSECONDS)
                                .verifyAuditTrail(org.propertydesk.adapters.grpc.v1.VerifyAuditTrailRequest.newBuilder()
                                        .setOffice("offices/" + CLERK.office()).build()))
                        .isInstanceOfSatisfying(StatusRuntimeException.class,
                                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED));
                assertThat(health(channel)).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    @DisplayName("handlers run on the executor the embedder gives, which the server leaves running when it stops")
    void embeddersExecutor() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2,
                runnable -> new Thread(runnable, "embedder-pool"));
        java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.Executor counting = task -> pool.execute(() -> {
            ran.incrementAndGet();
            task.run();
        });
        try {
            try (PropertyDeskServer server = PropertyDeskServer.builder().port(0).executor(counting)
                    .tokens(BearerTokens.fixed(Map.of("t", CLERK))).services(services()).start()) {
                ManagedChannel channel = channel(server.port(), InsecureChannelCredentials.create());
                try {
                    assertThat(health(channel)).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
                    assertThat(ran.get()).isPositive();
                } finally {
                    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
                }
            }
            assertThat(pool.isShutdown()).isFalse();
            assertThat(pool.submit(() -> "still running").get(5, TimeUnit.SECONDS)).isEqualTo("still running");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("client certificates without TLS are a configuration error, not a silently open server")
    void clientCertificatesNeedTls() {
        assertThatThrownBy(() -> PropertyDeskServer.builder().port(0).tokens(BearerTokens.fixed(Map.of()))
                        .requireClientCertificates(tls("ca.pem")).services(services()).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TLS");
    }
}
