package org.propertydesk.domain.complaint;

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

/** An office in Shanghai with its 2026 calendar, its staff, and complaints as the desk takes them. */
final class ComplaintFixture {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final OfficeId OFFICE = new OfficeId(new UUID(1, 1));

    static final StaffMember MANAGER = staff(1, Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR, 0);
    static final StaffMember SUPERVISOR = staff(2, Role.CUSTOMER_RELATIONS_SUPERVISOR, Department.CUSTOMER_SERVICE, 1);
    static final StaffMember ASSISTANT = staff(3, Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, 2);
    static final StaffMember ENGINEERING_HEAD = staff(4, Role.DEPARTMENT_MANAGER, Department.ENGINEERING, 1);
    static final StaffMember CLEANING_HEAD = staff(5, Role.SUPERVISOR, Department.CLEANING, 1);
    static final StaffMember REPAIRER = staff(6, Role.REPAIRER, Department.ENGINEERING, 4);

    static final ComplainantId RESIDENT = new ComplainantId("3-1201");
    static final Location LIFT_LOBBY = new Location("Building 3 lift lobby");

    private ComplaintFixture() {}

    private static StaffMember staff(int n, Role role, Department department, int superior) {
        return new StaffMember(
                new StaffId(new UUID(2, n)),
                OFFICE,
                role + " " + n,
                role,
                department,
                superior == 0 ? Option.none() : Option.some(new StaffId(new UUID(2, superior))),
                role.defaultClearance());
    }

    /** Default hours 09:00–18:00 with lunch 12:00–13:00, Saturday and Sunday off, the 2026 holidays and make-up days. */
    static BusinessCalendar shanghai2026() {
        return BusinessCalendar.in(SHANGHAI)
                .holidays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3))
                .makeUpWorkingDay(LocalDate.of(2026, 1, 4))
                // 春节: Sun 15 Feb – Mon 23 Feb off; Sat 14 Feb and Sat 28 Feb worked.
                .holidays(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23))
                .makeUpWorkingDay(LocalDate.of(2026, 2, 14))
                .makeUpWorkingDay(LocalDate.of(2026, 2, 28))
                .holidays(LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 6))
                .holidays(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5))
                .makeUpWorkingDay(LocalDate.of(2026, 5, 9))
                .holidays(LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 21))
                .holidays(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 27))
                // 国庆节: Thu 1 Oct – Wed 7 Oct off; Sun 20 Sep and Sat 10 Oct worked.
                .holidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))
                .makeUpWorkingDay(LocalDate.of(2026, 9, 20))
                .makeUpWorkingDay(LocalDate.of(2026, 10, 10))
                .build();
    }

    /** A local date and time in Shanghai, e.g. {@code shanghai("2026-02-14T17:55")}. */
    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    /** The company failed: an effective complaint about {@code subject}. */
    static IntakeFacts companyFailure(Subject subject) {
        return new IntakeFacts(subject, LIFT_LOBBY, new Cause.CompanyFailure(), Ask.BE_HEARD, Option.none(), false, "…");
    }

    /** Nobody's fault: a communicative complaint whose kind the ask decides. */
    static IntakeFacts noFault(Subject subject, Ask ask) {
        return new IntakeFacts(subject, LIFT_LOBBY, new Cause.NoFault(), ask, Option.none(), false, "…");
    }

    static IntakeFacts repairRequest(RepairUrgency urgency) {
        return noFault(Subject.EQUIPMENT_REPAIR, Ask.HELP).withRepair(urgency);
    }

    static Complaint registered(int n, IntakeFacts facts, Instant at) {
        return registered(n, RESIDENT, facts, at);
    }

    static Complaint registered(int n, ComplainantId complainant, IntakeFacts facts, Instant at) {
        return Complaint.register(new ComplaintId(new UUID(3, n)), OFFICE, complainant, facts, ASSISTANT,
                        Option.some(SUPERVISOR.id()), at)
                .get()
                .complaint();
    }

    /** An effective complaint walked through ①–⑤ by the engineering head, one hour per step. */
    static Complaint handledByEngineeringHead(Complaint effective, Instant from) {
        return effective.determineNature(ASSISTANT, from).get().complaint()
                .determineDepartment(ASSISTANT, Department.ENGINEERING, from.plusSeconds(3600)).get().complaint()
                .headOnSite(ENGINEERING_HEAD, from.plusSeconds(7200)).get().complaint()
                .headHandles(ENGINEERING_HEAD, from.plusSeconds(10800)).get().complaint();
    }

    /** A communicative complaint walked through ①–③ by the assistant. */
    static Complaint paymentChecked(Complaint communicative, Instant from) {
        return communicative.confirmIdentity(ASSISTANT, from).get().complaint()
                .checkPaymentStatus(ASSISTANT, PaymentStanding.UP_TO_DATE, from.plusSeconds(600)).get().complaint();
    }
}
