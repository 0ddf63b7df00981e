package org.propertydesk.testkit.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.kernel.WorkingHours;

/**
 * jqwik arbitraries for the shared kernel, valid by construction and shrinking towards small,
 * readable examples: ids that count from 1, directories whose every member has a direct superior
 * on the same office's staff, and business calendars as Chinese offices keep them.
 *
 * <pre>{@code
 * @Property
 * void everyoneAnswersToSomeone(@ForAll("staff") Seq<StaffMember> staff) { … }
 *
 * @Provide
 * Arbitrary<Seq<StaffMember>> staff() {
 *     return KernelArbitraries.offices().flatMap(KernelArbitraries::directories);
 * }
 * }</pre>
 */
public final class KernelArbitraries {

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "欧阳");
    private static final List<String> GIVEN_NAMES = List.of("芳", "伟", "娜", "强", "敏", "静", "磊", "洋", "艳", "军");
    private static final List<Department> OPERATING_DEPARTMENTS = List.of(
            Department.CUSTOMER_SERVICE, Department.SECURITY, Department.ENGINEERING, Department.CLEANING, Department.GREENING);

    private KernelArbitraries() {}

    /** Office ids {@code 00000000-0000-0000-0000-00000000000n}, shrinking towards office 1. */
    public static Arbitrary<OfficeId> offices() {
        return Arbitraries.longs().between(1, 999).map(n -> new OfficeId(new UUID(0, n)));
    }

    /** Staff ids, shrinking towards staff member 1. */
    public static Arbitrary<StaffId> staffIds() {
        return Arbitraries.longs().between(1, 99_999).map(n -> new StaffId(new UUID(0, n)));
    }

    /** A name as the manuals' offices have them, 2 to 4 characters. */
    public static Arbitrary<String> names() {
        return Combinators.combine(Arbitraries.of(SURNAMES.asJava()), Arbitraries.of(GIVEN_NAMES.asJava()).list().ofMinSize(1).ofMaxSize(2))
                .as((surname, given) -> surname + String.join("", given));
    }

    /**
     * The staff of one office (K-4): one company leader at the top, the office manager under them,
     * and for some operating departments a department manager, a supervisor and front-line staff
     * (operators, or customer-service assistants at the desk), each under the one above. Every
     * member is valid by {@link StaffMember#of}; ids are unique and count up from 1.
     */
    public static Arbitrary<Seq<StaffMember>> directories(OfficeId office) {
        Arbitrary<List<Department>> departments = Arbitraries.of(OPERATING_DEPARTMENTS.asJava())
                .set()
                .ofMinSize(1)
                .map(set -> List.ofAll(set).sorted());
        Arbitrary<Integer> frontLine = Arbitraries.integers().between(1, 4);
        Arbitrary<java.util.List<String>> names = names().list().ofSize(64);
        return Combinators.combine(departments, frontLine, names)
                .as((chosen, perDepartment, pool) -> build(office, chosen, perDepartment, List.ofAll(pool)));
    }

    private static Seq<StaffMember> build(OfficeId office, List<Department> departments, int perDepartment, List<String> names) {
        long[] next = {0};
        java.util.List<StaffMember> staff = new java.util.ArrayList<>();
        java.util.function.BiFunction<Role, Department, java.util.function.Function<Option<StaffId>, StaffMember>> hire =
                (role, department) -> superior -> {
                    StaffId id = new StaffId(new UUID(0, ++next[0]));
                    StaffMember member = StaffMember.of(id, office, names.get((int) (next[0] % names.size())), role, department, superior)
                            .getOrElseThrow(refusal -> new IllegalStateException("generator built an invalid staff member: " + refusal));
                    staff.add(member);
                    return member;
                };
        StaffMember leader = hire.apply(Role.COMPANY_LEADERSHIP, Department.ADMINISTRATION_HR).apply(Option.none());
        StaffMember officeManager = hire.apply(Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR).apply(Option.some(leader.id()));
        for (Department department : departments) {
            StaffMember head = hire.apply(Role.DEPARTMENT_MANAGER, department).apply(Option.some(officeManager.id()));
            StaffMember supervisor = hire.apply(department == Department.CUSTOMER_SERVICE
                            ? Role.CUSTOMER_RELATIONS_SUPERVISOR
                            : Role.SUPERVISOR, department)
                    .apply(Option.some(head.id()));
            for (int i = 0; i < perDepartment; i++) {
                hire.apply(frontLineRole(department), department).apply(Option.some(supervisor.id()));
            }
        }
        return List.ofAll(staff);
    }

    private static Role frontLineRole(Department department) {
        switch (department) {
            case SECURITY:
                return Role.SECURITY_OFFICER;
            case CLEANING:
            case GREENING:
                return Role.CLEANER;
            case ENGINEERING:
                return Role.REPAIRER;
            default:
                return Role.CUSTOMER_SERVICE_ASSISTANT;
        }
    }

    /**
     * Business calendars as offices keep them (K-3): office hours with a lunch break or a desk open
     * around the clock, a Saturday–Sunday or Sunday-only weekend, and statutory holidays with
     * make-up working days on weekend dates in 2026–2027. Shrinks towards the default calendar in
     * Asia/Shanghai.
     */
    public static Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<ZoneId> zones = Arbitraries.of("Asia/Shanghai", "Asia/Hong_Kong", "Europe/Berlin", "America/New_York")
                .map(ZoneId::of);
        Arbitrary<WorkingHours> hours = Arbitraries.of(
                BusinessCalendar.DEFAULT_HOURS,
                WorkingHours.of(LocalTime.of(8, 30), LocalTime.of(17, 30)).withBreak(LocalTime.of(12, 0), LocalTime.of(13, 30)),
                WorkingHours.of(LocalTime.of(8, 0), LocalTime.of(20, 0)),
                WorkingHours.aroundTheClock());
        Arbitrary<java.util.List<DayOfWeek>> weekend = Arbitraries.of(
                java.util.List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), java.util.List.of(DayOfWeek.SUNDAY));
        Arbitrary<java.util.Set<LocalDate>> dates = Arbitraries.integers()
                .between(0, 729)
                .map(offset -> LocalDate.of(2026, 1, 1).plusDays(offset))
                .set()
                .ofMaxSize(20);
        return Combinators.combine(zones, hours, weekend, dates, dates).as((zone, workingHours, closed, holidays, makeUp) -> {
            BusinessCalendar.Builder builder = BusinessCalendar.in(zone)
                    .hours(workingHours)
                    .weekend(closed.toArray(DayOfWeek[]::new));
            for (LocalDate holiday : holidays) {
                builder = builder.holiday(holiday);
            }
            for (LocalDate day : makeUp) {
                if (!holidays.contains(day) && closed.contains(day.getDayOfWeek())) {
                    builder = builder.makeUpWorkingDay(day);
                }
            }
            return builder.build();
        });
    }
}
