package org.propertydesk.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Iterator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** K-3: deadlines in working days skip weekends and holidays and count make-up working days. */
@Label("K-3: working days")
class WorkingDayProperties {

    @Property
    @Label("K-3: the n-th working day after a date is a working day with exactly n working days up to it")
    void nthWorkingDayCountsExactlyNWorkingDays(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate due = calendar.plusWorkingDays(date, n);

        assertThat(calendar.isWorkingDay(due)).isTrue();
        assertThat(Iterator.iterate(date.plusDays(1), day -> day.plusDays(1))
                        .takeWhile(day -> !day.isAfter(due))
                        .count(calendar::isWorkingDay))
                .isEqualTo(n);
        Statistics.label("skips a holiday")
                .collect(calendar.holidays().exists(day -> day.isAfter(date) && !day.isAfter(due)));
        Statistics.label("counts a make-up working day")
                .collect(calendar.makeUpWorkingDays().exists(day -> day.isAfter(date) && !day.isAfter(due)));
        Statistics.label("skips a holiday").coverage(coverage -> coverage.check(true).percentage(percent -> percent > 10));
        Statistics.label("counts a make-up working day")
                .coverage(coverage -> coverage.check(true).percentage(percent -> percent > 5));
    }

    @Property
    @Label("K-3: make-up working days are worked; otherwise holidays and weekend days are not; every other day is")
    void whichDaysAreWorked(@ForAll("calendarsWithTheirDates") CalendarAndDate day) {
        BusinessCalendar calendar = day.calendar();
        LocalDate date = day.date();
        boolean worked = calendar.isWorkingDay(date);

        if (calendar.makeUpWorkingDays().contains(date)) {
            assertThat(worked).as("make-up working day %s", date).isTrue();
        } else if (calendar.holidays().contains(date)) {
            assertThat(worked).as("holiday %s", date).isFalse();
        } else {
            assertThat(worked).as("%s on a %s", date, date.getDayOfWeek())
                    .isEqualTo(!calendar.weekend().contains(date.getDayOfWeek()));
        }
        Statistics.label("kind of day")
                .collect(calendar.makeUpWorkingDays().contains(date)
                        ? "make-up working day"
                        : calendar.holidays().contains(date) ? "holiday" : worked ? "ordinary working day" : "weekend");
        Statistics.label("kind of day").coverage(coverage -> {
            coverage.check("make-up working day").percentage(percent -> percent > 10);
            coverage.check("holiday").percentage(percent -> percent > 10);
            coverage.check("weekend").percentage(percent -> percent > 5);
        });
    }

    @Property
    @Label("K-3: zero working days after a date is the date itself")
    void zeroWorkingDaysIsTheDate(@ForAll("calendars") BusinessCalendar calendar, @ForAll("dates") LocalDate date) {
        assertThat(calendar.plusWorkingDays(date, 0)).isEqualTo(date);
    }

    @Property
    @Label("K-3, R-CO-4: a deadline in working days falls at close of business of the n-th working day")
    void workingDaysDeadlineIsCloseOfBusiness(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start,
            @ForAll @IntRange(min = 1, max = 30) int n) {
        Instant due = calendar.plusWorkingDays(start, n);
        Instant lastWorkingMoment = due.minus(Duration.ofNanos(1));
        LocalDate dueDay = calendar.plusWorkingDays(start.atZone(calendar.zone()).toLocalDate(), n);

        assertThat(calendar.isWorkingMoment(lastWorkingMoment)).isTrue();
        assertThat(lastWorkingMoment.atZone(calendar.zone()).toLocalDate()).isEqualTo(dueDay);
        assertThat(calendar.workingTimeBetween(due, dueDay.plusDays(1).atStartOfDay(calendar.zone()).toInstant()))
                .as("no working time is left on the due day after close of business")
                .isZero();
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return CalendarArbitraries.calendars();
    }

    /** A calendar and a date that is often one of its holidays or make-up working days. */
    record CalendarAndDate(BusinessCalendar calendar, LocalDate date) {}

    @Provide
    Arbitrary<CalendarAndDate> calendarsWithTheirDates() {
        return CalendarArbitraries.calendars().flatMap(calendar -> {
            java.util.List<Arbitrary<LocalDate>> choices = new java.util.ArrayList<>();
            choices.add(CalendarArbitraries.dates());
            if (!calendar.holidays().isEmpty()) {
                choices.add(Arbitraries.of(calendar.holidays().toJavaList()));
            }
            if (!calendar.makeUpWorkingDays().isEmpty()) {
                choices.add(Arbitraries.of(calendar.makeUpWorkingDays().toJavaList()));
            }
            return Arbitraries.oneOf(choices).map(date -> new CalendarAndDate(calendar, date));
        });
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return CalendarArbitraries.dates();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return CalendarArbitraries.instants();
    }
}
