package org.propertydesk.testkit.roster;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.roster.Assignment;
import org.propertydesk.domain.roster.Post;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.domain.roster.RosterId;
import org.propertydesk.domain.roster.RosterPeriod;
import org.propertydesk.domain.roster.Shift;
import org.propertydesk.domain.roster.ShiftPattern;

/**
 * A realistic office for October 2026: five posts (lobby and CCTV room around the clock, front
 * desk and residential desk in office hours on working days, a duty manager every day), twenty
 * staff, 国庆节 1–7 October with strengthened lobby duty and Saturday 10 October as a make-up
 * working day. {@link #assignments()} is valid by construction and published on time.
 */
public final class OctoberOffice {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final OfficeId OFFICE = new OfficeId(new UUID(0x0C7, 1));
    public static final RosterId ROSTER = new RosterId(new UUID(0x0C7, 2));
    public static final RosterPeriod OCTOBER = RosterPeriod.month(YearMonth.of(2026, 10));
    public static final LocalDate MAKE_UP_DAY = LocalDate.of(2026, 10, 10);

    public static final PostId LOBBY = post(1);
    public static final PostId CCTV = post(2);
    public static final PostId FRONT_DESK = post(3);
    public static final PostId RESIDENTIAL = post(4);
    public static final PostId DUTY_MANAGER = post(5);

    /** 保安主管: supervises lobby and CCTV room, manager on duty every other day. */
    public static final StaffId SECURITY_SUPERVISOR = staff(1);
    /** 客服部经理: supervises the desks and the duty post, manager on duty every other day. */
    public static final StaffId SERVICE_MANAGER = staff(2);
    /** 考勤员: the designated scheduler, an assistant. */
    public static final StaffId SCHEDULER = staff(3);
    /** A reserve guard, on no shift: the replacement in change requests. */
    public static final StaffId RESERVE = staff(4);
    public static final Seq<StaffId> LOBBY_GUARDS = List.rangeClosed(11, 18).map(OctoberOffice::staff);
    public static final Seq<StaffId> CCTV_OPERATORS = List.rangeClosed(21, 24).map(OctoberOffice::staff);
    public static final Seq<StaffId> FRONT_DESK_CLERKS = List.of(staff(31), staff(32));
    public static final Seq<StaffId> RESIDENTIAL_CLERKS = List.of(staff(41), staff(42));
    private static final StaffId OFFICE_MANAGER = staff(99);

    private OctoberOffice() {}

    public static StaffId staff(int n) {
        return new StaffId(new UUID(0x5AFF, n));
    }

    private static PostId post(int n) {
        return new PostId(new UUID(0x9057, n));
    }

    /** Shanghai, 09:00–18:00 with lunch, weekends off, 1–7 October holidays, 10 October worked. */
    public static BusinessCalendar calendar() {
        return BusinessCalendar.in(SHANGHAI)
                .holidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))
                .makeUpWorkingDay(MAKE_UP_DAY)
                .build();
    }

    public static Seq<Post> posts() {
        ShiftPattern frontDesk = ShiftPattern.of(
                Shift.of("O", LocalTime.of(8, 30), LocalTime.of(17, 30)).withMealBreak(LocalTime.of(12, 0), LocalTime.of(12, 30)));
        ShiftPattern residential = ShiftPattern.of(
                Shift.of("O", LocalTime.of(9, 0), LocalTime.of(18, 0)).withMealBreak(LocalTime.of(12, 0), LocalTime.of(12, 30)));
        return List.of(
                Post.roundTheClock(LOBBY, "lobby", Department.SECURITY, SECURITY_SUPERVISOR, 1, 2),
                Post.roundTheClock(CCTV, "CCTV room", Department.SECURITY, SECURITY_SUPERVISOR, 1, 1),
                Post.officeHours(FRONT_DESK, "front desk", Department.CUSTOMER_SERVICE, SERVICE_MANAGER, frontDesk, 1),
                Post.officeHours(RESIDENTIAL, "residential desk", Department.CUSTOMER_SERVICE, SERVICE_MANAGER, residential, 1),
                Post.dutyManager(DUTY_MANAGER, SERVICE_MANAGER, Department.CUSTOMER_SERVICE,
                        Shift.of("M", LocalTime.of(8, 0), LocalTime.of(17, 0))));
    }

    /** The twenty staff of the office. */
    public static Seq<StaffMember> staff() {
        return List.of(
                        member(SECURITY_SUPERVISOR, "Wang Qiang", Role.SUPERVISOR, Department.SECURITY, SERVICE_MANAGER),
                        member(SERVICE_MANAGER, "Li Na", Role.DEPARTMENT_MANAGER, Department.CUSTOMER_SERVICE, OFFICE_MANAGER),
                        member(SCHEDULER, "Zhao Min", Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, SERVICE_MANAGER),
                        member(RESERVE, "Sun Lei", Role.SECURITY_OFFICER, Department.SECURITY, SECURITY_SUPERVISOR))
                .appendAll(LOBBY_GUARDS.map(id -> member(id, "guard " + number(id), Role.SECURITY_OFFICER, Department.SECURITY, SECURITY_SUPERVISOR)))
                .appendAll(CCTV_OPERATORS.map(id -> member(id, "operator " + number(id), Role.SECURITY_OFFICER, Department.SECURITY, SECURITY_SUPERVISOR)))
                .appendAll(FRONT_DESK_CLERKS.appendAll(RESIDENTIAL_CLERKS).map(id ->
                        member(id, "assistant " + number(id), Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, SERVICE_MANAGER)));
    }

    public static Map<StaffId, Role> team() {
        return HashMap.ofEntries(staff().map(member -> io.vavr.Tuple.of(member.id(), member.role())));
    }

    public static StaffMember member(StaffId id) {
        return staff().find(member -> member.id().equals(id)).get();
    }

    private static long number(StaffId id) {
        return id.value().getLeastSignificantBits();
    }

    private static StaffMember member(StaffId id, String name, Role role, Department department, StaffId superior) {
        return new StaffMember(id, OFFICE, name, role, department, Option.some(superior), role.defaultClearance());
    }

    /**
     * The month's plan: lobby and CCTV room by four crews rotating night, day, evening, off (a
     * day's rest between shifts, never two nights running), two guards per lobby crew so the
     * holiday minimum is met; two clerks per desk with staggered lunches on every working day
     * including the make-up Saturday; the two managers alternating as manager on duty.
     */
    public static Seq<Assignment> assignments() {
        BusinessCalendar calendar = calendar();
        Seq<Seq<StaffId>> lobbyCrews = List.ofAll(LOBBY_GUARDS.grouped(2)).map(crew -> (Seq<StaffId>) crew);
        Seq<Seq<StaffId>> cctvCrews = CCTV_OPERATORS.map(operator -> (Seq<StaffId>) List.of(operator));
        Seq<Assignment> desks = OCTOBER.dates().filter(calendar::isWorkingDay).flatMap(date -> List.of(
                Assignment.of(FRONT_DESK_CLERKS.get(0), FRONT_DESK, "O", date),
                Assignment.of(FRONT_DESK_CLERKS.get(1), FRONT_DESK, "O", date).withMealBreak(LocalTime.of(12, 30), LocalTime.of(13, 0)),
                Assignment.of(RESIDENTIAL_CLERKS.get(0), RESIDENTIAL, "O", date),
                Assignment.of(RESIDENTIAL_CLERKS.get(1), RESIDENTIAL, "O", date).withMealBreak(LocalTime.of(12, 30), LocalTime.of(13, 0))));
        Seq<Assignment> managers = OCTOBER.dates().zipWithIndex().map(day ->
                Assignment.of(day._2 % 2 == 0 ? SERVICE_MANAGER : SECURITY_SUPERVISOR, DUTY_MANAGER, "M", day._1));
        return rotation(LOBBY, lobbyCrews, OCTOBER).appendAll(rotation(CCTV, cctvCrews, OCTOBER)).appendAll(desks).appendAll(managers);
    }

    /** Crew {@code c} works shift (day + c) mod 4 of night, day, evening, off. */
    public static Seq<Assignment> rotation(PostId post, Seq<? extends Seq<StaffId>> crews, RosterPeriod period) {
        String[] cycle = {"N", "D", "E", null};
        return period.dates().zipWithIndex().flatMap(day -> crews.zipWithIndex()
                .filter(crew -> cycle[(day._2 + crew._2) % 4] != null)
                .flatMap(crew -> crew._1.map(staff -> Assignment.of(staff, post, cycle[(day._2 + crew._2) % 4], day._1))));
    }

    /** The draft for October holding the whole plan, drafted by the scheduler on 1 September. */
    public static Roster plannedRoster() {
        return Roster.draft(ROSTER, OFFICE, Department.CUSTOMER_SERVICE, OCTOBER, posts(), team(), HashSet.of(SCHEDULER),
                        SCHEDULER, at(LocalDate.of(2026, 9, 1), 9, 0))
                .get().roster()
                .plan(assignments(), List.empty()).get().roster();
    }

    /** October's roster published by the scheduler on 20 September, in time for 国庆节. */
    public static Roster publishedRoster() {
        return plannedRoster().publish(member(SCHEDULER), at(LocalDate.of(2026, 9, 20), 10, 0),
                calendar(), org.propertydesk.domain.roster.RosterPolicy.defaults()).get().roster();
    }

    /** The instant of a local date and time in Shanghai. */
    public static Instant at(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), SHANGHAI).toInstant();
    }
}
