package org.propertydesk.domain.firstcontact;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * A line of a department's reception log (接待业主情况记录, R-FC-7): the first-contact owner's own
 * department records the request at receipt, and every department that accepts a transfer records
 * it again, always naming the first-contact employee (明确记录首问人员).
 */
@ValueObject
public record ReceptionEntry(
        OfficeId office,
        Department department,
        ServiceRequestId request,
        StaffId firstContact,
        StaffId recordedBy,
        RequestKind kind,
        String matter,
        Instant at) {

    public ReceptionEntry {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(firstContact, "firstContact");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(at, "at");
    }
}
