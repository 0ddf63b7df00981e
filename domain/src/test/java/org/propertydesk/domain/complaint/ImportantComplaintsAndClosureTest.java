package org.propertydesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.complaint.ComplaintFixture.*;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-CO-7: every complaint is closed; important ones are reported to the supervisor at once")
class ImportantComplaintsAndClosureTest {

    private final Instant t = shanghai("2026-03-10T10:00");

    @Test
    @DisplayName("R-CO-7: an important complaint is reported to the supervisor in the same instant it is recorded")
    void reportedAtOnce() {
        ComplaintId id = new ComplaintId(new UUID(3, 1));
        ComplaintOutcome outcome = Complaint.register(id, OFFICE, RESIDENT, companyFailure(Subject.SECURITY).asImportant(), ASSISTANT,
                Option.some(SUPERVISOR.id()), t).get();
        assertThat(outcome.events()).contains(new ComplaintEvent.ImportantComplaintReported(id, OFFICE, SUPERVISOR.id(), ASSISTANT.id(), t));
    }

    @Test
    @DisplayName("R-CO-7: an important complaint with nobody to report to is refused; an ordinary one is not reported")
    void nobodyToReportTo() {
        ComplaintId id = new ComplaintId(new UUID(3, 1));
        assertThat(Complaint.register(id, OFFICE, RESIDENT, companyFailure(Subject.SECURITY).asImportant(), ASSISTANT, Option.none(), t)
                        .getLeft().reasons())
                .containsExactly(new ComplaintRejection.NoSupervisorToReportTo(id));
        assertThat(Complaint.register(id, OFFICE, RESIDENT, companyFailure(Subject.SECURITY), ASSISTANT, Option.some(SUPERVISOR.id()), t)
                        .get().events())
                .noneMatch(ComplaintEvent.ImportantComplaintReported.class::isInstance);
    }

    @Test
    @DisplayName("R-CO-7: the handled rate counts closed complaints; it is complete only when every one is closed")
    void handledRate() {
        Complaint open = registered(1, companyFailure(Subject.CLEANING), t);
        Complaint closed = handledByEngineeringHead(registered(2, companyFailure(Subject.CLEANING), t), t)
                .returnVisit(ASSISTANT, true, t.plusSeconds(20000)).get().complaint()
                .close(ASSISTANT, t.plusSeconds(20001)).get().complaint();
        assertThat(HandledRate.of(List.of(open, closed))).isEqualTo(new HandledRate(1, 2));
        assertThat(HandledRate.of(List.of(open, closed)).isComplete()).isFalse();
        assertThat(HandledRate.of(List.of(closed)).isComplete()).isTrue();
    }

    @Test
    @DisplayName("R-CO-7, R-CO-6: a complaint with a commitment waiting for approval does not close")
    void notClosedWhileACommitmentWaits() {
        Complaint visited = handledByEngineeringHead(registered(1, companyFailure(Subject.CLEANING), t), t)
                .returnVisit(ASSISTANT, true, t.plusSeconds(20000)).get().complaint()
                .reply(ASSISTANT, Reply.promising("ok", "free cleaning next month"), t.plusSeconds(20100)).get().complaint();
        assertThat(visited.close(ASSISTANT, t.plusSeconds(20200)).getLeft().reasons())
                .containsExactly(new ComplaintRejection.CommitmentAwaitingApproval(visited.id()));
    }
}
