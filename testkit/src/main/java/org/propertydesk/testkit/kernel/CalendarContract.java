package org.propertydesk.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.Calendar;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.TimeWindow;
import org.propertydesk.domain.kernel.WorkingHours;

/**
 * What PropertyDesk relies on from every {@link Calendar}: an office's business calendar reads
 * back exactly as it was defined, and only for that office.
 */
public abstract class CalendarContract {

    /** A calendar port that knows exactly one office's calendar. */
    protected abstract Calendar calendarHolding(OfficeId office, BusinessCalendar calendar);

    private static final OfficeId OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));

    @Test
    @DisplayName("K-3: zone, hours with breaks, weekend, holidays and make-up working days read back unchanged")
    void roundTrip() {
        BusinessCalendar defined = BusinessCalendar.in(ZoneId.of("Asia/Shanghai"))
                .hours(WorkingHours.of(LocalTime.of(8, 30), LocalTime.of(17, 30)).withBreak(LocalTime.of(12, 0), LocalTime.of(13, 30)))
                .holidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))
                .makeUpWorkingDay(LocalDate.of(2026, 9, 20))
                .makeUpWorkingDay(LocalDate.of(2026, 10, 10))
                .build();

        assertThat(calendarHolding(OFFICE, defined).of(OFFICE)).contains(defined);
    }

    @Test
    @DisplayName("K-3: a desk open around the clock (a window ending at 24:00) and an unusual weekend read back unchanged")
    void aroundTheClock() {
        BusinessCalendar defined = BusinessCalendar.in(ZoneId.of("Europe/Berlin"))
                .hours(WorkingHours.of(java.util.List.of(new TimeWindow(LocalTime.of(6, 0), LocalTime.MIDNIGHT),
                                new TimeWindow(LocalTime.MIDNIGHT, LocalTime.of(2, 0))))
                        .get())
                .weekend(DayOfWeek.FRIDAY)
                .build();

        assertThat(calendarHolding(OFFICE, defined).of(OFFICE)).contains(defined);
    }

    @Test
    @DisplayName("K-1: an office without a calendar has none, even when another office has one")
    void unknownOffice() {
        Calendar calendar = calendarHolding(OFFICE, BusinessCalendar.alwaysOpen(ZoneId.of("UTC")));

        assertThat(calendar.of(new OfficeId(new UUID(5, 5)))).isEmpty();
    }
}
