package org.propertydesk.testkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertydesk.testkit.complaint.ComplaintOffice.*;

import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.complaint.ComplaintDesk;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.domain.complaint.Ask;
import org.propertydesk.domain.complaint.Cause;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.ComplaintEvent;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.ComplaintRejection;
import org.propertydesk.domain.complaint.EscalationTrigger;
import org.propertydesk.domain.complaint.PaymentStanding;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.complaint.Target;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("R-CO-3, R-CO-5, R-CO-6: a communicative complaint at the desk, from intake to escalation")
class CommunicativeComplaintAtTheDeskTest {

    private final DeskFixture office = new DeskFixture();

    @Test
    @DisplayName("R-CO-3: the payment status comes from the vendor's ledger through the PaymentStatus port and is recorded")
    void paymentStatusFromTheLedger() {
        office.payments.with(OFFICE, new ComplainantId("3-1201"), PaymentStanding.IN_ARREARS);
        ComplaintId id = office.register("2026-03-10T10:00", "3-1201", DeskFixture.facts(Subject.CHARGES, new Cause.NoFault(), Ask.ANSWER_OR_SUGGESTION));
        office.advance("2026-03-10T10:05", ASSISTANT, id, ComplaintDesk.Step.CONFIRM_IDENTITY);
        var outcome = office.advance("2026-03-10T10:06", ASSISTANT, id, ComplaintDesk.Step.CHECK_PAYMENT_STATUS);
        assertThat(outcome.events()).contains(new ComplaintEvent.PaymentStatusChecked(id, OFFICE, PaymentStanding.IN_ARREARS,
                ASSISTANT.id(), shanghai("2026-03-10T10:06")));
    }

    @Test
    @DisplayName("R-CO-6: an assistant's promise waits; the office manager approves it through the desk; a supervisor cannot")
    void commitmentApproval() {
        ComplaintId id = office.register("2026-03-10T10:00", "3-1201", DeskFixture.facts(Subject.GREENING, new Cause.NoFault(), Ask.BE_HEARD));
        office.desk.reply(new ComplaintDesk.ReplyTo(OFFICE, ASSISTANT.id(), id, "我们会处理", Option.some("replace the hedge by Friday"))).get();
        assertThat(office.complaints.find(OFFICE, id).get().awaitingApproval()).isNotEmpty();
        assertThat(office.desk.approveCommitment(new ComplaintDesk.Act(OFFICE, SUPERVISOR.id(), id)).getLeft().rules())
                .containsExactly(Rule.R_CO_6);
        office.desk.approveCommitment(new ComplaintDesk.Act(OFFICE, MANAGER.id(), id)).get();
        assertThat(office.complaints.find(OFFICE, id).get().metAt(Target.ANSWER)).isNotEmpty();
    }

    @Test
    @DisplayName("R-CO-5: the office's sweep escalates the complaint whose 24 h passed unanswered, once, and leaves the others")
    void sweep() {
        ComplaintId late = office.register("2026-03-10T10:00", "3-1201", DeskFixture.facts(Subject.GREENING, new Cause.NoFault(), Ask.BE_HEARD));
        ComplaintId fresh = office.register("2026-03-11T09:00", "3-1202", DeskFixture.facts(Subject.GREENING, new Cause.NoFault(), Ask.BE_HEARD));
        office.clock.set(shanghai("2026-03-11T10:30"));
        assertThat(office.desk.escalateOverdue(OFFICE).map(outcome -> outcome.complaint().id())).containsExactly(late);
        assertThat(office.desk.escalateOverdue(OFFICE)).isEmpty();
        assertThat(office.complaints.find(OFFICE, late).get().escalations())
                .containsExactly(new EscalationTrigger.DeadlinePassed(Target.ANSWER, shanghai("2026-03-11T10:00")));
        assertThat(office.complaints.find(OFFICE, fresh).get().classification().isEffective()).isFalse();
    }

    @Test
    @DisplayName("R-CO-5: dissatisfied at the return visit, the complaint continues on the effective procedure")
    void dissatisfied() {
        ComplaintId id = office.register("2026-03-10T10:00", "3-1201", DeskFixture.facts(Subject.GREENING, new Cause.NoFault(), Ask.BE_HEARD));
        office.advance("2026-03-10T10:05", ASSISTANT, id, ComplaintDesk.Step.CONFIRM_IDENTITY);
        office.advance("2026-03-10T10:06", ASSISTANT, id, ComplaintDesk.Step.CHECK_PAYMENT_STATUS);
        office.desk.refer(new ComplaintDesk.AssignDepartment(OFFICE, ASSISTANT.id(), id, org.propertydesk.domain.kernel.Department.GREENING)).get();
        var escalated = office.desk.returnVisit(new ComplaintDesk.ReturnVisit(OFFICE, ASSISTANT.id(), id, false)).get().complaint();
        assertThat(escalated.classification().isEffective()).isTrue();
        assertThat(office.advance("2026-03-11T10:00", ASSISTANT, id, ComplaintDesk.Step.DETERMINE_NATURE).complaint().procedure().step())
                .isEqualTo("NATURE_DETERMINED");
    }

    @Test
    @DisplayName("R-CO-3: a step out of order is refused with its rule, and nothing is written")
    void refusedWritesNothing() {
        ComplaintId id = office.register("2026-03-10T10:00", "3-1201", DeskFixture.facts(Subject.GREENING, new Cause.NoFault(), Ask.BE_HEARD));
        long events = office.outbox.events(OFFICE).size();
        var refused = office.desk.advance(new ComplaintDesk.Advance(OFFICE, ASSISTANT.id(), id, ComplaintDesk.Step.CLOSE));
        assertThat(refused.getLeft().reasons().head()).isInstanceOf(ComplaintRejection.StepOutOfOrder.class);
        assertThat(office.outbox.events(OFFICE).size()).isEqualTo(events);
        assertThat(office.complaints.find(OFFICE, id).get().version()).isZero();
        assertThatThrownBy(() -> office.desk.advance(new ComplaintDesk.Advance(OTHER_OFFICE, ASSISTANT.id(), id, ComplaintDesk.Step.CLOSE)))
                .isInstanceOf(NotFound.class);
    }
}
