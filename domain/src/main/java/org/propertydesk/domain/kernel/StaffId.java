package org.propertydesk.domain.kernel;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a staff member of an office. */
public record StaffId(UUID value) implements Identifier {

    public StaffId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
