package org.propertydesk.domain.firstcontact;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.StaffId;

/**
 * A department taking a transferred request on (R-FC-5, R-FC-7). {@code wrongTransfer} records that
 * the department found the request was not its own: it takes it on toward the customer all the same
 * and may not pass it on again.
 */
@ValueObject
public record Acceptance(StaffId by, Department department, boolean wrongTransfer, Instant at) {

    public Acceptance {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(at, "at");
    }
}
