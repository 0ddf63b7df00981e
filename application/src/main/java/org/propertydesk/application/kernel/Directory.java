package org.propertydesk.application.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * The office's staff: roles, departments and the line of direct superiors (K-4). Every read is
 * scoped to one office (K-1): a staff member of another office is not found.
 */
@SecondaryPort
public interface Directory {

    Option<StaffMember> staffMember(OfficeId office, StaffId staff);

    /** Everyone on the office's staff, in a stable order (by id). */
    Seq<StaffMember> staffOf(OfficeId office);

    /** Adds or replaces a staff member of {@code member.office()}. */
    void register(StaffMember member);

    /** The direct superior of a staff member, if both are on the office's staff. */
    default Option<StaffMember> superiorOf(OfficeId office, StaffId staff) {
        return staffMember(office, staff).flatMap(StaffMember::superior).flatMap(boss -> staffMember(office, boss));
    }

    default Seq<StaffMember> inDepartment(OfficeId office, Department department) {
        return staffOf(office).filter(member -> member.department() == department);
    }

    default Seq<StaffMember> holding(OfficeId office, Role role) {
        return staffOf(office).filter(member -> member.role() == role);
    }
}
