package org.propertydesk.domain.complaint;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a complaint within its office (K-1). */
public record ComplaintId(UUID value) implements Identifier {

    public ComplaintId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
