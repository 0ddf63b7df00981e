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
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.adapters.grpc.v1.Complaint;
import org.propertydesk.adapters.grpc.v1.ComplaintAsk;
import org.propertydesk.adapters.grpc.v1.ComplaintCause;
import org.propertydesk.adapters.grpc.v1.ComplaintIntake;
import org.propertydesk.adapters.grpc.v1.ComplaintServiceGrpc;
import org.propertydesk.adapters.grpc.v1.ComplaintSubject;
import org.propertydesk.adapters.grpc.v1.RegisterComplaintRequest;
import picocli.CommandLine;

/**
 * A text of characters outside the Basic Multilingual Plane — a rare CJK character such as 𠮷 in a
 * place name, an emoji — takes two UTF-16 units each, and that is how H2 measures a column. Such a
 * text within the API's limit in characters but over it in UTF-16 units reached the database and
 * came back INTERNAL; found by the hostile-input fuzzer (issue 12). The limit is now checked in
 * UTF-16 units, before the database.
 */
@DisplayName("Text outside the Basic Multilingual Plane is checked against the limit before the database (H2)")
class SupplementaryCharactersTest {

    @Test
    @DisplayName("a location of 150 × 𠮷 (300 UTF-16 units, the column holds 200) is INVALID_ARGUMENT naming the field; 100 × 𠮷 is registered")
    void limitCountsUtf16Units() throws Exception {
        ReferenceServer options = new ReferenceServer();
        new CommandLine(options).parseArgs("--demo", "--port", "0", "--db", "jdbc:h2:mem:supplementary-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (ReferenceServer.Running server = options.start(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            ManagedChannel channel = Grpc.newChannelBuilderForAddress("127.0.0.1", server.port(), InsecureChannelCredentials.create()).build();
            try {
                var clerk = Bearer.token(ComplaintServiceGrpc.newBlockingStub(channel), server.demoTokens().get("service-supervisor").get())
                        .withDeadlineAfter(30, TimeUnit.SECONDS);

                assertThatThrownBy(() -> clerk.registerComplaint(register("𠮷".repeat(150))))
                        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                            assertThat(e.getStatus().getDescription()).contains("complaint.intake.location");
                        });
                assertThat(clerk.registerComplaint(register("𠮷".repeat(100))).getComplaint().getIntake().getLocation())
                        .isEqualTo("𠮷".repeat(100));
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    private static RegisterComplaintRequest register(String location) {
        return RegisterComplaintRequest.newBuilder()
                .setParent("offices/" + ReferenceServer.DEMO_OFFICE)
                .setComplaint(Complaint.newBuilder().setComplainant("7-0701").setIntake(ComplaintIntake.newBuilder()
                        .setSubject(ComplaintSubject.COMPLAINT_SUBJECT_CLEANING).setLocation(location)
                        .setCause(ComplaintCause.COMPLAINT_CAUSE_COMPANY_FAILURE).setAsk(ComplaintAsk.COMPLAINT_ASK_BE_HEARD)
                        .setAccount("电梯厅垃圾没人清")))
                .build();
    }
}
