package org.propertydesk.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.BERLIN;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.at;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.shanghai;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.shanghaiOffice;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("K-3, R-CO-4: 24 hours on the wall clock against 24 working hours")
class WallClockVersusWorkingHoursTest {

    private final BusinessCalendar office = shanghaiOffice();

    @Test
    @DisplayName("R-CO-4: a complaint at 10:00 on Monday answered within 24 h is due at 10:00 on Tuesday")
    void twentyFourHoursOnTheWallClock() {
        Deadline answer = Deadline.wallClock(shanghai("2026-03-16T10:00"), Duration.ofHours(24), office);

        assertThat(answer).isEqualTo(new Deadline(shanghai("2026-03-17T10:00"), Deadline.Clock.WALL_CLOCK));
    }

    @Test
    @DisplayName("K-3: 24 working hours from 10:00 on Monday are three 8-hour days: 10:00 on Thursday")
    void twentyFourWorkingHours() {
        Deadline answer = Deadline.workingTime(shanghai("2026-03-16T10:00"), Duration.ofHours(24), office);

        assertThat(answer).isEqualTo(new Deadline(shanghai("2026-03-19T10:00"), Deadline.Clock.WORKING_TIME));
    }

    @Test
    @DisplayName("K-3: from Friday 10:00, 24 h on the wall clock end on Saturday; 24 working hours on Wednesday 10:00")
    void acrossTheWeekend() {
        // Working: Friday 7 h, Monday 8 h, Tuesday 8 h, Wednesday 09:00–10:00.
        assertThat(office.plusWallClock(shanghai("2026-03-20T10:00"), Duration.ofHours(24)))
                .isEqualTo(shanghai("2026-03-21T10:00"));
        assertThat(office.plusWorkingTime(shanghai("2026-03-20T10:00"), Duration.ofHours(24)))
                .isEqualTo(shanghai("2026-03-25T10:00"));
    }

    @Test
    @DisplayName("K-3: 24 h across the spring clock change in Berlin are 24 real hours: Saturday 12:00 CET to Sunday 13:00 CEST")
    void wallClockAcrossClockChange() {
        BusinessCalendar berlin = BusinessCalendar.in(BERLIN).build();

        assertThat(berlin.plusWallClock(at("2026-03-28T12:00", BERLIN), Duration.ofHours(24)))
                .isEqualTo(at("2026-03-29T13:00", BERLIN));
    }

    @Test
    @DisplayName("K-3: a negative duration is a programmer error")
    void negativeDurationIsRefused() {
        assertThatThrownBy(() -> office.plusWorkingTime(shanghai("2026-03-16T10:00"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> office.plusWallClock(shanghai("2026-03-16T10:00"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> office.plusWorkingDays(java.time.LocalDate.of(2026, 3, 16), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
