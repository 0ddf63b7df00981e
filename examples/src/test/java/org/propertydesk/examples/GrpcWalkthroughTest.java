package org.propertydesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main job: the day at the desk told as a client over real gRPC, against the reference server. */
class GrpcWalkthroughTest {

    @TempDir
    Path directory;

    @Test
    @DisplayName("R-RO-5, R-HO-3, R-HO-5, R-HO-7, R-CO-5, R-FC-3, R-FC-5, R-FC-8, R-RN-3, R-CF-2, R-CF-8, R-CF-9: the day at the desk is told over gRPC to the end, each refusal with its status, reason and rule")
    void theStoryIsToldOverGrpc() {
        String story = tell();

        assertThat(story)
                .contains("PropertyDesk listening on 127.0.0.1:")
                .contains("the demo server's clock is moved forward")
                // a. the roster, as a table of date × post
                .contains("ValidateRoster finds 7 violations, e.g. (R-RO-5, ")
                .containsPattern("Thu 10-01 休 +张伟 +李强 刘洋 +王军 +— +孙海")
                .containsPattern("Sat 10-10 班 +\\S+ +\\S+ +\\S+ +王芳 李娜 +陈静")
                .contains("PublishRoster: ROSTER_VERSION_STATE_PUBLISHED")
                // b. the handover
                .contains("BeginHandoverCount is refused: FAILED_PRECONDITION, reason OPEN_INCIDENT, rule R-HO-3")
                .contains("CountHandoverItem is refused: FAILED_PRECONDITION, reason UNEXPLAINED_DAMAGE_OR_LOSS, rule R-HO-5")
                .contains("HANDOVER_STATE_SIGNED, radio no. 2 recorded HANDOVER_ITEM_CONDITION_MISSING; 李强 now answers for the lobby (R-HO-7)")
                // c. the complaint
                .contains("communicative (VENTING)")
                .contains("the reply is due Mon 10-12 17:30")
                .contains("COMPLAINT_DUE_STATE_OVERDUE")
                .contains("escalates it (R-CO-5): communicative (VENTING) → effective (SECURITY), trigger COMPLAINT_ESCALATION_TRIGGER_DEADLINE_PASSED")
                // d. the wrong transfer
                .contains("routing (R-FC-3)")
                .contains("accepts it all the same (AcceptServiceRequest, wrong_transfer): cleaning now holds it (R-FC-5)")
                .containsPattern("passing it on to engineering is refused: FAILED_PRECONDITION, reason \\w+, rule R-FC-5")
                .containsPattern("is refused: \\w+, reason \\w+, rule R-FC-8")
                // e. the arrears
                .contains("limitation ends 2026-10-31")
                // f. the personnel file
                .containsPattern("calls GetDocument: PERMISSION_DENIED, reason \\w+, rule (R-CF-8, R-CF-2|R-CF-2, R-CF-8)")
                .contains("(ReturnLoan): LOAN_STATUS_RETURNED")
                // g. the audit trail
                .containsPattern("may not verify the audit trail: PERMISSION_DENIED")
                .containsPattern("calls VerifyAuditTrail: \\d+ entries, chain intact")
                .endsWith("every step turned out as the story says, every one over gRPC." + System.lineSeparator());
    }

    private String tell() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            new GrpcWalkthrough(directory).run(new PrintStream(printed, true, StandardCharsets.UTF_8));
        } catch (RuntimeException wentWrong) {
            throw new AssertionError("the story went wrong; told so far:\n" + printed.toString(StandardCharsets.UTF_8), wentWrong);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
