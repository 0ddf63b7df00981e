package org.propertydesk.domain.roster;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.TimeWindow;

/**
 * One shift of a pattern (班次), e.g. the night shift 00:00–08:00. A shift dated {@code d} starts
 * on {@code d} at {@link #start()}; when {@link #end()} is not after the start (other than 24:00)
 * it ends on the next day, so 22:00–06:00 crosses midnight and 08:00–08:00 lasts a whole day.
 *
 * @param code      short name unique within a pattern ("N", "D", "E")
 * @param mealBreak the default meal break (local times) of whoever works it, if the shift has one;
 *                  an assignment may stagger it (R-RO-2: 午餐时间保证有人值班)
 */
@ValueObject
public record Shift(String code, LocalTime start, LocalTime end, Option<TimeWindow> mealBreak) {

    /** A shift touching 00:00–06:00 counts as a night shift (R-RO-4). */
    public static final LocalTime NIGHT_ENDS = LocalTime.of(6, 0);

    public Shift {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(mealBreak, "mealBreak");
    }

    public static Shift of(String code, LocalTime start, LocalTime end) {
        return new Shift(code, start, end, Option.none());
    }

    public Shift withMealBreak(LocalTime from, LocalTime to) {
        return new Shift(code, start, end, Option.some(new TimeWindow(from, to)));
    }

    /** True when the shift runs past local midnight into the next day. */
    public boolean crossesMidnight() {
        return !end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start);
    }

    /** A night shift touches the small hours (R-RO-4 counts consecutive ones). */
    public boolean isNight() {
        return crossesMidnight() || start.isBefore(NIGHT_ENDS);
    }

    /** The instants the shift dated {@code date} covers in the office's zone. */
    public Interval on(LocalDate date, ZoneId zone) {
        ZonedDateTime from = ZonedDateTime.of(date, start, zone);
        boolean nextDay = end.equals(LocalTime.MIDNIGHT) || !end.isAfter(start);
        return new Interval(from.toInstant(), ZonedDateTime.of(nextDay ? date.plusDays(1) : date, end, zone).toInstant());
    }

    /** The instants of a meal break written in local times within the shift dated {@code date}. */
    public Interval breakOn(TimeWindow window, LocalDate date, ZoneId zone) {
        Interval shift = on(date, zone);
        ZonedDateTime from = ZonedDateTime.of(date, window.start(), zone);
        if (from.toInstant().isBefore(shift.start())) {
            from = ZonedDateTime.of(date.plusDays(1), window.start(), zone);
        }
        return new Interval(from.toInstant(), from.toInstant().plus(window.length()));
    }

    @Override
    public String toString() {
        return code + " " + start + "–" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
    }
}
