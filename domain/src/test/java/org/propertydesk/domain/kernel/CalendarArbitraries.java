package org.propertydesk.domain.kernel;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random business calendars and moments for the K-3 properties: offices in zones with and without
 * daylight saving (Lord Howe shifts by 30 minutes, Santiago at midnight), working windows with
 * breaks on a five-minute grid (so window edges often fall into a clock change), random weekends,
 * statutory holidays and make-up working days in 2025–2028, and moments that often sit right at a
 * clock change or on a window edge.
 */
final class CalendarArbitraries {

    static final List<ZoneId> ZONES = List.of(
                    "Europe/Berlin", "America/New_York", "Asia/Shanghai", "Australia/Lord_Howe", "America/Santiago", "UTC")
            .map(ZoneId::of);

    static final List<ZoneId> DAYLIGHT_SAVING_ZONES = ZONES.filter(zone -> !zone.getRules().isFixedOffset()
            && zone.getRules().nextTransition(Instant.parse("2025-01-01T00:00:00Z")) != null);

    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2028, 12, 31);

    private static final Instant FIRST_MOMENT = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LAST_MOMENT = LAST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final int STEP_MINUTES = 5;
    private static final int STEPS_PER_DAY = 24 * 60 / STEP_MINUTES;

    private CalendarArbitraries() {}

    static Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES.asJava());
    }

    static Arbitrary<ZoneId> daylightSavingZones() {
        return Arbitraries.of(DAYLIGHT_SAVING_ZONES.asJava());
    }

    /** Around the clock now and then; otherwise one to three windows, sometimes split by a break. */
    static Arbitrary<WorkingHours> workingHours() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(WorkingHours.aroundTheClock())),
                Tuple.of(4, windows(0)),
                Tuple.of(4, hoursWithBreak(0)));
    }

    /** Working hours whose windows all lie between {@code earliest} and {@code latest}. */
    static Arbitrary<WorkingHours> workingHoursBetween(LocalTime earliest, LocalTime latest) {
        int first = earliest.toSecondOfDay() / 60 / STEP_MINUTES;
        int last = latest.toSecondOfDay() / 60 / STEP_MINUTES;
        return Arbitraries.oneOf(windows(first, last), hoursWithBreak(first, last));
    }

    private static Arbitrary<WorkingHours> windows(int firstStep) {
        return windows(firstStep, STEPS_PER_DAY);
    }

    private static Arbitrary<WorkingHours> windows(int firstStep, int lastStep) {
        return Arbitraries.integers()
                .between(1, 3)
                .flatMap(count -> Arbitraries.integers()
                        .between(firstStep, lastStep)
                        .set()
                        .ofSize(2 * count))
                .map(edges -> {
                    List<Integer> sorted = List.ofAll(edges).sorted();
                    return new WorkingHours(sorted.grouped(2)
                            .map(pair -> new TimeWindow(timeAt(pair.get(0)), timeAt(pair.get(1))))
                            .toList());
                });
    }

    private static Arbitrary<WorkingHours> hoursWithBreak(int firstStep) {
        return hoursWithBreak(firstStep, STEPS_PER_DAY);
    }

    private static Arbitrary<WorkingHours> hoursWithBreak(int firstStep, int lastStep) {
        return Arbitraries.integers()
                .between(firstStep, lastStep)
                .set()
                .ofSize(4)
                .map(edges -> {
                    List<Integer> sorted = List.ofAll(edges).sorted();
                    return WorkingHours.of(timeAt(sorted.get(0)), timeAt(sorted.get(3)))
                            .withBreak(timeAt(sorted.get(1)), timeAt(sorted.get(2)));
                });
    }

    private static LocalTime timeAt(int step) {
        return step == STEPS_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(step * STEP_MINUTES * 60L);
    }

    /** Saturday and Sunday half the time; otherwise any zero to three days. */
    static Arbitrary<java.util.Set<DayOfWeek>> weekends() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(java.util.Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))),
                Tuple.of(1, Arbitraries.of(DayOfWeek.class).set().ofMaxSize(3)));
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs()
                .between(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** Single days and periods of up to nine days, as the holiday arrangements give them. */
    static Arbitrary<List<LocalDate>> holidays() {
        Arbitrary<List<LocalDate>> period = Combinators.combine(dates(), Arbitraries.integers().between(1, 9))
                .as((first, length) -> List.range(0, length).map(first::plusDays));
        Arbitrary<List<LocalDate>> singles = dates().list().ofMaxSize(40).map(List::ofAll);
        Arbitrary<List<LocalDate>> periods = period.list().ofMaxSize(12).map(periodList -> List.ofAll(periodList).flatMap(days -> days));
        return Combinators.combine(singles, periods).as(List::appendAll);
    }

    /** Mostly weekend days, as make-up working days usually are. */
    static Arbitrary<List<LocalDate>> makeUpWorkingDays() {
        Arbitrary<LocalDate> day = Arbitraries.oneOf(
                dates(),
                dates().map(date -> date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))),
                dates().map(date -> date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))));
        return day.list().ofMaxSize(15).map(List::ofAll);
    }

    static Arbitrary<BusinessCalendar> calendars() {
        return Combinators.combine(zones(), workingHours(), weekends(), holidays(), makeUpWorkingDays())
                .as((zone, hours, weekend, holidays, makeUp) -> new BusinessCalendar(
                        zone,
                        hours,
                        TreeSet.ofAll(weekend),
                        TreeSet.ofAll(holidays),
                        TreeSet.ofAll(makeUp).removeAll(holidays)));
    }

    /** Moments in 2025–2028: on a five-minute grid, anywhere to the nanosecond, or close to a clock change. */
    static Arbitrary<Instant> instants() {
        long firstStep = FIRST_MOMENT.getEpochSecond() / (STEP_MINUTES * 60);
        long lastStep = LAST_MOMENT.getEpochSecond() / (STEP_MINUTES * 60);
        Arbitrary<Instant> onGrid = Arbitraries.longs()
                .between(firstStep, lastStep)
                .map(step -> Instant.ofEpochSecond(step * STEP_MINUTES * 60));
        Arbitrary<Instant> anywhere = Combinators.combine(
                        Arbitraries.longs().between(FIRST_MOMENT.getEpochSecond(), LAST_MOMENT.getEpochSecond()),
                        Arbitraries.longs().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
        Arbitrary<Instant> nearClockChange = daylightSavingZones().flatMap(CalendarArbitraries::nearClockChange);
        return Arbitraries.frequencyOf(Tuple.of(5, onGrid), Tuple.of(2, anywhere), Tuple.of(2, nearClockChange));
    }

    /** Moments within two days either side of one of the zone's clock changes in 2025–2028. */
    static Arbitrary<Instant> nearClockChange(ZoneId zone) {
        return Combinators.combine(
                        Arbitraries.of(clockChanges(zone).asJava()),
                        Arbitraries.longs().between(-2 * 24 * 12, 2 * 24 * 12))
                .as((change, steps) -> change.getInstant().plus(Duration.ofMinutes(steps * STEP_MINUTES)));
    }

    /**
     * The days in 2025–2028 that a clock change makes longer or shorter than 24 hours. (Which day
     * that is depends on the zone: Santiago's autumn change at midnight lengthens the Saturday.)
     */
    static Arbitrary<LocalDate> clockChangeDates(ZoneId zone) {
        return Arbitraries.of(clockChanges(zone)
                .flatMap(change -> List.of(
                        change.getInstant().minusNanos(1).atZone(zone).toLocalDate(),
                        change.getInstant().atZone(zone).toLocalDate()))
                .distinct()
                .filter(date -> !lengthOf(date, zone).equals(Duration.ofHours(24)))
                .asJava());
    }

    static Duration lengthOf(LocalDate date, ZoneId zone) {
        return Duration.between(date.atStartOfDay(zone), date.plusDays(1).atStartOfDay(zone));
    }

    static List<ZoneOffsetTransition> clockChanges(ZoneId zone) {
        List<ZoneOffsetTransition> changes = List.empty();
        for (ZoneOffsetTransition next = zone.getRules().nextTransition(FIRST_MOMENT);
                next != null && next.getInstant().isBefore(LAST_MOMENT);
                next = zone.getRules().nextTransition(next.getInstant())) {
            changes = changes.append(next);
        }
        return changes;
    }

    /** Durations up to 200 hours: whole five minutes mostly, some to the nanosecond, some tiny. */
    static Arbitrary<Duration> positiveDurations() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.longs().between(1, 200 * 12).map(steps -> Duration.ofMinutes(steps * STEP_MINUTES))),
                Tuple.of(2, Arbitraries.longs().between(1, Duration.ofHours(200).toNanos()).map(Duration::ofNanos)),
                Tuple.of(1, Arbitraries.longs().between(1, Duration.ofMinutes(1).toNanos()).map(Duration::ofNanos)));
    }
}
