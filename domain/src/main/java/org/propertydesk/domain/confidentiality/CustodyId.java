package org.propertydesk.domain.confidentiality;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies one hand-out of an original or certificate for a task (R-CF-5). */
public record CustodyId(UUID value) implements Identifier {

    public CustodyId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
