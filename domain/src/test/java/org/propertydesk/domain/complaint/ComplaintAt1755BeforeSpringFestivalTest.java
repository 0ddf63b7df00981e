package org.propertydesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.complaint.ComplaintFixture.*;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Deadline;
import org.propertydesk.domain.kernel.DeadlineStatus;

/**
 * Saturday 14 February 2026 is a make-up working day and the last one before 春节 (15–23 February
 * off). A complaint arrives at 17:55, five minutes before closing.
 */
@DisplayName("R-CO-4, K-3: a complaint at 17:55 on the last working day before the Spring Festival")
class ComplaintAt1755BeforeSpringFestivalTest {

    private final BusinessCalendar office = shanghai2026();
    private final Complaint complaint = registered(1, noFault(Subject.CHARGES, Ask.ANSWER_OR_SUGGESTION), shanghai("2026-02-14T17:55"));

    @Test
    @DisplayName("R-CO-4, K-3: the 24 h answer is wall-clock: due 17:55 on the first day of the holiday, and overdue after it")
    void twentyFourHoursRunThroughTheHoliday() {
        ComplaintPolicy policy = ComplaintPolicy.defaults();
        assertThat(complaint.deadline(Target.ANSWER, office, policy, shanghai("2026-02-14T17:55")))
                .contains(new Deadline(shanghai("2026-02-15T17:55"), Deadline.Clock.WALL_CLOCK));
        assertThat(complaint.standings(office, policy, shanghai("2026-02-15T18:00")).head().status())
                .isEqualTo(new DeadlineStatus.Overdue(Duration.ofMinutes(5)));
    }

    @Test
    @DisplayName("R-CO-4, K-3: the 4-working-day preset skips the nine days off: due at close of business on Friday 27 February")
    void fourWorkingDaysSkipTheHoliday() {
        ComplaintPolicy plan = ComplaintPolicy.servicePlan();
        assertThat(complaint.deadline(Target.ANSWER, office, plan, shanghai("2026-02-14T17:55")))
                .contains(new Deadline(shanghai("2026-02-27T18:00"), Deadline.Clock.WORKING_TIME));
        TargetStanding atIntake = complaint.standings(office, plan, shanghai("2026-02-14T17:55")).head();
        assertThat(atIntake.status()).isEqualTo(new DeadlineStatus.Remaining(Duration.ofHours(32).plusMinutes(5)));
        TargetStanding midHoliday = complaint.standings(office, plan, shanghai("2026-02-18T03:00")).head();
        assertThat(midHoliday.status()).as("no working time passes during the holiday")
                .isEqualTo(new DeadlineStatus.Remaining(Duration.ofHours(32)));
        assertThat(midHoliday.state()).isEqualTo(DueState.ON_TIME);
        assertThat(midHoliday.workingTimeLeft()).isEqualTo(Duration.ofHours(32));
    }

    @Test
    @DisplayName("R-CO-4, R-CO-5: the preset never escalates over the holiday; it escalates once the due moment has passed")
    void noEscalationDuringTheHoliday() {
        ComplaintPolicy plan = ComplaintPolicy.servicePlan();
        assertThat(complaint.escalateIfOverdue(office, plan, shanghai("2026-02-23T23:59")).changed()).isFalse();
        assertThat(complaint.escalateIfOverdue(office, plan, shanghai("2026-02-27T18:01")).complaint().escalations())
                .containsExactly(new EscalationTrigger.DeadlinePassed(Target.ANSWER, shanghai("2026-02-27T18:00")));
    }
}
