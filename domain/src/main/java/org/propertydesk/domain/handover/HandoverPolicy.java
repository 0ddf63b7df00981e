package org.propertydesk.domain.handover;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The lead times of R-HO-4: the outgoing person prepares from {@code preparationLead} before the
 * shift change (交班前15min), the incoming person arrives at least {@code arrivalLead} before it
 * (提前5min). An integrator may change either number.
 */
@ValueObject
public record HandoverPolicy(Duration preparationLead, Duration arrivalLead) {

    public HandoverPolicy {
        Objects.requireNonNull(preparationLead, "preparationLead");
        Objects.requireNonNull(arrivalLead, "arrivalLead");
        if (preparationLead.isNegative() || arrivalLead.isNegative()) {
            throw new IllegalArgumentException("lead times are not negative");
        }
    }

    /** DOMAIN.md R-HO-4: prepare from 15 minutes before, arrive at least 5 minutes before. */
    public static HandoverPolicy defaults() {
        return new HandoverPolicy(Duration.ofMinutes(15), Duration.ofMinutes(5));
    }

    /** How the outgoing person's start of preparation at {@code at} stands against the shift change. */
    public Timing preparation(Instant at, Instant shiftChange) {
        return Timing.of(at, shiftChange, preparationLead);
    }

    /** How the incoming person's arrival at {@code at} stands against the shift change. */
    public Timing arrival(Instant at, Instant shiftChange) {
        return Timing.of(at, shiftChange, arrivalLead);
    }
}
