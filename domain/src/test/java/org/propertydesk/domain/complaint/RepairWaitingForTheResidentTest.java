package org.propertydesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.complaint.ComplaintFixture.*;

import io.vavr.collection.HashSet;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.DeadlineStatus;

@DisplayName("R-CO-4: a repair paused while the desk waits for the resident")
class RepairWaitingForTheResidentTest {

    private final BusinessCalendar office = shanghai2026();
    private final ComplaintPolicy policy = ComplaintPolicy.defaults();
    private final Complaint repair = registered(1, repairRequest(RepairUrgency.ORDINARY), shanghai("2026-03-10T10:00"))
            .repairerOnSite(REPAIRER, shanghai("2026-03-10T10:20")).get().complaint();

    @Test
    @DisplayName("R-CO-4: while the desk waits, the repair's time left stands still; the 24 h answer clock does not pause")
    void clockStandsStill() {
        Complaint waiting = repair.waitForResident(REPAIRER, "resident not at home", shanghai("2026-03-10T14:00")).get().complaint();
        TargetStanding fixedAt16 = waiting.standings(office, policy, shanghai("2026-03-10T16:00")).find(s -> s.target() == Target.REPAIR_FIXED).get();
        TargetStanding fixedAt22 = waiting.standings(office, policy, shanghai("2026-03-10T22:00")).find(s -> s.target() == Target.REPAIR_FIXED).get();
        assertThat(fixedAt16.status()).isEqualTo(new DeadlineStatus.Remaining(Duration.ofHours(20)));
        assertThat(fixedAt22.status()).isEqualTo(new DeadlineStatus.Remaining(Duration.ofHours(20)));
        assertThat(waiting.deadline(Target.ANSWER, office, policy, shanghai("2026-03-10T22:00")).get().due())
                .isEqualTo(shanghai("2026-03-11T10:00"));
    }

    @Test
    @DisplayName("R-CO-4: after six hours of waiting the one-day repair is due six hours later than it was")
    void pauseMovesTheDeadline() {
        Complaint resumed = repair.waitForResident(REPAIRER, "appointment at 20:00", shanghai("2026-03-10T14:00")).get().complaint()
                .residentAvailable(REPAIRER, shanghai("2026-03-10T20:00")).get().complaint();
        assertThat(resumed.deadline(Target.REPAIR_FIXED, office, policy, shanghai("2026-03-11T09:00")).get().due())
                .isEqualTo(shanghai("2026-03-11T16:00"));
        assertThat(resumed.pauses()).hasSize(1);
    }

    @Test
    @DisplayName("R-CO-4: the pause applies only where the policy says; a policy that does not list the repair keeps its due time")
    void onlyWhereThePolicySays() {
        ComplaintPolicy strict = policy.withPausedWhileWaitingForResident(HashSet.empty());
        Complaint resumed = repair.waitForResident(REPAIRER, "not at home", shanghai("2026-03-10T14:00")).get().complaint()
                .residentAvailable(REPAIRER, shanghai("2026-03-10T20:00")).get().complaint();
        assertThat(resumed.deadline(Target.REPAIR_FIXED, office, strict, shanghai("2026-03-11T09:00")).get().due())
                .isEqualTo(shanghai("2026-03-11T10:00"));
    }

    @Test
    @DisplayName("R-CO-4: one wait at a time; ending a wait that is not running is refused")
    void oneWaitAtATime() {
        Complaint waiting = repair.waitForResident(REPAIRER, "not at home", shanghai("2026-03-10T14:00")).get().complaint();
        assertThat(waiting.waitForResident(REPAIRER, "again", shanghai("2026-03-10T15:00")).getLeft().reasons())
                .containsExactly(new ComplaintRejection.AlreadyWaitingForResident(repair.id(), shanghai("2026-03-10T14:00")));
        assertThat(repair.residentAvailable(REPAIRER, shanghai("2026-03-10T15:00")).getLeft().reasons())
                .containsExactly(new ComplaintRejection.NotWaitingForResident(repair.id()));
    }
}
