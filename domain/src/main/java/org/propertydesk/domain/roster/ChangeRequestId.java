package org.propertydesk.domain.roster;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a change request made against a published roster (R-RO-6). */
public record ChangeRequestId(UUID value) implements Identifier {

    public ChangeRequestId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
