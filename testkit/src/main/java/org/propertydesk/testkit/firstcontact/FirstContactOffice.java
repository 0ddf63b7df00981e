package org.propertydesk.testkit.firstcontact;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.UUID;
import org.propertydesk.application.kernel.Directory;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * A small management office staffed for first-contact scenarios: the office manager, the
 * customer-service supervisor and customer-relations supervisor, a front-desk assistant, a
 * supervisor per operating department with one operator each, and a finance supervisor. Every
 * operator's direct superior is their department's supervisor (K-4).
 */
public final class FirstContactOffice {

    public final OfficeId office;
    public final StaffMember officeManager;
    public final StaffMember customerServiceSupervisor;
    public final StaffMember customerRelations;
    public final StaffMember frontDesk;
    public final StaffMember engineeringSupervisor;
    public final StaffMember repairer;
    public final StaffMember securitySupervisor;
    public final StaffMember securityOfficer;
    public final StaffMember cleaningLead;
    public final StaffMember cleaner;
    public final StaffMember financeSupervisor;

    private FirstContactOffice(long officeNumber) {
        office = new OfficeId(new UUID(officeNumber, 0));
        officeManager = member(1, "周经理", Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR, 100);
        customerServiceSupervisor = member(2, "陈主管", Role.SUPERVISOR, Department.CUSTOMER_SERVICE, 1);
        customerRelations = member(3, "林主管", Role.CUSTOMER_RELATIONS_SUPERVISOR, Department.CUSTOMER_SERVICE, 1);
        frontDesk = member(4, "王芳", Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, 2);
        engineeringSupervisor = member(5, "赵工", Role.SUPERVISOR, Department.ENGINEERING, 1);
        repairer = member(6, "李师傅", Role.REPAIRER, Department.ENGINEERING, 5);
        securitySupervisor = member(7, "孙主管", Role.SUPERVISOR, Department.SECURITY, 1);
        securityOfficer = member(8, "钱保安", Role.SECURITY_OFFICER, Department.SECURITY, 7);
        cleaningLead = member(9, "吴领班", Role.SUPERVISOR, Department.CLEANING, 1);
        cleaner = member(10, "郑阿姨", Role.CLEANER, Department.CLEANING, 9);
        financeSupervisor = member(11, "冯会计", Role.SUPERVISOR, Department.FINANCE, 1);
    }

    /** The office numbered {@code officeNumber}; staff ids are unique across offices. */
    public static FirstContactOffice numbered(long officeNumber) {
        return new FirstContactOffice(officeNumber);
    }

    public List<StaffMember> everyone() {
        return List.of(officeManager, customerServiceSupervisor, customerRelations, frontDesk, engineeringSupervisor, repairer,
                securitySupervisor, securityOfficer, cleaningLead, cleaner, financeSupervisor);
    }

    /** The supervisor of a department who receives its transfers, if the office has one. */
    public Option<StaffMember> supervisorOf(Department department) {
        return everyone().find(member -> member.department() == department
                && (member.role() == Role.SUPERVISOR || member.role() == Role.CUSTOMER_RELATIONS_SUPERVISOR));
    }

    public StaffMember byId(StaffId id) {
        return everyone().find(member -> member.id().equals(id))
                .getOrElseThrow(() -> new IllegalArgumentException("not on this office's staff: " + id));
    }

    public <D extends Directory> D registerIn(D directory) {
        everyone().forEach(directory::register);
        return directory;
    }

    private StaffMember member(int n, String name, Role role, Department department, int superior) {
        return StaffMember.of(staff(n), office, name, role, department, Option.some(staff(superior))).get();
    }

    private StaffId staff(int n) {
        return new StaffId(new UUID(office.value().getMostSignificantBits(), n));
    }
}
