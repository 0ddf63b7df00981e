package org.propertydesk.domain.roster;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a roster of an office (K-1): one period, all of its versions. */
public record RosterId(UUID value) implements Identifier {

    public RosterId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
