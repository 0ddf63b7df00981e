package org.propertydesk.domain.risk;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a hazardous work order within its office. */
public record WorkOrderId(UUID value) implements Identifier {

    public WorkOrderId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
