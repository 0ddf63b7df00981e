package org.propertydesk.domain.kernel;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A member of an office's staff (K-4): where they stand (role, department), who their one direct
 * superior is, and the clearance they hold (R-CF-2, by default the role's).
 *
 * <p>Only company leadership has no superior. Build one from untrusted input with
 * {@link #of}, which reports every problem at once.
 */
@AggregateRoot
public record StaffMember(
        @Identity StaffId id,
        OfficeId office,
        String name,
        Role role,
        Department department,
        Option<StaffId> superior,
        ClearanceLevel clearance) {

    public StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(superior, "superior");
        Objects.requireNonNull(clearance, "clearance");
    }

    /** A staff member with the role's default clearance. */
    public static Either<Rejections<KernelRejection>, StaffMember> of(
            StaffId id, OfficeId office, String name, Role role, Department department, Option<StaffId> superior) {
        return of(id, office, name, role, department, superior, role.defaultClearance());
    }

    public static Either<Rejections<KernelRejection>, StaffMember> of(
            StaffId id,
            OfficeId office,
            String name,
            Role role,
            Department department,
            Option<StaffId> superior,
            ClearanceLevel clearance) {
        List<KernelRejection> reasons = List.empty();
        if (name == null || name.isBlank()) {
            reasons = reasons.append(new KernelRejection.BlankStaffName());
        }
        if (superior.contains(id)) {
            reasons = reasons.append(new KernelRejection.OwnSuperior(id));
        }
        if (superior.isEmpty() && role != Role.COMPANY_LEADERSHIP) {
            reasons = reasons.append(new KernelRejection.MissingSuperior(id, role));
        }
        return Rejections.unless(
                reasons, () -> new StaffMember(id, office, name.strip(), role, department, superior, clearance));
    }

    public boolean clearedFor(ClearanceLevel level) {
        return clearance.covers(level);
    }

    public StaffMember withClearance(ClearanceLevel level) {
        return new StaffMember(id, office, name, role, department, superior, level);
    }
}
