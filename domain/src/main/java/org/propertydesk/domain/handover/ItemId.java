package org.propertydesk.domain.handover;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies one line of the handover register (值班交接登记表): a shared item counted face to face. */
public record ItemId(UUID value) implements Identifier {

    public ItemId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
