package org.propertydesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.complaint.ComplaintFixture.*;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.DeadlineStatus;

/** Saturday 10 October 2026 is worked in exchange for the National Day holiday (调休上班). */
@DisplayName("R-CO-4, K-3: a complaint across the make-up working Saturday after National Day")
class ComplaintAcrossMakeUpSaturdayTest {

    private final BusinessCalendar office = shanghai2026();
    private final ComplaintPolicy plan = ComplaintPolicy.servicePlan();
    private final Complaint complaint = registered(1, noFault(Subject.GREENING, Ask.BE_HEARD), shanghai("2026-10-09T17:00"));

    @Test
    @DisplayName("R-CO-4, K-3: the make-up Saturday counts as the first working day: due Wednesday 14 October at 18:00, not Thursday")
    void saturdayCounts() {
        assertThat(complaint.deadline(Target.ANSWER, office, plan, shanghai("2026-10-09T17:00")).get().due())
                .isEqualTo(shanghai("2026-10-14T18:00"));
    }

    @Test
    @DisplayName("R-CO-4: on Saturday at noon the working time left is exact; within 4 working hours the target is due soon")
    void remainingAndDueSoon() {
        assertThat(complaint.standings(office, plan, shanghai("2026-10-10T12:00")).head().status())
                .isEqualTo(new DeadlineStatus.Remaining(Duration.ofHours(5 + 8 + 8 + 8)));
        TargetStanding lastAfternoon = complaint.standings(office, plan, shanghai("2026-10-14T14:30")).head();
        assertThat(lastAfternoon.status()).isEqualTo(new DeadlineStatus.Remaining(Duration.ofMinutes(210)));
        assertThat(lastAfternoon.state()).isEqualTo(DueState.DUE_SOON);
        assertThat(complaint.standings(office, plan, shanghai("2026-10-14T18:00:01")).head().state()).isEqualTo(DueState.OVERDUE);
    }
}
