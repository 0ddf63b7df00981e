package org.propertydesk.domain.handover;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** Where a duty-log matter stands for the handover (R-HO-8): open, closed out, or carried over with a reason. */
public sealed interface Disposition {

    /** Still being worked on; blocks the handover until closed out or carried over. */
    @ValueObject
    record Open() implements Disposition {}

    /** Finished within the shift. */
    @ValueObject
    record ClosedOut() implements Disposition {}

    /** Passed to the next shift as an explicit open item. */
    @ValueObject
    record CarriedOver(String reason) implements Disposition {
        public CarriedOver {
            Objects.requireNonNull(reason, "reason");
        }
    }

    default boolean settled() {
        return !(this instanceof Open);
    }
}
