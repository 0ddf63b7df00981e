package org.propertydesk.domain.firstcontact;

import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.StaffId;

/**
 * A 客户接待事项协调单: filed by customer relations when several departments share a request, naming
 * the lead department (R-FC-4), or by a department that received a wrong transfer, with the
 * customer-service supervisor who coordinates it (R-FC-5).
 */
@ValueObject
public record CoordinationForm(
        Reason reason, Department lead, Set<Department> departments, StaffId filedBy, StaffId filedWith, Instant at) {

    public enum Reason {
        /** 多部门责任 (R-FC-4). */
        SHARED_RESPONSIBILITY,
        /** 首问责任人责任转移错误 (R-FC-5). */
        WRONG_TRANSFER
    }

    public CoordinationForm {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(departments, "departments");
        Objects.requireNonNull(filedBy, "filedBy");
        Objects.requireNonNull(filedWith, "filedWith");
        Objects.requireNonNull(at, "at");
        departments = TreeSet.ofAll(departments);
    }
}
