package org.propertydesk.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.shanghai;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.shanghaiOffice2026;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("K-3: a Saturday make-up working day (调休上班) counts as a working day")
class SaturdayMakeUpWorkingDayTest {

    private final BusinessCalendar office = shanghaiOffice2026();

    @Test
    @DisplayName("K-3: Saturday 10 October 2026 is worked; Saturday 3 October (a holiday) and Saturday 17 October (a weekend) are not")
    void makeUpSaturdayIsWorked() {
        assertThat(office.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(office.isWorkingDay(LocalDate.of(2026, 10, 3))).isFalse();
        assertThat(office.isWorkingDay(LocalDate.of(2026, 10, 17))).isFalse();
    }

    @Test
    @DisplayName("K-3: the Spring Festival make-up Saturdays (14 and 28 February 2026) and New Year's Sunday 4 January are worked")
    void otherMakeUpDaysOf2026() {
        assertThat(office.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(office.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(office.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue();
        assertThat(office.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Monday in the Spring Festival").isFalse();
    }

    @Test
    @DisplayName("K-3: on the make-up Saturday the office keeps its usual hours")
    void makeUpSaturdayKeepsTheHours() {
        assertThat(office.isWorkingMoment(shanghai("2026-10-10T10:00"))).isTrue();
        assertThat(office.isWorkingMoment(shanghai("2026-10-10T12:30"))).isFalse();
        assertThat(office.plusWorkingTime(shanghai("2026-10-09T17:00"), Duration.ofHours(2)))
                .isEqualTo(shanghai("2026-10-10T10:00"));
        assertThat(office.plusWorkingDays(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 10));
    }
}
