package org.propertydesk.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.shanghai;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.shanghaiOffice;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("K-3, R-CO-4: how much time a deadline has left, or by how much it is overdue, on its own clock")
class DeadlineRemainingAndOverdueTest {

    private final BusinessCalendar office = shanghaiOffice();
    private final Deadline workingTimeDueMonday =
            new Deadline(shanghai("2026-03-23T10:00"), Deadline.Clock.WORKING_TIME);
    private final Deadline wallClockDueMonday = new Deadline(shanghai("2026-03-23T10:00"), Deadline.Clock.WALL_CLOCK);

    @Test
    @DisplayName("K-3: at 17:00 on Friday a working-time deadline of Monday 10:00 has 2 working hours left")
    void workingTimeRemaining() {
        assertThat(office.status(workingTimeDueMonday, shanghai("2026-03-20T17:00")))
                .isEqualTo(new DeadlineStatus.Remaining(Duration.ofHours(2)));
    }

    @Test
    @DisplayName("K-3: at 17:00 on Friday a wall-clock deadline of Monday 10:00 has 65 hours left")
    void wallClockRemaining() {
        assertThat(office.status(wallClockDueMonday, shanghai("2026-03-20T17:00")))
                .isEqualTo(new DeadlineStatus.Remaining(Duration.ofHours(65)));
    }

    @Test
    @DisplayName("R-CO-4: at 14:00 on Monday the working-time deadline is 3 working hours overdue (10:00–12:00, 13:00–14:00)")
    void workingTimeOverdue() {
        DeadlineStatus status = office.status(workingTimeDueMonday, shanghai("2026-03-23T14:00"));

        assertThat(status).isEqualTo(new DeadlineStatus.Overdue(Duration.ofHours(3)));
        assertThat(status.isOverdue()).isTrue();
    }

    @Test
    @DisplayName("R-CO-4: at 14:00 on Monday the wall-clock deadline is 4 hours overdue")
    void wallClockOverdue() {
        assertThat(office.status(wallClockDueMonday, shanghai("2026-03-23T14:00")))
                .isEqualTo(new DeadlineStatus.Overdue(Duration.ofHours(4)));
    }

    @Test
    @DisplayName("K-3: at the due moment itself nothing is left and nothing is overdue, on either clock")
    void atTheDueMoment() {
        assertThat(office.status(workingTimeDueMonday, workingTimeDueMonday.due()))
                .isEqualTo(new DeadlineStatus.Remaining(Duration.ZERO));
        assertThat(office.status(wallClockDueMonday, wallClockDueMonday.due()))
                .isEqualTo(new DeadlineStatus.Remaining(Duration.ZERO));
    }

    @Test
    @DisplayName("R-CO-5: a working-time deadline that passed at Friday's close is overdue on Saturday, by no working time yet")
    void overdueOverTheWeekend() {
        Deadline dueFridayClose = new Deadline(shanghai("2026-03-20T18:00"), Deadline.Clock.WORKING_TIME);

        DeadlineStatus status = office.status(dueFridayClose, shanghai("2026-03-21T10:00"));

        assertThat(status).isEqualTo(new DeadlineStatus.Overdue(Duration.ZERO));
        assertThat(status.isOverdue()).isTrue();
    }
}
