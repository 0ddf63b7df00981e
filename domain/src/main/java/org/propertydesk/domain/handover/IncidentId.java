package org.propertydesk.domain.handover;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a major or emergency incident (重大事件 / 紧急事件). */
public record IncidentId(UUID value) implements Identifier {

    public IncidentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
