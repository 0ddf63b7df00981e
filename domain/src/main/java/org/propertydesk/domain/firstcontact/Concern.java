package org.propertydesk.domain.firstcontact;

import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Department;

/**
 * Which departments a request concerns, as far as the person holding it can tell (R-FC-3, R-FC-4):
 * none named means the responsible department is unclear (不能清楚判定属何部门责任); several mean
 * shared responsibility (多部门责任); {@code acrossOffices} means it needs more than this management
 * office (需跨管理部处理).
 */
@ValueObject
public record Concern(Set<Department> departments, boolean acrossOffices) {

    public Concern {
        Objects.requireNonNull(departments, "departments");
        departments = TreeSet.ofAll(departments);
    }

    public static Concern unclear() {
        return new Concern(TreeSet.empty(), false);
    }

    public static Concern of(Department first, Department... more) {
        return new Concern(TreeSet.of(first).addAll(TreeSet.of(more)), false);
    }

    /** A request that spans management offices, whatever departments are named. */
    public static Concern spanningOffices(Department... departments) {
        return new Concern(TreeSet.of(departments), true);
    }

    public boolean isUnclear() {
        return departments.isEmpty();
    }

    public boolean isSingleDepartment() {
        return departments.size() == 1;
    }

    public boolean isShared() {
        return departments.size() > 1;
    }

    /** Within a scope when the office alone is concerned and every department named lies in the scope. */
    public boolean within(Set<Department> scope) {
        return !acrossOffices && !isUnclear() && scope.containsAll(departments);
    }
}
