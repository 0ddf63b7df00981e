package org.propertydesk.domain.roster;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** A stretch of standard time [start, end) (K-2): a shift as worked, an uncovered hole, a clash. */
@ValueObject
public record Interval(Instant start, Instant end) implements Comparable<Interval> {

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an interval must end after it starts: " + start + "–" + end);
        }
    }

    public boolean contains(Instant moment) {
        return !moment.isBefore(start) && moment.isBefore(end);
    }

    /** True when the two share some moment; intervals that merely touch do not. */
    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean encloses(Interval other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** The shared part; only meaningful when {@link #overlaps} holds. */
    public Interval intersection(Interval other) {
        return new Interval(start.isAfter(other.start) ? start : other.start, end.isBefore(other.end) ? end : other.end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    @Override
    public int compareTo(Interval other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
