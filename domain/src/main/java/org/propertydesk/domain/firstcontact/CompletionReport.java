package org.propertydesk.domain.firstcontact;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.StaffId;

/**
 * The responsible department's report to the customer-service supervisor of when the matter was
 * finished and how (完成时间及情况); it ends first-contact responsibility (R-FC-7).
 */
@ValueObject
public record CompletionReport(
        Instant completedAt, String result, StaffId reportedBy, Department department, StaffId reportedTo, Instant at) {

    public CompletionReport {
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reportedBy, "reportedBy");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(reportedTo, "reportedTo");
        Objects.requireNonNull(at, "at");
    }
}
