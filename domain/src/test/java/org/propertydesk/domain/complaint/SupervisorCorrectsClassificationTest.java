package org.propertydesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.complaint.ComplaintFixture.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("R-CO-1: a supervisor may correct a complaint's class, and the reason stays in its history")
class SupervisorCorrectsClassificationTest {

    private final Complaint venting = registered(1, noFault(Subject.CHARGES, Ask.BE_HEARD), shanghai("2026-03-10T10:00"));
    private final Classification wrongCharges = new Classification.Effective(Subject.CHARGES);

    @Test
    @DisplayName("R-CO-1: the correction keeps from, to, reason, who and when, and restarts the procedure of the new class")
    void supervisorCorrects() {
        ComplaintOutcome outcome = venting.correct(SUPERVISOR, wrongCharges, "the bill did double-charge the parking fee",
                shanghai("2026-03-10T11:00")).get();
        assertThat(outcome.complaint().classification()).isEqualTo(wrongCharges);
        assertThat(outcome.complaint().procedure()).isEqualTo(new Procedure.Effective(EffectiveStep.RECORDED));
        assertThat(outcome.events()).containsExactly(new ComplaintEvent.ClassificationCorrected(
                venting.id(), OFFICE, venting.classification(), wrongCharges, "the bill did double-charge the parking fee",
                SUPERVISOR.id(), shanghai("2026-03-10T11:00")));
        assertThat(outcome.complaint().history()).startsWith(venting.history().toJavaArray(ComplaintEvent[]::new))
                .endsWith(outcome.events().toJavaArray(ComplaintEvent[]::new));
    }

    @Test
    @DisplayName("R-CO-1: an assistant without a reason is refused for both, and the first is a permission refusal")
    void assistantWithoutReason() {
        Rejections<ComplaintRejection> refused = venting.correct(ASSISTANT, wrongCharges, " ", shanghai("2026-03-10T11:00")).getLeft();
        assertThat(refused.reasons()).containsExactly(
                new ComplaintRejection.CorrectionNeedsSupervisor(ASSISTANT.id(), ASSISTANT.role()),
                new ComplaintRejection.CorrectionNeedsReason(venting.id()));
        assertThat(refused.reasons().head()).isInstanceOf(PermissionRejection.class);
        assertThat(refused.rules()).containsExactly(Rule.R_CO_1);
    }

    @Test
    @DisplayName("R-CO-1: a correction to the class it already has is refused")
    void nothingToCorrect() {
        assertThat(venting.correct(SUPERVISOR, venting.classification(), "checked", shanghai("2026-03-10T11:00")).getLeft().reasons())
                .containsExactly(new ComplaintRejection.NothingToCorrect(venting.id(), venting.classification()));
    }
}
