package org.propertydesk.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.shanghai;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.shanghaiOffice2026;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("K-3: long deadlines are computed day by day, never minute by minute")
class LongWorkingTimeDeadlineTest {

    @Test
    @DisplayName("K-3: three years of working time (about 13 calendar years of 8-hour days) take well under a second")
    void yearsOfWorkingTime() {
        BusinessCalendar office = shanghaiOffice2026();
        Instant start = shanghai("2026-09-30T10:00");
        Duration threeYears = Duration.ofDays(3 * 365);

        Instant due = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> office.plusWorkingTime(start, threeYears));

        assertThat(due.atZone(office.zone()).getYear()).isBetween(2038, 2040);
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(2), () -> office.workingTimeBetween(start, due)))
                .isEqualTo(threeYears);
    }

    @Test
    @DisplayName("K-3: a thousand working days are counted quickly")
    void thousandsOfWorkingDays() {
        BusinessCalendar office = shanghaiOffice2026();

        LocalDate due = assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> office.plusWorkingDays(LocalDate.of(2026, 1, 1), 1000));

        assertThat(office.isWorkingDay(due)).isTrue();
    }
}
