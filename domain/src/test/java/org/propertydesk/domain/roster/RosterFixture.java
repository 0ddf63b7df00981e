package org.propertydesk.domain.roster;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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

/**
 * A small office for the roster rule tests: a lobby staffed around the clock in three shifts by
 * four rotating guards (night, day, evening, off — a day's rest between shifts), and a duty
 * manager 08:00–17:00 every day.
 */
final class RosterFixture {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final OfficeId OFFICE = new OfficeId(new UUID(0, 1));
    static final RosterId ROSTER = new RosterId(new UUID(0, 2));
    static final PostId LOBBY = new PostId(new UUID(1, 1));
    static final PostId DUTY = new PostId(new UUID(1, 2));
    static final PostId GATE = new PostId(new UUID(1, 3));
    static final StaffId SUPERVISOR = staff(90);
    static final StaffId MANAGER = staff(91);
    static final StaffId ASSISTANT = staff(92);
    static final StaffId SCHEDULER = staff(93);
    static final StaffId SPARE = staff(94);
    static final Seq<StaffId> GUARDS = List.of(staff(1), staff(2), staff(3), staff(4));

    /** November 2026: no statutory holiday. */
    static final BusinessCalendar PLAIN = BusinessCalendar.in(SHANGHAI).build();

    /** October 2026: 国庆节 Oct 1–7, Saturday Oct 10 a make-up working day. */
    static final BusinessCalendar NATIONAL_DAY = nationalDay();

    static final RosterPolicy POLICY = RosterPolicy.defaults();

    static StaffId staff(int n) {
        return new StaffId(new UUID(2, n));
    }

    private static BusinessCalendar nationalDay() {
        BusinessCalendar.Builder builder = BusinessCalendar.in(SHANGHAI).makeUpWorkingDay(LocalDate.of(2026, 10, 10));
        for (int day = 1; day <= 7; day++) {
            builder = builder.holiday(LocalDate.of(2026, 10, day));
        }
        return builder.build();
    }

    static Post lobby() {
        return Post.roundTheClock(LOBBY, "lobby", Department.SECURITY, SUPERVISOR, 1, 1);
    }

    static Post dutyManagerPost() {
        return Post.dutyManager(DUTY, SUPERVISOR, Department.CUSTOMER_SERVICE, Shift.of("M", LocalTime.of(8, 0), LocalTime.of(17, 0)));
    }

    static Map<StaffId, Role> team() {
        Map<StaffId, Role> team = HashMap.of(
                SUPERVISOR, Role.SUPERVISOR, MANAGER, Role.DEPARTMENT_MANAGER, ASSISTANT, Role.CUSTOMER_SERVICE_ASSISTANT,
                SCHEDULER, Role.CUSTOMER_SERVICE_ASSISTANT, SPARE, Role.SECURITY_OFFICER);
        return GUARDS.foldLeft(team, (roles, guard) -> roles.put(guard, Role.SECURITY_OFFICER));
    }

    static StaffMember member(StaffId id, Role role, Department department) {
        return new StaffMember(id, OFFICE, "staff " + id.value().getLeastSignificantBits(), role, department,
                role == Role.COMPANY_LEADERSHIP ? Option.none() : Option.some(MANAGER), role.defaultClearance());
    }

    static StaffMember supervisor() {
        return member(SUPERVISOR, Role.SUPERVISOR, Department.SECURITY);
    }

    static StaffMember manager() {
        return member(MANAGER, Role.DEPARTMENT_MANAGER, Department.SECURITY);
    }

    static StaffMember assistant() {
        return member(ASSISTANT, Role.CUSTOMER_SERVICE_ASSISTANT, Department.SECURITY);
    }

    /** Night, day, evening, off: crew {@code c} works shift (day + c) mod 4 of that cycle. */
    static Seq<Assignment> rotation(PostId post, Seq<StaffId> crews, RosterPeriod period) {
        String[] cycle = {"N", "D", "E", null};
        return period.dates().zipWithIndex().flatMap(day -> crews.zipWithIndex()
                .map(crew -> cycle[(day._2 + crew._2) % 4])
                .zip(crews)
                .filter(pair -> pair._1 != null)
                .map(pair -> Assignment.of(pair._2, post, pair._1, day._1)));
    }

    static Seq<Assignment> managerEveryDay(RosterPeriod period) {
        return period.dates().map(date -> Assignment.of(MANAGER, DUTY, "M", date));
    }

    static Seq<Assignment> validAssignments(RosterPeriod period) {
        return rotation(LOBBY, GUARDS, period).appendAll(managerEveryDay(period));
    }

    static Roster draft(RosterPeriod period, Seq<Post> posts) {
        return Roster.draft(ROSTER, OFFICE, Department.SECURITY, period, posts, team(), HashSet.of(SCHEDULER), SUPERVISOR,
                Instant.EPOCH).get().roster();
    }

    static Roster draft(RosterPeriod period) {
        return draft(period, List.of(lobby(), dutyManagerPost()));
    }

    static Roster planned(RosterPeriod period, Seq<Assignment> assignments) {
        return draft(period).plan(assignments, List.empty()).get().roster();
    }

    static Roster published(RosterPeriod period, BusinessCalendar calendar) {
        Roster planned = planned(period, validAssignments(period));
        Instant early = period.first().minusMonths(1).withDayOfMonth(1).atStartOfDay(SHANGHAI).toInstant();
        return planned.publish(supervisor(), early, calendar, POLICY).get().roster();
    }

    static Instant at(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), SHANGHAI).toInstant();
    }

    static Interval interval(LocalDate date, int fromHour, int fromMinute, LocalDate toDate, int toHour, int toMinute) {
        return new Interval(at(date, fromHour, fromMinute), at(toDate, toHour, toMinute));
    }

    static final RosterPeriod NOV_2_TO_5 = new RosterPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 5));

    static Seq<RosterRejection.RosterViolation> violations(Roster roster, BusinessCalendar calendar) {
        return roster.violations(calendar, POLICY);
    }

    private RosterFixture() {}
}
