package org.propertydesk.domain.firstcontact;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.StaffId;

/**
 * One change of hands (R-FC-6): who passed the request, to whom and which department, by which
 * method, and — for an escort — when the customer agreed. The first-contact owner stays the owner.
 */
@ValueObject
public record Transfer(
        StaffId from, StaffId to, Department toDepartment, TransferMethod method, Option<Instant> consentGivenAt, Instant at) {

    public Transfer {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(toDepartment, "toDepartment");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(consentGivenAt, "consentGivenAt");
        Objects.requireNonNull(at, "at");
    }
}
