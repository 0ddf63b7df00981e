package org.propertydesk.domain.risk;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a notice within its office. */
public record NoticeId(UUID value) implements Identifier {

    public NoticeId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
