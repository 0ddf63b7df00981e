package org.propertydesk.domain.firstcontact;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.UUID;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/** The staff of one management office, as the first-contact scenarios need them. */
final class OfficeStaff {

    static final OfficeId OFFICE = new OfficeId(new UUID(7, 1));
    static final OfficeId OTHER_OFFICE = new OfficeId(new UUID(7, 2));
    static final Instant NINE = Instant.parse("2026-11-23T01:00:00Z");

    static final StaffMember OFFICE_MANAGER = member(1, "周经理", Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR, 99);
    static final StaffMember CUSTOMER_SERVICE_SUPERVISOR = member(2, "陈主管", Role.SUPERVISOR, Department.CUSTOMER_SERVICE, 1);
    static final StaffMember CUSTOMER_RELATIONS = member(3, "林主管", Role.CUSTOMER_RELATIONS_SUPERVISOR, Department.CUSTOMER_SERVICE, 1);
    static final StaffMember FRONT_DESK = member(4, "王芳", Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, 2);
    static final StaffMember ENGINEERING_SUPERVISOR = member(5, "赵工", Role.SUPERVISOR, Department.ENGINEERING, 1);
    static final StaffMember REPAIRER = member(6, "李师傅", Role.REPAIRER, Department.ENGINEERING, 5);
    static final StaffMember SECURITY_SUPERVISOR = member(7, "孙主管", Role.SUPERVISOR, Department.SECURITY, 1);
    static final StaffMember SECURITY_OFFICER = member(8, "钱保安", Role.SECURITY_OFFICER, Department.SECURITY, 7);
    static final StaffMember CLEANING_LEAD = member(9, "吴领班", Role.SUPERVISOR, Department.CLEANING, 1);
    static final StaffMember FINANCE_SUPERVISOR = member(10, "郑会计", Role.SUPERVISOR, Department.FINANCE, 1);
    static final StaffMember ENGINEER = member(11, "冯工", Role.SUPERVISOR, Department.ENGINEERING, 1);
    static final StaffMember STRANGER = StaffMember.of(new StaffId(new UUID(8, 1)), OTHER_OFFICE, "外人", Role.SUPERVISOR,
                    Department.ENGINEERING, Option.some(new StaffId(new UUID(8, 2))))
            .get();

    static final io.vavr.collection.List<StaffMember> EVERYONE = io.vavr.collection.List.of(
            OFFICE_MANAGER, CUSTOMER_SERVICE_SUPERVISOR, CUSTOMER_RELATIONS, FRONT_DESK, ENGINEERING_SUPERVISOR, REPAIRER,
            SECURITY_SUPERVISOR, SECURITY_OFFICER, CLEANING_LEAD, FINANCE_SUPERVISOR, ENGINEER);

    private OfficeStaff() {}

    static StaffMember byId(StaffId id) {
        return EVERYONE.find(member -> member.id().equals(id)).getOrElseThrow(() -> new IllegalArgumentException("unknown " + id));
    }

    static StaffId id(int n) {
        return new StaffId(new UUID(0, n));
    }

    private static StaffMember member(int n, String name, Role role, Department department, int superior) {
        return StaffMember.of(id(n), OFFICE, name, role, department, Option.some(id(superior))).get();
    }
}
