package org.propertydesk.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;

/** K-3: working time on any calendar, in any zone, across holidays, make-up days and clock changes. */
@Label("K-3: working time")
class WorkingTimeProperties {

    private static final Duration ONE_NANO = Duration.ofNanos(1);

    @Property
    @Label("K-3: adding working time never lands outside working time")
    void addingWorkingTimeLandsInsideWorkingTime(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start,
            @ForAll("durations") Duration duration) {
        Instant due = calendar.plusWorkingTime(start, duration);

        assertThat(due).isAfter(start);
        assertThat(calendar.isWorkingMoment(due.minus(ONE_NANO)))
                .as("the moment just before %s is working time", due)
                .isTrue();
        Statistics.label("start is working time").collect(calendar.isWorkingMoment(start));
        Statistics.label("lands exactly on a closing time").collect(!calendar.isWorkingMoment(due));
        Statistics.label("lands exactly on a closing time")
                .coverage(coverage -> coverage.check(true).count(count -> count > 0));
        Statistics.label("start is working time")
                .coverage(coverage -> coverage.check(false).percentage(percent -> percent > 20));
    }

    @Property
    @Label("K-3: adding a then b of working time is adding a + b")
    void addingWorkingTimeIsAdditive(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start,
            @ForAll("durations") Duration a,
            @ForAll("durations") Duration b) {
        Instant inOneGo = calendar.plusWorkingTime(start, a.plus(b));
        Instant inTwoSteps = calendar.plusWorkingTime(calendar.plusWorkingTime(start, a), b);

        assertThat(inTwoSteps).isEqualTo(inOneGo);
        Statistics.label("first step ends on a closing time")
                .collect(!calendar.isWorkingMoment(calendar.plusWorkingTime(start, a)));
    }

    @Property
    @Label("K-3: a later start or a longer duration never gives an earlier due moment")
    void addingWorkingTimeIsMonotonic(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant one,
            @ForAll("instants") Instant other,
            @ForAll("durations") Duration d1,
            @ForAll("durations") Duration d2) {
        Instant earlier = one.isBefore(other) ? one : other;
        Instant later = one.isBefore(other) ? other : one;
        Duration shorter = d1.compareTo(d2) <= 0 ? d1 : d2;
        Duration longer = d1.compareTo(d2) <= 0 ? d2 : d1;

        assertThat(calendar.plusWorkingTime(earlier, shorter))
                .isBeforeOrEqualTo(calendar.plusWorkingTime(later, shorter));
        assertThat(calendar.plusWorkingTime(earlier, shorter))
                .isBeforeOrEqualTo(calendar.plusWorkingTime(earlier, longer));
        Statistics.label("both starts give the same due moment")
                .collect(calendar.plusWorkingTime(earlier, shorter).equals(calendar.plusWorkingTime(later, shorter)));
    }

    @Property
    @Label("K-3: the working time between a start and start + d of working time is d")
    void workingTimeBetweenUndoesAddingWorkingTime(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start,
            @ForAll("durations") Duration duration) {
        assertThat(calendar.workingTimeBetween(start, calendar.plusWorkingTime(start, duration)))
                .isEqualTo(duration);
    }

    @Property
    @Label("K-3: the working time between two moments splits at any moment in between")
    void workingTimeBetweenIsAdditive(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant first,
            @ForAll("durations") Duration toSecond,
            @ForAll("durations") Duration toThird) {
        Instant second = first.plus(toSecond);
        Instant third = second.plus(toThird);

        assertThat(calendar.workingTimeBetween(first, second).plus(calendar.workingTimeBetween(second, third)))
                .isEqualTo(calendar.workingTimeBetween(first, third));
        assertThat(calendar.workingTimeBetween(first, third)).isLessThanOrEqualTo(Duration.between(first, third));
        assertThat(calendar.workingTimeBetween(third, first)).isZero();
        Statistics.label("some working time in between").collect(!calendar.workingTimeBetween(first, third).isZero());
        Statistics.label("some working time in between")
                .coverage(coverage -> coverage.check(true).percentage(percent -> percent > 30));
    }

    @Property
    @Label("K-3: the working time over weeks is the total of each day's working time")
    void workingTimeOverWeeksIsTheTotalOfItsDays(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start,
            @ForAll("upToFourMonths") Duration length) {
        Instant end = start.plus(length);
        // Cut at every local midnight in between: no piece holds a whole day, so each piece is
        // measured from its days' own spans, whatever the zone's offset does meanwhile.
        Duration dayByDay = Duration.ZERO;
        Instant from = start;
        for (LocalDate day = start.atZone(calendar.zone()).toLocalDate().plusDays(1); ; day = day.plusDays(1)) {
            Instant midnight = ZonedDateTime.of(day, LocalTime.MIDNIGHT, calendar.zone()).toInstant();
            if (!midnight.isBefore(end)) {
                break;
            }
            if (midnight.isAfter(from)) {
                dayByDay = dayByDay.plus(calendar.workingTimeBetween(from, midnight));
                from = midnight;
            }
        }
        dayByDay = dayByDay.plus(calendar.workingTimeBetween(from, end));

        assertThat(calendar.workingTimeBetween(start, end)).isEqualTo(dayByDay);
        ZoneOffsetTransition change = calendar.zone().getRules().nextTransition(start);
        Statistics.label("the offset changes in between").collect(change != null && change.getInstant().isBefore(end));
        Statistics.label("the offset changes in between")
                .coverage(coverage -> coverage.check(true).percentage(percent -> percent > 5));
        Statistics.label("the offset changes in between")
                .coverage(coverage -> coverage.check(false).percentage(percent -> percent > 30));
    }

    @Property
    @Label("K-3: the next working moment is working time, and no working time lies before it")
    void nextWorkingMomentIsWorkingTime(
            @ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant moment) {
        Instant next = calendar.nextWorkingMoment(moment);

        assertThat(calendar.isWorkingMoment(next)).isTrue();
        assertThat(next).isAfterOrEqualTo(moment);
        assertThat(calendar.workingTimeBetween(moment, next)).isZero();
        Statistics.label("moment is already working time").collect(next.equals(moment));
        Statistics.label("moment is already working time")
                .coverage(coverage -> coverage.check(false).percentage(percent -> percent > 20));
    }

    @Property
    @Label("K-3, R-CO-4: a working-time deadline has exactly its duration left when it is set")
    void workingTimeDeadlineStartsWithItsDuration(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start,
            @ForAll("durations") Duration duration) {
        Deadline deadline = Deadline.workingTime(start, duration, calendar);

        assertThat(calendar.status(deadline, start)).isEqualTo(new DeadlineStatus.Remaining(duration));
        assertThat(calendar.status(deadline, deadline.due())).isEqualTo(new DeadlineStatus.Remaining(Duration.ZERO));
        assertThat(calendar.status(deadline, calendar.plusWorkingTime(deadline.due(), duration)))
                .isEqualTo(new DeadlineStatus.Overdue(duration));
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return CalendarArbitraries.calendars();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return CalendarArbitraries.instants();
    }

    @Provide
    Arbitrary<Duration> durations() {
        return CalendarArbitraries.positiveDurations();
    }

    /** Up to 120 days to the nanosecond, spread evenly, so that many ranges hold weeks and a clock change. */
    @Provide
    Arbitrary<Duration> upToFourMonths() {
        return Arbitraries.longs().between(0, Duration.ofDays(120).toNanos())
                .withDistribution(RandomDistribution.uniform())
                .map(Duration::ofNanos);
    }
}
