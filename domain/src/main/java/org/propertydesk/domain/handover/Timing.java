package org.propertydesk.domain.handover;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * When someone did their part of a handover, recorded against the shift change (R-HO-4): how long
 * before it ({@code beforeShiftChange}, negative when after) and whether that was in good time.
 */
@ValueObject
public record Timing(Instant at, Duration beforeShiftChange, Punctuality punctuality) {

    /** In good time (at least the lead before the shift change) or late. */
    public enum Punctuality {
        EARLY,
        LATE
    }

    public Timing {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(beforeShiftChange, "beforeShiftChange");
        Objects.requireNonNull(punctuality, "punctuality");
    }

    static Timing of(Instant at, Instant shiftChange, Duration lead) {
        Duration before = Duration.between(at, shiftChange);
        return new Timing(at, before, before.compareTo(lead) >= 0 ? Punctuality.EARLY : Punctuality.LATE);
    }

    public boolean late() {
        return punctuality == Punctuality.LATE;
    }
}
