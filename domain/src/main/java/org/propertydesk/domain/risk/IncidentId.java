package org.propertydesk.domain.risk;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a incident record of the office's conduct within its office. */
public record IncidentId(UUID value) implements Identifier {

    public IncidentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
