package org.propertydesk.domain.confidentiality;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies one loan of a document to one borrower. */
public record LoanId(UUID value) implements Identifier {

    public LoanId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
