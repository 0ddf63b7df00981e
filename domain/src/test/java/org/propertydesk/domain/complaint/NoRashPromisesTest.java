package org.propertydesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.complaint.ComplaintFixture.*;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.PermissionRejection;

@DisplayName("R-CO-6: a reply that carries a commitment needs the office manager's approval")
class NoRashPromisesTest {

    private final Instant t = shanghai("2026-03-10T10:00");
    private final Complaint checked = paymentChecked(registered(1, noFault(Subject.GREENING, Ask.BE_HEARD), t), t);
    private final Reply promise = Reply.promising("我们会处理。", "the dead hedge is replaced by Friday at the company's cost");

    @Test
    @DisplayName("R-CO-6: an assistant's promise is held back: not given, not answering, the procedure does not advance")
    void heldBack() {
        Complaint held = checked.reply(ASSISTANT, promise, t.plusSeconds(3600)).get().complaint();
        assertThat(held.awaitingApproval()).contains(promise);
        assertThat(held.procedure()).isEqualTo(new Procedure.Communicative(CommunicativeStep.PAYMENT_STATUS_CHECKED));
        assertThat(held.metAt(Target.ANSWER)).isEmpty();
        assertThat(held.reply(ASSISTANT, Reply.plain("another"), t.plusSeconds(3700)).getLeft().reasons())
                .containsExactly(new ComplaintRejection.CommitmentAwaitingApproval(held.id()));
    }

    @Test
    @DisplayName("R-CO-6: only the office manager approves; then the reply is given and answers the complaint")
    void approved() {
        Complaint held = checked.reply(ASSISTANT, promise, t.plusSeconds(3600)).get().complaint();
        assertThat(held.approveCommitment(SUPERVISOR, t.plusSeconds(4000)).getLeft().reasons())
                .containsExactly(new ComplaintRejection.CommitmentNeedsOfficeManager(SUPERVISOR.id(), SUPERVISOR.role()))
                .allMatch(PermissionRejection.class::isInstance);
        ComplaintOutcome approved = held.approveCommitment(MANAGER, t.plusSeconds(4000)).get();
        assertThat(approved.events().map(Object::getClass)).containsExactly(
                ComplaintEvent.CommitmentApproved.class, ComplaintEvent.ReplyGiven.class, ComplaintEvent.StepTaken.class);
        assertThat(approved.complaint().metAt(Target.ANSWER)).contains(t.plusSeconds(4000));
        assertThat(approved.complaint().awaitingApproval()).isEmpty();
    }

    @Test
    @DisplayName("R-CO-6: nothing to approve is refused; a plain reply needs no approval")
    void plainReply() {
        assertThat(checked.approveCommitment(MANAGER, t).getLeft().reasons())
                .containsExactly(new ComplaintRejection.NoCommitmentAwaitingApproval(checked.id()));
        assertThat(checked.reply(ASSISTANT, Reply.plain("已通知绿化公司。"), t).get().complaint().awaitingApproval()).isEmpty();
    }

    @Test
    @DisplayName("R-CO-6, R-CO-5: a complaint whose only reply waits for approval is not answered, so its deadline can pass")
    void heldReplyDoesNotStopTheClock() {
        BusinessCalendar office = shanghai2026();
        Complaint held = checked.reply(ASSISTANT, promise, t.plusSeconds(3600)).get().complaint();
        assertThat(held.escalateIfOverdue(office, ComplaintPolicy.defaults(), shanghai("2026-03-11T10:01")).changed()).isTrue();
    }
}
