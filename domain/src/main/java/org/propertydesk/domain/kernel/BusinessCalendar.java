package org.propertydesk.domain.kernel;

import io.vavr.collection.Iterator;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An office's business calendar (K-3): its time zone, working hours, weekend, statutory holidays
 * (元旦, 春节, 劳动节, 国庆节 …) and the make-up working days (调休上班) that the holiday
 * arrangements move onto a weekend. Deadlines are computed on it (R-CO-4): deadlines in hours run
 * on the wall clock ({@link #plusWallClock}), deadlines in working time or working days skip what
 * is not working time ({@link #plusWorkingTime}, {@link #plusWorkingDays(Instant, int)}).
 *
 * <p>Working time is made of real instants. A window's local times become instants the way
 * {@link ZonedDateTime#of} does it (a time in a daylight-saving gap is pushed forward, a time in
 * an overlap takes the earlier offset), so a day of 23 or 25 hours counts 23 or 25 hours when the
 * office is open around the clock, and an hour is never lost or counted twice. Each day's working
 * time lies between the start of that day and the start of the next, so no instant belongs to two
 * days.
 *
 * <p>Build one in code with {@link #in(ZoneId)}; build one from untrusted input with {@link #of},
 * which reports every problem at once.
 */
@ValueObject
public record BusinessCalendar(
        ZoneId zone,
        WorkingHours hours,
        Set<DayOfWeek> weekend,
        SortedSet<LocalDate> holidays,
        SortedSet<LocalDate> makeUpWorkingDays) {

    /** The hours an office keeps unless it says otherwise: 09:00–18:00 with lunch 12:00–13:00. */
    public static final WorkingHours DEFAULT_HOURS =
            WorkingHours.of(LocalTime.of(9, 0), LocalTime.of(18, 0)).withBreak(LocalTime.of(12, 0), LocalTime.of(13, 0));

    /** The weekend an office keeps unless it says otherwise: Saturday and Sunday. */
    public static final Set<DayOfWeek> DEFAULT_WEEKEND = TreeSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    public BusinessCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(weekend, "weekend");
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(makeUpWorkingDays, "makeUpWorkingDays");
        List<KernelRejection> problems = problems(weekend, holidays, makeUpWorkingDays);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(new Rejections<>(problems).toString());
        }
    }

    /** Starts a calendar for an office in {@code zone}, with the default hours and weekend. */
    public static Builder in(ZoneId zone) {
        return new Builder(zone, DEFAULT_HOURS, DEFAULT_WEEKEND, TreeSet.empty(), TreeSet.empty());
    }

    /** Open every moment of every day, e.g. for a post staffed around the clock. */
    public static BusinessCalendar alwaysOpen(ZoneId zone) {
        return new BusinessCalendar(zone, WorkingHours.aroundTheClock(), TreeSet.empty(), TreeSet.empty(), TreeSet.empty());
    }

    /**
     * A calendar from untrusted input. Reports every problem at once: each inverted or overlapping
     * window pair, missing windows, a weekend of seven days, and each date given both as a holiday
     * and as a make-up working day.
     */
    public static Either<Rejections<KernelRejection>, BusinessCalendar> of(
            ZoneId zone,
            Iterable<TimeWindow> windows,
            Iterable<DayOfWeek> weekend,
            Iterable<LocalDate> holidays,
            Iterable<LocalDate> makeUpWorkingDays) {
        Objects.requireNonNull(zone, "zone");
        Either<Rejections<KernelRejection>, WorkingHours> hours = WorkingHours.of(windows);
        Set<DayOfWeek> weekendDays = TreeSet.ofAll(weekend);
        SortedSet<LocalDate> holidayDates = TreeSet.ofAll(holidays);
        SortedSet<LocalDate> makeUpDates = TreeSet.ofAll(makeUpWorkingDays);
        List<KernelRejection> problems = hours.fold(rejections -> List.ofAll(rejections.reasons()), valid -> List.empty());
        return Rejections.unless(
                problems.appendAll(problems(weekendDays, holidayDates, makeUpDates)),
                () -> new BusinessCalendar(zone, hours.get(), weekendDays, holidayDates, makeUpDates));
    }

    private static List<KernelRejection> problems(
            Set<DayOfWeek> weekend, SortedSet<LocalDate> holidays, SortedSet<LocalDate> makeUpWorkingDays) {
        List<KernelRejection> wholeWeek = weekend.containsAll(List.of(DayOfWeek.values()))
                ? List.of(new KernelRejection.NoWorkingWeekday(weekend))
                : List.empty();
        return wholeWeek.appendAll(holidays.filter(makeUpWorkingDays::contains)
                .toList()
                .map(KernelRejection.HolidayAndMakeUpWorkingDay::new));
    }

    /** A make-up working day works; otherwise a holiday or a weekend day does not; any other day does. */
    public boolean isWorkingDay(LocalDate date) {
        if (makeUpWorkingDays.contains(date)) {
            return true;
        }
        return !holidays.contains(date) && !weekend.contains(date.getDayOfWeek());
    }

    /** True inside a working window [start, end) of a working day, read in the office's zone. */
    public boolean isWorkingMoment(Instant moment) {
        return workingSpans(dayOf(moment)).exists(span -> span.contains(moment));
    }

    /** The moment itself if it is working time, otherwise the opening of the next working window. */
    public Instant nextWorkingMoment(Instant moment) {
        for (LocalDate day = dayOf(moment); ; day = day.plusDays(1)) {
            for (Span span : workingSpans(day)) {
                if (span.end.isAfter(moment)) {
                    return later(span.start, moment);
                }
            }
        }
    }

    /** {@code duration} of elapsed time after {@code start}, whatever the calendar says (K-3: deadlines in hours). */
    public Instant plusWallClock(Instant start, Duration duration) {
        requireNotNegative(duration);
        return start.plus(duration);
    }

    /**
     * The moment at which {@code duration} of working time has passed since {@code start}, counting
     * only working moments. A positive duration ends inside a working window or exactly at its
     * close, never at the next opening when the previous close would do; zero returns the start.
     */
    public Instant plusWorkingTime(Instant start, Duration duration) {
        requireNotNegative(duration);
        if (duration.isZero()) {
            return start;
        }
        Duration remaining = duration;
        for (LocalDate day = dayOf(start); ; day = day.plusDays(1)) {
            for (Span span : workingSpans(day)) {
                if (span.end.isAfter(start)) {
                    Instant from = later(span.start, start);
                    Duration available = Duration.between(from, span.end);
                    if (remaining.compareTo(available) <= 0) {
                        return from.plus(remaining);
                    }
                    remaining = remaining.minus(available);
                }
            }
        }
    }

    /**
     * The working time in [from, to); zero when {@code to} is not after {@code from}. The days
     * wholly inside the range count their windows' total ({@link WorkingHours#perDay}) when the
     * zone's offset does not change within the range: on such a day local time maps to instants
     * one to one, so its spans are exactly its windows. Otherwise, and for the first and last
     * day, each day's spans are worked out.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDate first = dayOf(from);
        LocalDate last = dayOf(to);
        Duration total = workingTimeOn(first, from, to);
        if (last.isAfter(first)) {
            total = total.plus(wholeDays(first.plusDays(1), last, from, to)).plus(workingTimeOn(last, from, to));
        }
        return total;
    }

    /** The working time of the days from {@code first} up to, not including, {@code end}, all inside [from, to]. */
    private Duration wholeDays(LocalDate first, LocalDate end, Instant from, Instant to) {
        if (!first.isBefore(end)) {
            return Duration.ZERO;
        }
        ZoneOffsetTransition change = zone.getRules().nextTransition(from);
        if (change == null || change.getInstant().isAfter(to)) {
            long working = 0;
            for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
                if (isWorkingDay(day)) {
                    working++;
                }
            }
            return hours.perDay().multipliedBy(working);
        }
        Duration total = Duration.ZERO;
        for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
            total = total.plus(workingTimeOn(day, from, to));
        }
        return total;
    }

    /** The working time of {@code day} that lies in [from, to). */
    private Duration workingTimeOn(LocalDate day, Instant from, Instant to) {
        Duration total = Duration.ZERO;
        for (Span span : workingSpans(day)) {
            Instant overlapStart = later(span.start, from);
            Instant overlapEnd = span.end.isBefore(to) ? span.end : to;
            if (overlapEnd.isAfter(overlapStart)) {
                total = total.plus(Duration.between(overlapStart, overlapEnd));
            }
        }
        return total;
    }

    /** The {@code n}-th working day after {@code date}, not counting the date itself; {@code n == 0} is the date. */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a number of working days cannot be negative: " + n);
        }
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Close of business (the end of the last working window) on the {@code n}-th working day after
     * the start's local date, as in "replied to within 4 working days" (R-CO-4). With {@code n == 0}
     * it is the close of the start's own date, or of the next working day when that date is not one.
     */
    public Instant plusWorkingDays(Instant start, int n) {
        LocalDate date = start.atZone(zone).toLocalDate();
        LocalDate due = n == 0 ? firstWorkingDayFrom(date) : plusWorkingDays(date, n);
        return closeOfBusiness(due);
    }

    /**
     * How a deadline stands at {@code now}, measured on its own clock: working time for a
     * working-time deadline, elapsed time for a wall-clock one. At the due moment itself nothing
     * is left and nothing is overdue yet; past it, a deadline is overdue even when no working time
     * has passed since (overdue by zero).
     */
    public DeadlineStatus status(Deadline deadline, Instant now) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(now, "now");
        boolean overdue = now.isAfter(deadline.due());
        Instant from = overdue ? deadline.due() : now;
        Instant to = overdue ? now : deadline.due();
        Duration measured = deadline.clock() == Deadline.Clock.WORKING_TIME
                ? workingTimeBetween(from, to)
                : Duration.between(from, to);
        return overdue ? new DeadlineStatus.Overdue(measured) : new DeadlineStatus.Remaining(measured);
    }

    private LocalDate firstWorkingDayFrom(LocalDate date) {
        return Iterator.iterate(date, day -> day.plusDays(1)).find(this::isWorkingDay).get();
    }

    private Instant closeOfBusiness(LocalDate workingDay) {
        return workingSpans(workingDay)
                .lastOption()
                .map(Span::end)
                .getOrElse(() -> windowEnd(workingDay, hours.windows().last()));
    }

    /**
     * The working time of one day as sorted, disjoint, non-empty instant spans within
     * [start of day, start of next day]. Windows that touch, or that a daylight-saving gap pushes
     * into one another, are merged.
     */
    private List<Span> workingSpans(LocalDate day) {
        if (!isWorkingDay(day)) {
            return List.empty();
        }
        Instant dayStart = startOf(day);
        Instant dayEnd = startOf(day.plusDays(1));
        // The windows are sorted and local time maps to instants in order, so one pass merges them.
        java.util.ArrayList<Span> spans = new java.util.ArrayList<>(hours.windows().size());
        for (TimeWindow window : hours.windows()) {
            Instant start = clamp(ZonedDateTime.of(day, window.start(), zone).toInstant(), dayStart, dayEnd);
            Instant end = clamp(windowEnd(day, window), dayStart, dayEnd);
            if (!start.isBefore(end)) {
                continue;
            }
            int last = spans.size() - 1;
            if (last >= 0 && !spans.get(last).end.isBefore(start)) {
                spans.set(last, new Span(spans.get(last).start, later(spans.get(last).end, end)));
            } else {
                spans.add(new Span(start, end));
            }
        }
        return List.ofAll(spans);
    }

    private Instant windowEnd(LocalDate day, TimeWindow window) {
        return window.endsAtMidnight() ? startOf(day.plusDays(1)) : ZonedDateTime.of(day, window.end(), zone).toInstant();
    }

    private Instant startOf(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.MIDNIGHT, zone).toInstant();
    }

    /** The day whose [start, start of next day) holds the moment: its local date, bar exotic clock changes. */
    private LocalDate dayOf(Instant moment) {
        LocalDate local = moment.atZone(zone).toLocalDate();
        if (moment.isBefore(startOf(local))) {
            return local.minusDays(1);
        }
        return moment.isBefore(startOf(local.plusDays(1))) ? local : local.plusDays(1);
    }

    private static Instant clamp(Instant moment, Instant lowest, Instant highest) {
        return moment.isBefore(lowest) ? lowest : moment.isAfter(highest) ? highest : moment;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static void requireNotNegative(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a duration to add cannot be negative: " + duration);
        }
    }

    /** Working time [start, end) of one day, as instants. */
    private record Span(Instant start, Instant end) {
        boolean contains(Instant moment) {
            return !moment.isBefore(start) && moment.isBefore(end);
        }
    }

    /**
     * Builds a calendar written in code, e.g.
     * {@code BusinessCalendar.in(shanghai).holidays(oct1, oct7).makeUpWorkingDay(oct10).build()}.
     * Immutable: each step returns a new builder. {@link #build()} throws on a programmer error.
     */
    public static final class Builder {
        private final ZoneId zone;
        private final WorkingHours hours;
        private final Set<DayOfWeek> weekend;
        private final SortedSet<LocalDate> holidays;
        private final SortedSet<LocalDate> makeUpWorkingDays;

        private Builder(
                ZoneId zone,
                WorkingHours hours,
                Set<DayOfWeek> weekend,
                SortedSet<LocalDate> holidays,
                SortedSet<LocalDate> makeUpWorkingDays) {
            this.zone = Objects.requireNonNull(zone, "zone");
            this.hours = hours;
            this.weekend = weekend;
            this.holidays = holidays;
            this.makeUpWorkingDays = makeUpWorkingDays;
        }

        public Builder hours(WorkingHours hours) {
            return new Builder(zone, Objects.requireNonNull(hours, "hours"), weekend, holidays, makeUpWorkingDays);
        }

        /** The days of the week the office is closed; replaces the default Saturday and Sunday. */
        public Builder weekend(DayOfWeek... days) {
            return new Builder(zone, hours, TreeSet.of(days), holidays, makeUpWorkingDays);
        }

        public Builder holiday(LocalDate date) {
            return new Builder(zone, hours, weekend, holidays.add(Objects.requireNonNull(date, "date")), makeUpWorkingDays);
        }

        /** Every date from {@code from} to {@code toInclusive}, e.g. 国庆节 2026-10-01..2026-10-07. */
        public Builder holidays(LocalDate from, LocalDate toInclusive) {
            if (toInclusive.isBefore(from)) {
                throw new IllegalArgumentException("a holiday period ends on or after its first day: " + from + ".." + toInclusive);
            }
            return new Builder(
                    zone,
                    hours,
                    weekend,
                    holidays.addAll(Iterator.iterate(from, day -> day.plusDays(1)).takeWhile(day -> !day.isAfter(toInclusive))),
                    makeUpWorkingDays);
        }

        /** A day that works although it falls on the weekend (调休上班). */
        public Builder makeUpWorkingDay(LocalDate date) {
            return new Builder(zone, hours, weekend, holidays, makeUpWorkingDays.add(Objects.requireNonNull(date, "date")));
        }

        public BusinessCalendar build() {
            return new BusinessCalendar(zone, hours, weekend, holidays, makeUpWorkingDays);
        }
    }
}
