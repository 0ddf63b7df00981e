package org.propertydesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.complaint.ComplaintFixture.*;

import io.vavr.collection.List;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.BusinessCalendar;

@DisplayName("R-CO-5: a mishandled communicative complaint becomes effective, with its trigger recorded")
class MishandledCommunicativeComplaintTest {

    private final BusinessCalendar office = shanghai2026();
    private final ComplaintPolicy policy = ComplaintPolicy.defaults();
    private final Instant t = shanghai("2026-03-10T10:00");
    private final Complaint question = registered(1, noFault(Subject.PARKING_AND_VEHICLES, Ask.ANSWER_OR_SUGGESTION), t);

    @Test
    @DisplayName("R-CO-5: its deadline passes unanswered: it becomes effective, the trigger names the target and due time")
    void deadlinePassed() {
        assertThat(question.escalateIfOverdue(office, policy, shanghai("2026-03-11T09:59")).changed()).isFalse();
        ComplaintOutcome outcome = question.escalateIfOverdue(office, policy, shanghai("2026-03-11T10:01"));
        EscalationTrigger trigger = new EscalationTrigger.DeadlinePassed(Target.ANSWER, shanghai("2026-03-11T10:00"));
        assertThat(outcome.events()).containsExactly(new ComplaintEvent.Escalated(question.id(), OFFICE, question.classification(),
                new Classification.Effective(Subject.PARKING_AND_VEHICLES), trigger, shanghai("2026-03-11T10:01")));
        assertThat(outcome.complaint().procedure()).isEqualTo(new Procedure.Effective(EffectiveStep.RECORDED));
    }

    @Test
    @DisplayName("R-CO-5: the targets are recomputed from the escalation, not carried over: the answer is due 24 h after it")
    void targetsRecomputed() {
        Complaint escalated = question.escalateIfOverdue(office, policy, shanghai("2026-03-11T10:01")).complaint();
        assertThat(escalated.deadline(Target.ANSWER, office, policy, shanghai("2026-03-11T10:01")).get().due())
                .isEqualTo(shanghai("2026-03-12T10:01"));
        assertThat(escalated.standings(office, policy, shanghai("2026-03-11T10:02")).head().state()).isEqualTo(DueState.ON_TIME);
    }

    @Test
    @DisplayName("R-CO-5: an answered complaint does not escalate when the time passes")
    void answeredInTime() {
        Complaint answered = paymentChecked(question, t).reply(ASSISTANT, Reply.plain("车位按登记顺序分配。"), t.plusSeconds(3600)).get().complaint();
        assertThat(answered.escalateIfOverdue(office, policy, shanghai("2026-03-12T10:00")).changed()).isFalse();
    }

    @Test
    @DisplayName("R-CO-5: dissatisfied at the return visit, it becomes effective with that trigger")
    void dissatisfied() {
        Complaint answered = paymentChecked(question, t).reply(ASSISTANT, Reply.plain("车位按登记顺序分配。"), t.plusSeconds(3600)).get().complaint();
        Complaint escalated = answered.returnVisit(ASSISTANT, false, shanghai("2026-03-11T15:00")).get().complaint();
        assertThat(escalated.classification()).isEqualTo(new Classification.Effective(Subject.PARKING_AND_VEHICLES));
        assertThat(escalated.escalations()).containsExactly(new EscalationTrigger.DissatisfiedAtReturnVisit(shanghai("2026-03-11T15:00")));
        assertThat(escalated.history().last()).isInstanceOf(ComplaintEvent.Escalated.class);
    }

    @Test
    @DisplayName("R-CO-5: the same complainant raising the same matter again within 30 days is found; elsewhere or later is not")
    void raisedAgain() {
        Complaint again = registered(2, noFault(Subject.PARKING_AND_VEHICLES, Ask.BE_HEARD), shanghai("2026-03-20T10:00"));
        assertThat(again.raisesAgain(List.of(question), policy)).contains(question.id());
        Complaint neighbour = registered(3, new ComplainantId("3-1202"), noFault(Subject.PARKING_AND_VEHICLES, Ask.BE_HEARD),
                shanghai("2026-03-20T10:00"));
        assertThat(neighbour.raisesAgain(List.of(question), policy)).isEmpty();
        Complaint muchLater = registered(4, noFault(Subject.PARKING_AND_VEHICLES, Ask.BE_HEARD), shanghai("2026-04-20T10:00"));
        assertThat(muchLater.raisesAgain(List.of(question), policy)).isEmpty();
        Complaint escalated = again.escalate(new EscalationTrigger.RaisedAgain(question.id()), shanghai("2026-03-20T10:00")).complaint();
        assertThat(escalated.escalations()).containsExactly(new EscalationTrigger.RaisedAgain(question.id()));
    }

    @Test
    @DisplayName("R-CO-5: the same trigger twice escalates once; an effective complaint is not escalated")
    void idempotent() {
        EscalationTrigger trigger = new EscalationTrigger.RaisedAgain(new ComplaintId(new java.util.UUID(9, 9)));
        Complaint once = question.escalate(trigger, t.plusSeconds(60)).complaint();
        ComplaintOutcome twice = once.escalate(trigger, t.plusSeconds(120));
        assertThat(twice.changed()).isFalse();
        assertThat(twice.complaint()).isSameAs(once);
        Complaint effective = registered(5, companyFailure(Subject.SECURITY), t);
        assertThat(effective.escalate(trigger, t).changed()).isFalse();
    }
}
