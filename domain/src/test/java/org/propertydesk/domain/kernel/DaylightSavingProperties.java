package org.propertydesk.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * K-3 with K-2: working time is counted in real instants, so a clock change never loses or invents
 * an hour (or Lord Howe's half hour), on the last Sundays of March and October and everywhere else.
 */
@Label("K-3: daylight saving")
class DaylightSavingProperties {

    /** A moment and a later one, both near a clock change of the zone. */
    record AroundAClockChange(ZoneId zone, Instant start, Instant end) {}

    /** A date on which the zone's clocks change, and working hours that keep clear of the change. */
    record ClockChangeDay(ZoneId zone, LocalDate date, WorkingHours hours) {}

    @Property
    @Label("K-3: open around the clock, adding working time is adding elapsed time, across clock changes")
    void alwaysOpenAddsElapsedTime(
            @ForAll("aroundClockChanges") AroundAClockChange around, @ForAll("durations") Duration duration) {
        BusinessCalendar calendar = BusinessCalendar.alwaysOpen(around.zone());

        assertThat(calendar.plusWorkingTime(around.start(), duration)).isEqualTo(around.start().plus(duration));
        assertThat(calendar.isWorkingMoment(around.start())).isTrue();
        assertThat(calendar.nextWorkingMoment(around.start())).isEqualTo(around.start());
        Statistics.label("crosses a clock change")
                .collect(crossesClockChange(around.zone(), around.start(), around.start().plus(duration)));
        Statistics.label("crosses a clock change")
                .coverage(coverage -> coverage.check(true).percentage(percent -> percent > 10));
    }

    @Property
    @Label("K-3: open around the clock, the working time between two moments is the elapsed time, across clock changes")
    void alwaysOpenMeasuresElapsedTime(@ForAll("aroundClockChanges") AroundAClockChange around) {
        BusinessCalendar calendar = BusinessCalendar.alwaysOpen(around.zone());

        assertThat(calendar.workingTimeBetween(around.start(), around.end()))
                .isEqualTo(Duration.between(around.start(), around.end()));
        Statistics.label("crosses a clock change")
                .collect(crossesClockChange(around.zone(), around.start(), around.end()));
        Statistics.label("crosses a clock change")
                .coverage(coverage -> coverage.check(true).percentage(percent -> percent > 10));
    }

    @Property
    @Label("K-3: open around the clock, a day of a clock change has its real length (23 h, 25 h, 23.5 h, 24.5 h)")
    void alwaysOpenDayOfClockChangeHasItsRealLength(@ForAll("clockChangeDays") ClockChangeDay day) {
        BusinessCalendar calendar = BusinessCalendar.alwaysOpen(day.zone());
        Instant start = day.date().atStartOfDay(day.zone()).toInstant();
        Instant end = day.date().plusDays(1).atStartOfDay(day.zone()).toInstant();

        Duration worked = calendar.workingTimeBetween(start, end);

        assertThat(worked).isEqualTo(Duration.between(start, end)).isNotEqualTo(Duration.ofHours(24));
        assertThat(calendar.plusWorkingTime(start, worked)).isEqualTo(end);
    }

    @Property
    @Label("K-3: a working day on a date of a clock change still has its windows' total of working time")
    void ordinaryDayOfClockChangeKeepsItsHours(@ForAll("clockChangeDays") ClockChangeDay day) {
        BusinessCalendar calendar = BusinessCalendar.in(day.zone()).hours(day.hours()).weekend().build();
        Instant start = day.date().atStartOfDay(day.zone()).toInstant();
        Instant end = day.date().plusDays(1).atStartOfDay(day.zone()).toInstant();

        assertThat(calendar.workingTimeBetween(start, end)).isEqualTo(day.hours().perDay());
    }

    @Property
    @Label("K-3: night windows around a clock change never count an instant twice nor land outside working time")
    void nightWindowsAroundClockChange(
            @ForAll("nightShiftsAroundClockChanges") NightShiftAroundAClockChange around,
            @ForAll("durations") Duration duration) {
        BusinessCalendar calendar = around.calendar();
        Instant due = calendar.plusWorkingTime(around.start(), duration);

        assertThat(calendar.workingTimeBetween(around.start(), around.end()))
                .isLessThanOrEqualTo(Duration.between(around.start(), around.end()));
        assertThat(calendar.workingTimeBetween(around.start(), due)).isEqualTo(duration);
        assertThat(calendar.isWorkingMoment(due.minusNanos(1))).isTrue();
        Statistics.label("a window edge falls into the clock change")
                .collect(calendar.hours().windows().exists(window -> inClockChange(calendar.zone(), around.start(), window)));
        Statistics.label("a window edge falls into the clock change")
                .coverage(coverage -> coverage.check(true).percentage(percent -> percent > 5));
    }

    /** True when the window opens or closes at a local time that the day's clock change skips or repeats. */
    private static boolean inClockChange(ZoneId zone, Instant near, TimeWindow window) {
        LocalDate date = near.atZone(zone).toLocalDate();
        return io.vavr.collection.List.of(date.minusDays(1), date, date.plusDays(1))
                .flatMap(day -> io.vavr.collection.List.of(window.start(), window.end())
                        .map(time -> day.atTime(time)))
                .exists(local -> zone.getRules().getValidOffsets(local).size() != 1);
    }

    private static boolean crossesClockChange(ZoneId zone, Instant from, Instant to) {
        return !zone.getRules().getOffset(from).equals(zone.getRules().getOffset(to));
    }

    @Provide
    Arbitrary<AroundAClockChange> aroundClockChanges() {
        return CalendarArbitraries.daylightSavingZones()
                .flatMap(zone -> CalendarArbitraries.nearClockChange(zone)
                        .list()
                        .ofSize(2)
                        .map(moments -> moments.get(0).isBefore(moments.get(1))
                                ? new AroundAClockChange(zone, moments.get(0), moments.get(1))
                                : new AroundAClockChange(zone, moments.get(1), moments.get(0))));
    }

    /** An office open only at night, and two moments near one of its zone's clock changes. */
    record NightShiftAroundAClockChange(BusinessCalendar calendar, Instant start, Instant end) {}

    @Provide
    Arbitrary<NightShiftAroundAClockChange> nightShiftsAroundClockChanges() {
        return CalendarArbitraries.daylightSavingZones()
                .flatMap(zone -> Combinators.combine(
                                CalendarArbitraries.workingHoursBetween(LocalTime.MIDNIGHT, LocalTime.of(4, 0)),
                                CalendarArbitraries.nearClockChange(zone).list().ofSize(2))
                        .as((hours, moments) -> new NightShiftAroundAClockChange(
                                BusinessCalendar.in(zone).hours(hours).weekend().build(),
                                moments.get(0).isBefore(moments.get(1)) ? moments.get(0) : moments.get(1),
                                moments.get(0).isBefore(moments.get(1)) ? moments.get(1) : moments.get(0))));
    }

    @Provide
    Arbitrary<ClockChangeDay> clockChangeDays() {
        return CalendarArbitraries.daylightSavingZones()
                .flatMap(zone -> Combinators.combine(
                                CalendarArbitraries.clockChangeDates(zone),
                                CalendarArbitraries.workingHoursBetween(LocalTime.of(4, 0), LocalTime.of(22, 0)))
                        .as((date, hours) -> new ClockChangeDay(zone, date, hours)));
    }

    @Provide
    Arbitrary<Duration> durations() {
        return Arbitraries.oneOf(
                CalendarArbitraries.positiveDurations(),
                Arbitraries.longs().between(1, 4 * 24 * 60).map(Duration::ofMinutes));
    }
}
