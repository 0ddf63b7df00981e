package org.propertydesk.domain.confidentiality;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a document or archive file kept by an office's records office. */
public record DocumentId(UUID value) implements Identifier {

    public DocumentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
