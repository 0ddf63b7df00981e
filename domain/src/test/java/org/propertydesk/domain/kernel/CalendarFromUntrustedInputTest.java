package org.propertydesk.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertydesk.domain.kernel.BusinessCalendarFixture.SHANGHAI;

import io.vavr.collection.List;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("K-3: a business calendar from untrusted input is refused with every problem at once")
class CalendarFromUntrustedInputTest {

    private static final TimeWindow MORNING = new TimeWindow(LocalTime.of(9, 0), LocalTime.of(12, 0));
    private static final TimeWindow MIDDAY = new TimeWindow(LocalTime.of(11, 0), LocalTime.of(14, 0));
    private static final TimeWindow AFTERNOON = new TimeWindow(LocalTime.of(13, 0), LocalTime.of(18, 0));
    private static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 10, 1);
    private static final LocalDate MAKE_UP_SATURDAY = LocalDate.of(2026, 10, 10);

    @Test
    @DisplayName("K-3: overlapping windows and a holiday that is also a make-up day are reported together")
    void overlapsAndConflictingDaysTogether() {
        var result = BusinessCalendar.of(
                SHANGHAI,
                List.of(AFTERNOON, MORNING, MIDDAY),
                Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                List.of(NATIONAL_DAY, NATIONAL_DAY.plusDays(1)),
                List.of(MAKE_UP_SATURDAY, NATIONAL_DAY.plusDays(1)));

        assertThat(result.isLeft()).isTrue();
        assertThat(result.getLeft().reasons())
                .containsExactly(
                        new KernelRejection.OverlappingWindows(MORNING, MIDDAY),
                        new KernelRejection.OverlappingWindows(MIDDAY, AFTERNOON),
                        new KernelRejection.HolidayAndMakeUpWorkingDay(LocalDate.of(2026, 10, 2)));
        assertThat(result.getLeft().rules()).containsExactly(Rule.K_3);
        assertThat(result.getLeft().toString())
                .contains("K-3: working windows 09:00–12:00 and 11:00–14:00 overlap")
                .contains("K-3: 2026-10-02 cannot be both a statutory holiday and a make-up working day");
    }

    @Test
    @DisplayName("K-3: no windows, a seven-day weekend and a conflicting date are reported together")
    void everythingWrongAtOnce() {
        var result = BusinessCalendar.of(
                SHANGHAI, List.empty(), Set.of(DayOfWeek.values()), List.of(NATIONAL_DAY), List.of(NATIONAL_DAY));

        assertThat(result.getLeft().reasons())
                .containsExactly(
                        new KernelRejection.NoWorkingWindows(),
                        new KernelRejection.NoWorkingWeekday(io.vavr.collection.TreeSet.of(DayOfWeek.values())),
                        new KernelRejection.HolidayAndMakeUpWorkingDay(NATIONAL_DAY));
    }

    @Test
    @DisplayName("K-3: a window that ends before it starts is refused; one that ends at midnight (00:00) is not")
    void invertedWindow() {
        assertThat(TimeWindow.of(LocalTime.of(18, 0), LocalTime.of(9, 0)).getLeft().reasons())
                .containsExactly(new KernelRejection.InvertedTimeWindow(LocalTime.of(18, 0), LocalTime.of(9, 0)));
        assertThat(TimeWindow.of(LocalTime.of(12, 0), LocalTime.of(12, 0)).isLeft()).isTrue();
        assertThat(TimeWindow.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT).get().length())
                .isEqualTo(java.time.Duration.ofHours(2));
    }

    @Test
    @DisplayName("K-3: valid input in any order gives the same calendar as the builder")
    void validInput() {
        var result = BusinessCalendar.of(
                SHANGHAI,
                List.of(new TimeWindow(LocalTime.of(13, 0), LocalTime.of(18, 0)), MORNING),
                Set.of(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY),
                List.of(NATIONAL_DAY),
                List.of(MAKE_UP_SATURDAY));

        assertThat(result.get())
                .isEqualTo(BusinessCalendar.in(SHANGHAI)
                        .holiday(NATIONAL_DAY)
                        .makeUpWorkingDay(MAKE_UP_SATURDAY)
                        .build());
    }

    @Test
    @DisplayName("K-3: in code, a date given as both holiday and make-up day is a programmer error")
    void builderRefusesConflict() {
        assertThatThrownBy(() -> BusinessCalendar.in(SHANGHAI)
                        .holiday(NATIONAL_DAY)
                        .makeUpWorkingDay(NATIONAL_DAY)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-10-01");
    }
}
