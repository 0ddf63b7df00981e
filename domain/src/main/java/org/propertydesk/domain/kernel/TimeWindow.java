package org.propertydesk.domain.kernel;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A stretch of the office's local day, such as the morning opening 09:00–12:00 (K-3). The end is
 * exclusive; an end of {@link LocalTime#MIDNIGHT} means the end of the day (24:00), so 00:00–00:00
 * is the whole day. Which instants a window covers on a given date is the calendar's business
 * ({@link BusinessCalendar}), because it depends on the office's time zone.
 *
 * <p>Build one from untrusted input with {@link #of}; the constructor treats an empty or inverted
 * window as a programmer error.
 */
@ValueObject
public record TimeWindow(LocalTime start, LocalTime end) {

    static final long NANOS_PER_DAY = Duration.ofDays(1).toNanos();

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!endsAfterStart(start, end)) {
            throw new IllegalArgumentException("a time window must end after it starts: " + format(start, end));
        }
    }

    public static Either<Rejections<KernelRejection>, TimeWindow> of(LocalTime start, LocalTime end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        return Rejections.unless(
                endsAfterStart(start, end)
                        ? List.<KernelRejection>empty()
                        : List.<KernelRejection>of(new KernelRejection.InvertedTimeWindow(start, end)),
                () -> new TimeWindow(start, end));
    }

    /** The whole day, 00:00–24:00. */
    public static TimeWindow wholeDay() {
        return new TimeWindow(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    /** The nominal length, as read off a wall clock on a day without a daylight-saving change. */
    public Duration length() {
        return Duration.ofNanos(endNanos() - startNanos());
    }

    /** True when the two windows share some moment of the day; windows that merely touch do not. */
    public boolean overlaps(TimeWindow other) {
        return startNanos() < other.endNanos() && other.startNanos() < endNanos();
    }

    /** True when the end is the end of the day (24:00) rather than a time of the day. */
    public boolean endsAtMidnight() {
        return end.equals(LocalTime.MIDNIGHT);
    }

    long startNanos() {
        return start.toNanoOfDay();
    }

    long endNanos() {
        return endNanos(end);
    }

    /** The window between two nano-of-day marks (the end may be 24:00), if it is not empty. */
    static Option<TimeWindow> ofNanosIfNotEmpty(long startNanos, long endNanos) {
        return startNanos < endNanos
                ? Option.some(new TimeWindow(
                        LocalTime.ofNanoOfDay(startNanos),
                        endNanos == NANOS_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.ofNanoOfDay(endNanos)))
                : Option.none();
    }

    private static long endNanos(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : end.toNanoOfDay();
    }

    private static boolean endsAfterStart(LocalTime start, LocalTime end) {
        return start.toNanoOfDay() < endNanos(end);
    }

    static String format(LocalTime start, LocalTime end) {
        return start + "–" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
    }

    @Override
    public String toString() {
        return format(start, end);
    }
}
