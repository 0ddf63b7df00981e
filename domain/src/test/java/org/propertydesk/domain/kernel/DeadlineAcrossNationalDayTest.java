package org.propertydesk.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.SHANGHAI;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.shanghai;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.shanghaiOffice2026;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * National Day 2026 (国庆节): Thursday 1 to Wednesday 7 October off, with Sunday 20 September and
 * Saturday 10 October worked instead; Mid-Autumn (中秋节) is Friday 25 to Sunday 27 September.
 */
@DisplayName("K-3, R-CO-4: a deadline across the 2026 National Day holidays and their make-up working days")
class DeadlineAcrossNationalDayTest {

    private final BusinessCalendar office = shanghaiOffice2026();

    @Test
    @DisplayName("R-CO-4: a complaint of Wednesday 30 September replied to within 4 working days is due at 18:00 on Monday 12 October")
    void fourWorkingDaysAcrossNationalDay() {
        // 1–7 Oct holidays; 8 Oct (Thu) is 1, 9 Oct (Fri) 2, 10 Oct (Sat, make-up) 3, 11 Oct (Sun) off, 12 Oct (Mon) 4.
        Deadline reply = Deadline.workingDays(shanghai("2026-09-30T10:00"), 4, office);

        assertThat(reply).isEqualTo(new Deadline(shanghai("2026-10-12T18:00"), Deadline.Clock.WORKING_TIME));
        assertThat(office.plusWorkingDays(LocalDate.of(2026, 9, 30), 4)).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    @DisplayName("K-3: without the make-up Saturday the same reply would only be due on Tuesday 13 October")
    void makeUpDayCounts() {
        BusinessCalendar withoutMakeUpDays = BusinessCalendar.in(SHANGHAI)
                .holidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))
                .build();

        assertThat(withoutMakeUpDays.plusWorkingDays(shanghai("2026-09-30T10:00"), 4))
                .isEqualTo(shanghai("2026-10-13T18:00"));
    }

    @Test
    @DisplayName("K-3: 8 working hours from 16:00 on 30 September end at 16:00 on Thursday 8 October")
    void workingHoursAcrossNationalDay() {
        // 16:00–18:00 on 30 Sep (2 h), then 09:00–12:00 (3 h) and 13:00–16:00 (3 h) on 8 Oct.
        assertThat(office.plusWorkingTime(shanghai("2026-09-30T16:00"), Duration.ofHours(8)))
                .isEqualTo(shanghai("2026-10-08T16:00"));
    }

    @Test
    @DisplayName("K-3: during the holidays nothing is working time; the next working moment is 09:00 on 8 October")
    void holidaysAreNotWorkingTime() {
        assertThat(office.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(office.isWorkingMoment(shanghai("2026-10-05T10:00"))).isFalse();
        assertThat(office.nextWorkingMoment(shanghai("2026-10-01T10:00"))).isEqualTo(shanghai("2026-10-08T09:00"));
        assertThat(office.workingTimeBetween(shanghai("2026-09-30T18:00"), shanghai("2026-10-08T09:00")))
                .isZero();
    }

    @Test
    @DisplayName("K-3: Sunday 20 September is worked, so one working day after Friday 18 September is that Sunday")
    void sundayMakeUpDayBeforeNationalDay() {
        assertThat(office.plusWorkingDays(LocalDate.of(2026, 9, 18), 1)).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(office.plusWorkingTime(shanghai("2026-09-18T17:00"), Duration.ofHours(2)))
                .isEqualTo(shanghai("2026-09-20T10:00"));
    }

    @Test
    @DisplayName("K-3: one working day after Thursday 24 September skips Mid-Autumn and the weekend: Monday 28 September")
    void midAutumnFestival() {
        assertThat(office.plusWorkingDays(LocalDate.of(2026, 9, 24), 1)).isEqualTo(LocalDate.of(2026, 9, 28));
    }
}
