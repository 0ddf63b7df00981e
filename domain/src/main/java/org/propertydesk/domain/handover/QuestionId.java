package org.propertydesk.domain.handover;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a question the incoming person raised during a handover. */
public record QuestionId(UUID value) implements Identifier {

    public QuestionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
