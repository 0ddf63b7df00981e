package org.propertydesk.domain.complaint;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** A stretch during which the desk waited for the resident (R-CO-4); open while {@code until} is empty. */
@ValueObject
public record Pause(Instant from, Option<Instant> until, String reason) {

    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(reason, "reason");
    }

    /** The end of the pause as seen at {@code now}: its end, or now while it is still open. */
    public Instant endAsOf(Instant now) {
        return until.getOrElse(now);
    }
}
