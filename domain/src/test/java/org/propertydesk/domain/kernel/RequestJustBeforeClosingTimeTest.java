package org.propertydesk.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.shanghai;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.shanghaiOffice;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("K-3: a request just before closing time (09:00–18:00, lunch 12:00–13:00)")
class RequestJustBeforeClosingTimeTest {

    private final BusinessCalendar office = shanghaiOffice();

    @Test
    @DisplayName("K-3: 4 working hours from 17:50 on Wednesday end at 13:50 on Thursday: 10 min, 09:00–12:00, 13:00–13:50")
    void fourWorkingHoursFromTenToSix() {
        assertThat(office.plusWorkingTime(shanghai("2026-03-18T17:50"), Duration.ofHours(4)))
                .isEqualTo(shanghai("2026-03-19T13:50"));
    }

    @Test
    @DisplayName("K-3: 4 working hours from 17:50 on Friday skip the weekend and end at 13:50 on Monday")
    void fourWorkingHoursFromFridayEvening() {
        assertThat(office.plusWorkingTime(shanghai("2026-03-20T17:50"), Duration.ofHours(4)))
                .isEqualTo(shanghai("2026-03-23T13:50"));
    }

    @Test
    @DisplayName("K-3: the last working hour of the day ends at 18:00 that day, not at 09:00 next morning")
    void endsAtClosingTimeRatherThanNextOpening() {
        assertThat(office.plusWorkingTime(shanghai("2026-03-18T17:00"), Duration.ofHours(1)))
                .isEqualTo(shanghai("2026-03-18T18:00"));
    }

    @Test
    @DisplayName("K-3: a request after closing time starts counting at 09:00 on the next working day")
    void afterClosingTimeCountsFromNextOpening() {
        assertThat(office.nextWorkingMoment(shanghai("2026-03-18T19:30"))).isEqualTo(shanghai("2026-03-19T09:00"));
        assertThat(office.plusWorkingTime(shanghai("2026-03-18T19:30"), Duration.ofHours(1)))
                .isEqualTo(shanghai("2026-03-19T10:00"));
    }

    @Test
    @DisplayName("K-3: closing time itself is no longer working time; the opening is")
    void closingTimeIsOutsideOpeningTimeInside() {
        assertThat(office.isWorkingMoment(shanghai("2026-03-18T17:59:59.999999999"))).isTrue();
        assertThat(office.isWorkingMoment(shanghai("2026-03-18T18:00"))).isFalse();
        assertThat(office.isWorkingMoment(shanghai("2026-03-18T09:00"))).isTrue();
        assertThat(office.isWorkingMoment(shanghai("2026-03-18T08:59:59.999999999"))).isFalse();
    }

    @Test
    @DisplayName("K-3: adding no working time changes nothing, even outside working hours")
    void zeroWorkingTimeIsTheStart() {
        assertThat(office.plusWorkingTime(shanghai("2026-03-21T23:00"), Duration.ZERO))
                .isEqualTo(shanghai("2026-03-21T23:00"));
    }
}
