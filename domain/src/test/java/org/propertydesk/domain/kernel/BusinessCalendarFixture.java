package org.propertydesk.domain.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Calendars of real offices for the K-3 scenarios. */
final class BusinessCalendarFixture {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

    private BusinessCalendarFixture() {}

    /**
     * An office in Shanghai keeping the default hours (09:00–18:00, lunch 12:00–13:00), Saturday and
     * Sunday off, and the statutory holidays of 2026 as the State Council arranged them
     * (国务院办公厅关于2026年部分节假日安排的通知, 4 November 2025): each holiday period with the
     * weekend days it swallows, and the weekend days worked in exchange (调休上班).
     */
    static BusinessCalendar shanghaiOffice2026() {
        return BusinessCalendar.in(SHANGHAI)
                // 元旦: Thu 1 Jan – Sat 3 Jan off; Sun 4 Jan worked.
                .holidays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3))
                .makeUpWorkingDay(LocalDate.of(2026, 1, 4))
                // 春节: Sun 15 Feb – Mon 23 Feb off; Sat 14 Feb and Sat 28 Feb worked.
                .holidays(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23))
                .makeUpWorkingDay(LocalDate.of(2026, 2, 14))
                .makeUpWorkingDay(LocalDate.of(2026, 2, 28))
                // 清明节: Sat 4 Apr – Mon 6 Apr off.
                .holidays(LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 6))
                // 劳动节: Fri 1 May – Tue 5 May off; Sat 9 May worked.
                .holidays(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5))
                .makeUpWorkingDay(LocalDate.of(2026, 5, 9))
                // 端午节: Fri 19 Jun – Sun 21 Jun off.
                .holidays(LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 21))
                // 中秋节: Fri 25 Sep – Sun 27 Sep off.
                .holidays(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 27))
                // 国庆节: Thu 1 Oct – Wed 7 Oct off; Sun 20 Sep and Sat 10 Oct worked.
                .holidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))
                .makeUpWorkingDay(LocalDate.of(2026, 9, 20))
                .makeUpWorkingDay(LocalDate.of(2026, 10, 10))
                .build();
    }

    /** The default office hours and weekend in Shanghai, without holidays. */
    static BusinessCalendar shanghaiOffice() {
        return BusinessCalendar.in(SHANGHAI).build();
    }

    /** A local date and time in Shanghai, e.g. {@code shanghai("2026-09-30T17:50")}. */
    static Instant shanghai(String localDateTime) {
        return at(localDateTime, SHANGHAI);
    }

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
