package org.propertydesk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.kernel.TokenFile;
import org.propertydesk.adapters.grpc.v1.AuditOutcome;
import org.propertydesk.adapters.grpc.v1.AuditServiceGrpc;
import org.propertydesk.adapters.grpc.v1.ListAuditEntriesRequest;
import org.propertydesk.adapters.grpc.v1.ListAuditEntriesResponse;
import org.propertydesk.adapters.grpc.v1.VerifyAuditTrailRequest;
import org.propertydesk.adapters.grpc.v1.VerifyAuditTrailResponse;
import picocli.CommandLine;

@DisplayName("The reference server's command line")
class ReferenceServerTest {

    private static ReferenceServer.Running start(PrintStream out, String... args) {
        ReferenceServer server = new ReferenceServer();
        new CommandLine(server).parseArgs(args);
        return server.start(out);
    }

    private static String memoryDatabase() {
        return "jdbc:h2:mem:reference-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    private static <S extends io.grpc.stub.AbstractStub<S>> S withToken(S stub, String token) {
        return Bearer.token(stub, token).withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("--demo sets up the demo office, prints its tokens, and the manager's token verifies the audit trail over gRPC; R-CF-9: an assistant's refused verification is in that trail")
    void demo() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (ReferenceServer.Running running = start(new PrintStream(printed, true, StandardCharsets.UTF_8),
                "--demo", "--port", "0", "--db", memoryDatabase())) {
            String output = printed.toString(StandardCharsets.UTF_8);
            assertThat(output).contains("PropertyDesk listening on 127.0.0.1:" + running.port())
                    .contains("offices/" + ReferenceServer.DEMO_OFFICE)
                    .contains(running.demoTokens().get("manager").get());
            ManagedChannel channel = Grpc.newChannelBuilderForAddress("127.0.0.1", running.port(), InsecureChannelCredentials.create()).build();
            try {
                VerifyAuditTrailResponse verified = withToken(AuditServiceGrpc.newBlockingStub(channel), running.demoTokens().get("manager").get())
                        .verifyAuditTrail(VerifyAuditTrailRequest.newBuilder().setOffice("offices/" + ReferenceServer.DEMO_OFFICE).build());
                assertThat(verified.getIntact()).isTrue();

                assertThatThrownBy(() -> withToken(AuditServiceGrpc.newBlockingStub(channel), running.demoTokens().get("assistant").get())
                        .verifyAuditTrail(VerifyAuditTrailRequest.newBuilder().setOffice("offices/" + ReferenceServer.DEMO_OFFICE).build()))
                        .isInstanceOfSatisfying(StatusRuntimeException.class,
                                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
                ListAuditEntriesResponse trail = withToken(AuditServiceGrpc.newBlockingStub(channel), running.demoTokens().get("manager").get())
                        .listAuditEntries(ListAuditEntriesRequest.newBuilder().setParent("offices/" + ReferenceServer.DEMO_OFFICE).setPageSize(1000).build());
                assertThat(trail.getAuditEntriesList())
                        .as("R-CF-9: the server writes the refusal to the office's audit trail")
                        .anySatisfy(entry -> {
                            assertThat(entry.getOutcome()).isEqualTo(AuditOutcome.AUDIT_OUTCOME_DENIED);
                            assertThat(entry.getAction()).contains("VerifyAuditTrail");
                        });

                assertThatThrownBy(() -> withToken(AuditServiceGrpc.newBlockingStub(channel), "not-a-token")
                        .verifyAuditTrail(VerifyAuditTrailRequest.newBuilder().setOffice("offices/" + ReferenceServer.DEMO_OFFICE).build()))
                        .isInstanceOfSatisfying(StatusRuntimeException.class,
                                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    @DisplayName("a token file lets its callers in; the demo office's people are set up the same way on a second start")
    void tokenFile(@TempDir Path dir) throws Exception {
        DemoOffice demo = DemoOffice.of(ReferenceServer.DEMO_OFFICE);
        Path tokens = dir.resolve("tokens.txt");
        Files.writeString(tokens, TokenFile.line("manager-secret", new Caller(ReferenceServer.DEMO_OFFICE, demo.manager())) + "\n");
        String database = memoryDatabase();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        start(quiet, "--demo", "--port", "0", "--db", database).close();

        try (ReferenceServer.Running running = start(quiet, "--demo", "--port", "0", "--db", database, "--tokens", tokens.toString())) {
            ManagedChannel channel = Grpc.newChannelBuilderForAddress("127.0.0.1", running.port(), InsecureChannelCredentials.create()).build();
            try {
                assertThat(withToken(AuditServiceGrpc.newBlockingStub(channel), "manager-secret")
                        .verifyAuditTrail(VerifyAuditTrailRequest.newBuilder().setOffice("offices/" + ReferenceServer.DEMO_OFFICE).build())
                        .getIntact()).isTrue();
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    @DisplayName("without --tokens or --demo nobody could call it, so it refuses to start; TLS needs both certificate and key")
    void refusesUselessConfigurations() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> start(quiet, "--port", "0", "--db", memoryDatabase()))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("--tokens");
        assertThatThrownBy(() -> start(quiet, "--demo", "--port", "0", "--tls-cert", "cert.pem"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("--tls-key");
    }

    @Test
    @DisplayName("--help lists every option")
    void help() {
        String usage = new CommandLine(new ReferenceServer()).getUsageMessage();

        assertThat(usage).contains("--db", "--port", "--tls-cert", "--tls-key", "--client-ca", "--tokens", "--demo");
    }
}
