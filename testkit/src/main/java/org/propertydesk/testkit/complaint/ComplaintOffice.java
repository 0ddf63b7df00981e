package org.propertydesk.testkit.complaint;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * A management office in Shanghai for complaint scenarios: its staff (an office manager, a
 * customer-relations supervisor, a front-desk assistant, the engineering manager, a repairer) and
 * its 2026 business calendar with the State Council's holidays and make-up working days.
 */
public final class ComplaintOffice {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final OfficeId OFFICE = new OfficeId(new UUID(0x0FF1CE, 1));
    public static final OfficeId OTHER_OFFICE = new OfficeId(new UUID(0x0FF1CE, 2));

    public static final StaffMember MANAGER = staff(1, Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR, 0);
    public static final StaffMember SUPERVISOR = staff(2, Role.CUSTOMER_RELATIONS_SUPERVISOR, Department.CUSTOMER_SERVICE, 1);
    public static final StaffMember ASSISTANT = staff(3, Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, 2);
    public static final StaffMember ENGINEERING_HEAD = staff(4, Role.DEPARTMENT_MANAGER, Department.ENGINEERING, 1);
    public static final StaffMember REPAIRER = staff(5, Role.REPAIRER, Department.ENGINEERING, 4);

    private ComplaintOffice() {}

    public static List<StaffMember> staff() {
        return List.of(MANAGER, SUPERVISOR, ASSISTANT, ENGINEERING_HEAD, REPAIRER);
    }

    private static StaffMember staff(int n, Role role, Department department, int superior) {
        return new StaffMember(
                new StaffId(new UUID(0x57AFF, n)),
                OFFICE,
                role.name().toLowerCase() + " " + n,
                role,
                department,
                superior == 0 ? Option.none() : Option.some(new StaffId(new UUID(0x57AFF, superior))),
                role.defaultClearance());
    }

    /** 09:00–18:00 with lunch 12:00–13:00, Saturday and Sunday off, the 2026 holidays and make-up days. */
    public static BusinessCalendar calendar2026() {
        return BusinessCalendar.in(SHANGHAI)
                .holidays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3))
                .makeUpWorkingDay(LocalDate.of(2026, 1, 4))
                .holidays(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23))
                .makeUpWorkingDay(LocalDate.of(2026, 2, 14))
                .makeUpWorkingDay(LocalDate.of(2026, 2, 28))
                .holidays(LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 6))
                .holidays(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5))
                .makeUpWorkingDay(LocalDate.of(2026, 5, 9))
                .holidays(LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 21))
                .holidays(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 27))
                .holidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))
                .makeUpWorkingDay(LocalDate.of(2026, 9, 20))
                .makeUpWorkingDay(LocalDate.of(2026, 10, 10))
                .build();
    }

    /** A local date and time in Shanghai, e.g. {@code shanghai("2026-02-14T17:55")}. */
    public static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
