package org.propertydesk.domain.handover;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies one matter in a duty log. */
public record EntryId(UUID value) implements Identifier {

    public EntryId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
