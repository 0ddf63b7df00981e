package org.propertydesk.domain.handover;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a shift handover between the outgoing and incoming staff of one post. */
public record HandoverId(UUID value) implements Identifier {

    public HandoverId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
