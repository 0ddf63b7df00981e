package org.propertydesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.propertydesk.adapters.grpc.v1.Complaint;
import org.propertydesk.adapters.grpc.v1.ComplaintAsk;
import org.propertydesk.adapters.grpc.v1.ComplaintCause;
import org.propertydesk.adapters.grpc.v1.ComplaintIntake;
import org.propertydesk.adapters.grpc.v1.ComplaintServiceGrpc;
import org.propertydesk.adapters.grpc.v1.ComplaintServiceGrpc.ComplaintServiceBlockingStub;
import org.propertydesk.adapters.grpc.v1.ComplaintSubject;
import org.propertydesk.adapters.grpc.v1.ListComplaintsRequest;
import org.propertydesk.adapters.grpc.v1.ListComplaintsResponse;
import org.propertydesk.adapters.grpc.v1.RegisterComplaintRequest;
import picocli.CommandLine;

/**
 * AIP-155 over a real network hop and a real database: a client gives up on RegisterComplaint
 * after a short deadline — before, while or after the server commits — and retries with the same
 * request_id. Exactly one complaint is registered, and the retry answers with it.
 */
@DisplayName("A registration retried after a client-side deadline has exactly one effect")
class RetryAfterDeadlineTest {

    private static ComplaintServiceBlockingStub stub(ManagedChannel channel, String token) {
        return Bearer.token(ComplaintServiceGrpc.newBlockingStub(channel), token);
    }

    @ParameterizedTest(name = "first attempt's deadline {0} µs")
    @ValueSource(ints = {1, 500, 2_000, 10_000, 50_000})
    void exactlyOneEffect(int deadlineMicros) throws Exception {
        ReferenceServer options = new ReferenceServer();
        new CommandLine(options).parseArgs("--demo", "--port", "0", "--db", "jdbc:h2:mem:retry-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (ReferenceServer.Running server = options.start(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            ManagedChannel channel = Grpc.newChannelBuilderForAddress("127.0.0.1", server.port(), InsecureChannelCredentials.create()).build();
            try {
                ComplaintServiceBlockingStub assistant = stub(channel, server.demoTokens().get("assistant").get());
                String office = "offices/" + ReferenceServer.DEMO_OFFICE;
                RegisterComplaintRequest request = RegisterComplaintRequest.newBuilder()
                        .setParent(office)
                        .setRequestId(UUID.randomUUID().toString())
                        .setComplaint(Complaint.newBuilder().setComplainant("7-0701").setIntake(ComplaintIntake.newBuilder()
                                .setSubject(ComplaintSubject.COMPLAINT_SUBJECT_CLEANING).setLocation("7栋电梯厅")
                                .setCause(ComplaintCause.COMPLAINT_CAUSE_COMPANY_FAILURE).setAsk(ComplaintAsk.COMPLAINT_ASK_BE_HEARD)
                                .setAccount("电梯厅垃圾没人清")))
                        .build();

                List<String> answers = new ArrayList<>();
                try {
                    answers.add(assistant.withDeadlineAfter(deadlineMicros, TimeUnit.MICROSECONDS).registerComplaint(request)
                            .getComplaint().getName());
                } catch (StatusRuntimeException e) {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
                }
                for (int retry = 0; retry < 2; retry++) {
                    answers.add(assistant.withDeadlineAfter(30, TimeUnit.SECONDS).registerComplaint(request).getComplaint().getName());
                }

                ListComplaintsResponse open = assistant.withDeadlineAfter(30, TimeUnit.SECONDS)
                        .listComplaints(ListComplaintsRequest.newBuilder().setParent(office).setPageSize(1000).build());
                List<String> registered = open.getComplaintsList().stream()
                        .filter(complaint -> complaint.getComplainant().equals("7-0701")).map(Complaint::getName).toList();
                assertThat(registered).hasSize(1);
                assertThat(answers).containsOnly(registered.get(0));
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }
}
