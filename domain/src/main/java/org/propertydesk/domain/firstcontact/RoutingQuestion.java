package org.propertydesk.domain.firstcontact;

import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * What routing needs to know (R-FC-2..R-FC-4): the role of the person holding the request, the
 * departments that are their own scope (自身职责范围), the kind of request and what it concerns.
 */
@ValueObject
public record RoutingQuestion(Role role, Set<Department> scope, RequestKind kind, Concern concern) {

    public RoutingQuestion {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(concern, "concern");
        scope = TreeSet.ofAll(scope);
    }

    /**
     * The question for a staff member: their scope is their own department; an office manager and
     * company leadership answer for every department of the office.
     */
    public static RoutingQuestion of(StaffMember holder, RequestKind kind, Concern concern) {
        return new RoutingQuestion(holder.role(), scopeOf(holder), kind, concern);
    }

    public static Set<Department> scopeOf(StaffMember member) {
        return member.role() == Role.OFFICE_MANAGER || member.role() == Role.COMPANY_LEADERSHIP
                ? TreeSet.of(Department.values())
                : TreeSet.of(member.department());
    }
}
