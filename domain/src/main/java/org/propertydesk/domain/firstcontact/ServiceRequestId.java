package org.propertydesk.domain.firstcontact;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a service request within its office (K-1). */
public record ServiceRequestId(UUID value) implements Identifier {

    public ServiceRequestId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
