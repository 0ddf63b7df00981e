package org.propertydesk.domain.kernel;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The opening hours of one working day (K-3): one or more windows of the local day, sorted and
 * not overlapping, e.g. 09:00–12:00 and 13:00–18:00 around a lunch break. Windows may touch.
 *
 * <p>{@link #of(LocalTime, LocalTime)} and {@link #withBreak} are for hours written in code and
 * throw on a programmer error; hours from untrusted input go through {@link #of(Iterable)}, which
 * reports every problem at once.
 */
@ValueObject
public record WorkingHours(List<TimeWindow> windows) {

    private static final Comparator<TimeWindow> BY_START =
            Comparator.comparingLong(TimeWindow::startNanos).thenComparingLong(TimeWindow::endNanos);

    public WorkingHours {
        Objects.requireNonNull(windows, "windows");
        windows.forEach(window -> Objects.requireNonNull(window, "window"));
        if (!problems(windows).isEmpty() || !windows.sorted(BY_START).equals(windows)) {
            throw new IllegalArgumentException(
                    "working hours need sorted, non-overlapping windows, at least one: " + windows);
        }
    }

    /** One window from opening to closing time; a close of 00:00 means open until midnight. */
    public static WorkingHours of(LocalTime open, LocalTime close) {
        return new WorkingHours(List.of(new TimeWindow(open, close)));
    }

    /** 00:00–24:00 every working day. */
    public static WorkingHours aroundTheClock() {
        return new WorkingHours(List.of(TimeWindow.wholeDay()));
    }

    /** Working hours from untrusted input, in any order; every overlap is reported. */
    public static Either<Rejections<KernelRejection>, WorkingHours> of(Iterable<TimeWindow> windows) {
        List<TimeWindow> sorted = List.ofAll(windows).sorted(BY_START);
        return Rejections.unless(problems(sorted), () -> new WorkingHours(sorted));
    }

    /**
     * The same hours with a break taken out, e.g. lunch 12:00–13:00 splits 09:00–18:00 into
     * 09:00–12:00 and 13:00–18:00. A break must lie within the day's hours (from the first opening
     * to the last closing), take out some working time and leave some; anything else is a
     * programmer error.
     */
    public WorkingHours withBreak(LocalTime from, LocalTime to) {
        TimeWindow pause = new TimeWindow(from, to);
        if (pause.startNanos() < windows.head().startNanos()
                || pause.endNanos() > windows.last().endNanos()
                || !windows.exists(pause::overlaps)) {
            throw new IllegalArgumentException("the break " + pause + " lies outside the working hours " + this);
        }
        List<TimeWindow> remaining = windows.flatMap(window -> List.of(
                        TimeWindow.ofNanosIfNotEmpty(window.startNanos(), Math.min(window.endNanos(), pause.startNanos())),
                        TimeWindow.ofNanosIfNotEmpty(Math.max(window.startNanos(), pause.endNanos()), window.endNanos()))
                .flatMap(part -> part));
        if (remaining.isEmpty()) {
            throw new IllegalArgumentException("the break " + pause + " leaves no working time in " + this);
        }
        return new WorkingHours(remaining);
    }

    /** The nominal working time of one day (the total of the windows on a day without a clock change). */
    public Duration perDay() {
        return windows.map(TimeWindow::length).foldLeft(Duration.ZERO, Duration::plus);
    }

    private static List<KernelRejection> problems(List<TimeWindow> windows) {
        if (windows.isEmpty()) {
            return List.of(new KernelRejection.NoWorkingWindows());
        }
        return windows.zipWithIndex()
                .flatMap(earlier -> windows.drop(earlier._2 + 1)
                        .filter(later -> later.overlaps(earlier._1))
                        .map(later -> (KernelRejection) new KernelRejection.OverlappingWindows(earlier._1, later)));
    }

    @Override
    public String toString() {
        return windows.mkString(", ");
    }
}
