package org.propertydesk.domain.handover;

import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.StaffId;

/**
 * What may change while a handover is open: who is coming in (a substitute may replace an unfit
 * person), when they arrived (R-HO-4), whether they are unfit and which major equipment is starting
 * up or shutting down (R-HO-3 b, d).
 */
@ValueObject
public record Circumstances(
        StaffId incoming, Option<Timing> arrival, Option<Unfitness> unfit, Set<String> equipmentChanging) {

    public Circumstances {
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(unfit, "unfit");
        Objects.requireNonNull(equipmentChanging, "equipmentChanging");
    }

    Circumstances arrived(Timing timing) {
        return new Circumstances(incoming, Option.some(timing), unfit, equipmentChanging);
    }

    Circumstances unfit(Unfitness unfitness) {
        return new Circumstances(incoming, arrival, Option.some(unfitness), equipmentChanging);
    }

    Circumstances substitutedBy(StaffId substitute) {
        return new Circumstances(substitute, Option.none(), Option.none(), equipmentChanging);
    }

    Circumstances equipment(Set<String> changing) {
        return new Circumstances(incoming, arrival, unfit, changing);
    }
}
