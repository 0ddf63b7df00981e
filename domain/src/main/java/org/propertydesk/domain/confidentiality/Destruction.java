package org.propertydesk.domain.confidentiality;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.StaffId;

/** When, how and on whose approval a document was destroyed (R-CF-6). */
@ValueObject
public record Destruction(Instant at, Disposal disposal, StaffId approvedBy) {

    public Destruction {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(disposal, "disposal");
        Objects.requireNonNull(approvedBy, "approvedBy");
    }
}
