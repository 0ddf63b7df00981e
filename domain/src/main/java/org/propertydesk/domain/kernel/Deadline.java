package org.propertydesk.domain.kernel;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * When something is due and on which clock its time is counted (K-3, R-CO-4): "within 24 h" is
 * elapsed time, "within 8 working hours" or "within 4 working days" counts only the office's working
 * time. The clock decides how {@link BusinessCalendar#status} measures what is left or overdue.
 */
@ValueObject
public record Deadline(Instant due, Clock clock) {

    /** What a deadline's time is counted on. */
    public enum Clock {
        /** Elapsed time, whatever the calendar says. */
        WALL_CLOCK,
        /** Only the office's working moments. */
        WORKING_TIME
    }

    public Deadline {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(clock, "clock");
    }

    /** Due {@code duration} of elapsed time after {@code start}, e.g. the 24 h answer to every complaint. */
    public static Deadline wallClock(Instant start, Duration duration, BusinessCalendar calendar) {
        return new Deadline(calendar.plusWallClock(start, duration), Clock.WALL_CLOCK);
    }

    /** Due once {@code duration} of working time has passed after {@code start}. */
    public static Deadline workingTime(Instant start, Duration duration, BusinessCalendar calendar) {
        return new Deadline(calendar.plusWorkingTime(start, duration), Clock.WORKING_TIME);
    }

    /** Due at close of business on the {@code n}-th working day after the start's date, e.g. a reply within 4 working days. */
    public static Deadline workingDays(Instant start, int n, BusinessCalendar calendar) {
        return new Deadline(calendar.plusWorkingDays(start, n), Clock.WORKING_TIME);
    }
}
