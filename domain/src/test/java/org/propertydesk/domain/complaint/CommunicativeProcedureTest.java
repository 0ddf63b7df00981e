package org.propertydesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.complaint.ComplaintFixture.*;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("R-CO-3: a communicative complaint goes record → identity → payment status → refer or answer → return visit")
class CommunicativeProcedureTest {

    private final Instant t = shanghai("2026-03-10T10:00");
    private final Complaint question = registered(1, noFault(Subject.CHARGES, Ask.ANSWER_OR_SUGGESTION), t);

    @Test
    @DisplayName("R-CO-3: the payment status is not checked before the complainant's identity is confirmed")
    void identityFirst() {
        assertThat(question.checkPaymentStatus(ASSISTANT, PaymentStanding.IN_ARREARS, t).getLeft().reasons())
                .containsExactly(new ComplaintRejection.StepOutOfOrder(
                        question.id(), Rule.R_CO_3, "RECORDED", Procedure.CHECK_PAYMENT_STATUS));
        assertThat(question.determineNature(ASSISTANT, t).getLeft().rules()).containsExactly(Rule.R_CO_3);
    }

    @Test
    @DisplayName("R-CO-3: the checked payment status is recorded, and a referral to the department completes step ④")
    void referral() {
        Complaint checked = paymentChecked(question, t);
        assertThat(checked.history()).anySatisfy(event -> assertThat(event).isInstanceOf(ComplaintEvent.PaymentStatusChecked.class));
        Complaint referred = checked.refer(ASSISTANT, Department.FINANCE, t.plusSeconds(1200)).get().complaint();
        assertThat(referred.procedure()).isEqualTo(new Procedure.Communicative(CommunicativeStep.REFERRED_OR_ANSWERED));
        assertThat(referred.department()).contains(Department.FINANCE);
    }

    @Test
    @DisplayName("R-CO-3, R-CO-7: a plain reply after the payment check is step ④; the complaint closes only after its return visit")
    void answerThenReturnVisit() {
        Complaint answered = paymentChecked(question, t).reply(ASSISTANT, Reply.plain("本月物业费按合同标准收取。"), t.plusSeconds(1200))
                .get().complaint();
        assertThat(answered.procedure()).isEqualTo(new Procedure.Communicative(CommunicativeStep.REFERRED_OR_ANSWERED));
        assertThat(answered.close(ASSISTANT, t.plusSeconds(1300)).getLeft().reasons())
                .containsExactly(new ComplaintRejection.StepOutOfOrder(answered.id(), Rule.R_CO_3, "REFERRED_OR_ANSWERED", Procedure.CLOSE));
        Complaint closed = answered.returnVisit(ASSISTANT, true, t.plusSeconds(90000)).get().complaint()
                .close(ASSISTANT, t.plusSeconds(90100)).get().complaint();
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.reply(ASSISTANT, Reply.plain("again"), t.plusSeconds(90200)).getLeft().reasons())
                .containsExactly(new ComplaintRejection.ComplaintClosed(closed.id()));
    }
}
