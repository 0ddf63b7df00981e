package org.propertydesk.domain.firstcontact;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.StaffId;

/** What the customer was told, by whom and when; screened before it is kept (R-FC-8). */
@ValueObject
public record CustomerReply(String text, StaffId by, Department department, Instant at) {

    public CustomerReply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(at, "at");
    }
}
