package org.propertydesk.domain.risk;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a arrears record (one overdue fee) within its office. */
public record ArrearsId(UUID value) implements Identifier {

    public ArrearsId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
