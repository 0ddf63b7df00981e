package org.propertydesk.domain.handover;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies the duty log (值班日志) of one post. */
public record DutyLogId(UUID value) implements Identifier {

    public DutyLogId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
