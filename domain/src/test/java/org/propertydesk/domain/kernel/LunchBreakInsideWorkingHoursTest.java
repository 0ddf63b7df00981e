package org.propertydesk.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.shanghai;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.shanghaiOffice;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("K-3: a lunch break inside working hours (12:00–13:00)")
class LunchBreakInsideWorkingHoursTest {

    private final BusinessCalendar office = shanghaiOffice();

    @Test
    @DisplayName("K-3: a complaint received at 11:30 with 1 working hour is due at 13:30")
    void oneWorkingHourFromHalfPastEleven() {
        assertThat(office.plusWorkingTime(shanghai("2026-03-18T11:30"), Duration.ofHours(1)))
                .isEqualTo(shanghai("2026-03-18T13:30"));
    }

    @Test
    @DisplayName("K-3: half an hour from 11:30 ends at 12:00, as lunch begins, not at 13:00")
    void endsWhenLunchBegins() {
        assertThat(office.plusWorkingTime(shanghai("2026-03-18T11:30"), Duration.ofMinutes(30)))
                .isEqualTo(shanghai("2026-03-18T12:00"));
    }

    @Test
    @DisplayName("K-3: lunch is not working time; work resumes at 13:00")
    void lunchIsNotWorkingTime() {
        assertThat(office.isWorkingMoment(shanghai("2026-03-18T12:30"))).isFalse();
        assertThat(office.nextWorkingMoment(shanghai("2026-03-18T12:30"))).isEqualTo(shanghai("2026-03-18T13:00"));
    }

    @Test
    @DisplayName("K-3: from 11:00 to 14:00 there are 2 working hours")
    void workingTimeAroundLunch() {
        assertThat(office.workingTimeBetween(shanghai("2026-03-18T11:00"), shanghai("2026-03-18T14:00")))
                .isEqualTo(Duration.ofHours(2));
    }
}
