package org.propertydesk.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("K-3: working hours of a day, with breaks")
class WorkingHoursTest {

    private static TimeWindow window(int fromHour, int fromMinute, int toHour, int toMinute) {
        return new TimeWindow(LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
    }

    @Test
    @DisplayName("K-3: a lunch break of 12:00–13:30 splits 09:00–18:00 into two windows of 7.5 h in all")
    void lunchSplitsTheDay() {
        WorkingHours hours = WorkingHours.of(LocalTime.of(9, 0), LocalTime.of(18, 0))
                .withBreak(LocalTime.of(12, 0), LocalTime.of(13, 30));

        assertThat(hours.windows()).containsExactly(window(9, 0, 12, 0), window(13, 30, 18, 0));
        assertThat(hours.perDay()).isEqualTo(Duration.ofMinutes(450));
    }

    @Test
    @DisplayName("K-3: the default office hours are 09:00–18:00 with lunch 12:00–13:00, 8 h a day")
    void defaultHours() {
        assertThat(BusinessCalendar.DEFAULT_HOURS.windows()).containsExactly(window(9, 0, 12, 0), window(13, 0, 18, 0));
        assertThat(BusinessCalendar.DEFAULT_HOURS.perDay()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    @DisplayName("K-3: around the clock is 00:00–24:00, 24 h a day on a day without a clock change")
    void aroundTheClock() {
        assertThat(WorkingHours.aroundTheClock().perDay()).isEqualTo(Duration.ofHours(24));
        assertThat(WorkingHours.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT).perDay()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    @DisplayName("K-3: a break outside the working hours, or hours that end before they start, are programmer errors")
    void programmerErrors() {
        WorkingHours nineToSix = WorkingHours.of(LocalTime.of(9, 0), LocalTime.of(18, 0));

        assertThatThrownBy(() -> nineToSix.withBreak(LocalTime.of(8, 0), LocalTime.of(10, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> nineToSix.withBreak(LocalTime.of(9, 0), LocalTime.of(18, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> nineToSix.withBreak(LocalTime.of(12, 0), LocalTime.of(12, 30))
                        .withBreak(LocalTime.of(12, 10), LocalTime.of(12, 20)))
                .as("a break inside another break takes out no working time")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingHours.of(LocalTime.of(18, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingHours(List.of(window(13, 0, 18, 0), window(9, 0, 12, 0))))
                .as("windows out of order")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("K-3: windows from untrusted input are sorted; every overlapping pair and an empty list are refused")
    void untrustedWindows() {
        assertThat(WorkingHours.of(List.of(window(13, 0, 18, 0), window(9, 0, 12, 0))).get().windows())
                .containsExactly(window(9, 0, 12, 0), window(13, 0, 18, 0));
        assertThat(WorkingHours.of(List.of(window(9, 0, 12, 0), window(9, 0, 12, 0), window(11, 0, 13, 0)))
                        .getLeft()
                        .reasons())
                .hasSize(3)
                .allMatch(reason -> reason instanceof KernelRejection.OverlappingWindows);
        assertThat(WorkingHours.of(List.empty()).getLeft().reasons())
                .containsExactly(new KernelRejection.NoWorkingWindows());
    }
}
