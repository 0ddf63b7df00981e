package org.propertydesk.domain.handover;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.StaffId;

/** Signs of drink or confusion seen in the incoming person (喝酒跡象或其他神志不清現象, R-HO-3 d). */
@ValueObject
public record Unfitness(StaffId observedBy, String signs, Instant at) {

    public Unfitness {
        Objects.requireNonNull(observedBy, "observedBy");
        Objects.requireNonNull(signs, "signs");
        Objects.requireNonNull(at, "at");
    }
}
