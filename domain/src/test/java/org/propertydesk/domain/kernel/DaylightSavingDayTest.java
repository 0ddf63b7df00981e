package org.propertydesk.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.BERLIN;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.LORD_HOWE;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.NEW_YORK;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("K-3: a day on which the clocks change")
class DaylightSavingDayTest {

    private static Duration workingTimeOn(BusinessCalendar calendar, LocalDate date) {
        ZoneId zone = calendar.zone();
        Instant start = date.atStartOfDay(zone).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        return calendar.workingTimeBetween(start, end);
    }

    @Test
    @DisplayName("K-3: open around the clock, Berlin's last Sunday of March has 23 working hours and of October 25")
    void berlinAroundTheClock() {
        BusinessCalendar open = BusinessCalendar.alwaysOpen(BERLIN);

        assertThat(workingTimeOn(open, LocalDate.of(2026, 3, 29))).isEqualTo(Duration.ofHours(23));
        assertThat(workingTimeOn(open, LocalDate.of(2026, 10, 25))).isEqualTo(Duration.ofHours(25));
        assertThat(open.plusWorkingTime(at("2026-10-25T00:00", BERLIN), Duration.ofHours(25)))
                .isEqualTo(at("2026-10-26T00:00", BERLIN));
    }

    @Test
    @DisplayName("K-3: open around the clock, Lord Howe's half-hour changes give days of 24.5 h (5 April 2026) and 23.5 h (4 October 2026)")
    void lordHoweAroundTheClock() {
        BusinessCalendar open = BusinessCalendar.alwaysOpen(LORD_HOWE);

        assertThat(workingTimeOn(open, LocalDate.of(2026, 4, 5))).isEqualTo(Duration.ofMinutes(24 * 60 + 30));
        assertThat(workingTimeOn(open, LocalDate.of(2026, 10, 4))).isEqualTo(Duration.ofMinutes(23 * 60 + 30));
    }

    @Test
    @DisplayName("K-3: an office open 09:00–18:00 with lunch still works 8 h on the Sundays the clocks change")
    void ordinaryHoursKeepTheirLength() {
        BusinessCalendar sevenDays = BusinessCalendar.in(BERLIN).weekend().build();

        assertThat(workingTimeOn(sevenDays, LocalDate.of(2026, 3, 29))).isEqualTo(Duration.ofHours(8));
        assertThat(workingTimeOn(sevenDays, LocalDate.of(2026, 10, 25))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    @DisplayName("K-3: a night window 01:00–04:00 in New York lasts 2 real hours when the clocks spring forward, 4 when they fall back")
    void nightWindowAcrossTheChange() {
        BusinessCalendar nights = BusinessCalendar.in(NEW_YORK)
                .hours(WorkingHours.of(LocalTime.of(1, 0), LocalTime.of(4, 0)))
                .weekend()
                .build();

        assertThat(workingTimeOn(nights, LocalDate.of(2026, 3, 8))).isEqualTo(Duration.ofHours(2));
        assertThat(workingTimeOn(nights, LocalDate.of(2026, 11, 1))).isEqualTo(Duration.ofHours(4));
    }

    @Test
    @DisplayName("K-3: a window opening in the spring gap (02:30 in Berlin) opens an hour later, as ZonedDateTime.of shifts it")
    void openingInTheGap() {
        BusinessCalendar early = BusinessCalendar.in(BERLIN)
                .hours(WorkingHours.of(LocalTime.of(2, 30), LocalTime.of(5, 0)))
                .weekend()
                .build();

        assertThat(early.nextWorkingMoment(at("2026-03-29T00:00", BERLIN))).isEqualTo(at("2026-03-29T03:30", BERLIN));
        assertThat(workingTimeOn(early, LocalDate.of(2026, 3, 29))).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    @DisplayName("K-3: a break at 02:30–03:00 that the spring change skips counts no time twice: 00:00–05:00 is 4 real hours")
    void breakInsideTheGap() {
        // 02:30 does not exist on 29 March 2026 and becomes 03:30 CEST, after 03:00 CEST: the two
        // windows meet in real time, and their shared half hour counts once.
        BusinessCalendar nights = BusinessCalendar.in(BERLIN)
                .hours(WorkingHours.of(LocalTime.MIDNIGHT, LocalTime.of(5, 0)).withBreak(LocalTime.of(2, 30), LocalTime.of(3, 0)))
                .weekend()
                .build();

        assertThat(workingTimeOn(nights, LocalDate.of(2026, 3, 29))).isEqualTo(Duration.ofHours(4));
        assertThat(nights.plusWorkingTime(at("2026-03-29T00:00", BERLIN), Duration.ofHours(4)))
                .isEqualTo(at("2026-03-29T05:00", BERLIN));
        assertThat(workingTimeOn(nights, LocalDate.of(2026, 3, 28))).isEqualTo(Duration.ofMinutes(270));
    }
}
