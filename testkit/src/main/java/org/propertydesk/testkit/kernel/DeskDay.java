package org.propertydesk.testkit.kernel;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Adapter;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Deadline;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * A day at the desk, for scenario tests: one office with its staff (by name), posts (by name),
 * business calendar and a clock you move — wired to the test kit's in-memory kernel ports, so a
 * test reads like the manual's story and not like set-up code.
 *
 * <pre>{@code
 * DeskDay day = DeskDay.in("翠湖花园管理处", ZoneId.of("Asia/Shanghai"))
 *         .calendar(DeskDay.chinese2026(ZoneId.of("Asia/Shanghai")))
 *         .staff("王总", Role.COMPANY_LEADERSHIP, Department.ADMINISTRATION_HR)
 *         .staff("周经理", Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR, "王总")
 *         .staff("小林", Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, "周经理")
 *         .posts("前台", "东门岗")
 *         .startingAt("2026-10-09T08:00");
 *
 * day.later(Duration.ofHours(2));            // 10:00
 * day.atLocal("2026-10-09T17:30");           // the evening shift change
 * day.afterWorkingTime(Duration.ofHours(9)); // working time on the office's calendar
 * StaffId lin = day.staff("小林");
 * }</pre>
 *
 * Ids are derived from the names, so the same story gives the same ids on every run. It plugs
 * in-memory adapters together, so it is itself an (unqualified) adapter.
 */
@Adapter
public final class DeskDay {

    private final String officeName;
    private final OfficeId office;
    private final ZoneId zone;
    private final BusinessCalendar calendar;
    private final Map<String, StaffMember> staff;
    private final Map<String, PostId> posts;
    private final InMemoryDirectory directory;
    private final InMemoryCalendar calendars;
    private final SettableClock clock;
    private final SequentialIdentities identities = new SequentialIdentities();

    private DeskDay(String officeName, OfficeId office, ZoneId zone, BusinessCalendar calendar,
            Map<String, StaffMember> staff, Map<String, PostId> posts, Instant start) {
        this.officeName = officeName;
        this.office = office;
        this.zone = zone;
        this.calendar = calendar;
        this.staff = staff;
        this.posts = posts;
        this.directory = InMemoryDirectory.of(staff.values().toJavaArray(StaffMember[]::new));
        this.calendars = new InMemoryCalendar().with(office, calendar);
        this.clock = SettableClock.at(start);
    }

    /** Starts describing an office called {@code name}, whose business calendar is in {@code zone}. */
    public static Builder in(String name, ZoneId zone) {
        return new Builder(name, zone);
    }

    /**
     * Working hours 09:00–18:00 with lunch 12:00–13:00, Saturday and Sunday off, and the State
     * Council's 2026 statutory holidays with their make-up working days (调休).
     */
    public static BusinessCalendar chinese2026(ZoneId zone) {
        return BusinessCalendar.in(zone)
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
                .makeUpWorkingDay(LocalDate.of(2026, 9, 20))
                .holidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))
                .makeUpWorkingDay(LocalDate.of(2026, 10, 10))
                .build();
    }

    public String officeName() {
        return officeName;
    }

    public OfficeId office() {
        return office;
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    /** The id of the staff member called {@code name}. */
    public StaffId staff(String name) {
        return member(name).id();
    }

    /** The staff member called {@code name}. */
    public StaffMember member(String name) {
        return staff.get(name).getOrElseThrow(() -> new IllegalArgumentException("no staff member called " + name + " in " + officeName));
    }

    /** The id of the post called {@code name}. */
    public PostId post(String name) {
        return posts.get(name).getOrElseThrow(() -> new IllegalArgumentException("no post called " + name + " in " + officeName));
    }

    public InMemoryDirectory directory() {
        return directory;
    }

    public InMemoryCalendar calendars() {
        return calendars;
    }

    public SettableClock clock() {
        return clock;
    }

    public SequentialIdentities identities() {
        return identities;
    }

    /** The current instant of the day's clock. */
    public Instant now() {
        return clock.now();
    }

    /** The current time on the office's wall clock. */
    public ZonedDateTime localNow() {
        return clock.now().atZone(zone);
    }

    /** Moves the clock forward by wall-clock time and returns the new instant. */
    public Instant later(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("a day at the desk only moves forward, not by " + by);
        }
        return clock.advance(by);
    }

    /** Moves the clock forward by working time on the office's calendar (K-3). */
    public Instant afterWorkingTime(Duration by) {
        Instant due = Deadline.workingTime(clock.now(), by, calendar).due();
        clock.set(due);
        return due;
    }

    /** Moves the clock forward to the end of the {@code n}th working day from now (K-3). */
    public Instant afterWorkingDays(int n) {
        Instant due = Deadline.workingDays(clock.now(), n, calendar).due();
        clock.set(due);
        return due;
    }

    /** Moves the clock to a local date-time of the office, e.g. {@code "2026-10-09T17:30"}; never backwards. */
    public Instant atLocal(String localDateTime) {
        Instant target = LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
        if (target.isBefore(clock.now())) {
            throw new IllegalArgumentException(localDateTime + " is before the desk's current time " + localNow());
        }
        clock.set(target);
        return target;
    }

    /** Moves the clock to {@code time} on the next day, e.g. the next morning's shift change. */
    public Instant nextDayAt(LocalTime time) {
        Instant target = localNow().toLocalDate().plusDays(1).atTime(time).atZone(zone).toInstant();
        clock.set(target);
        return target;
    }

    /** Describes the office of a {@link DeskDay}. */
    public static final class Builder {
        private final String name;
        private final ZoneId zone;
        private final OfficeId office;
        private BusinessCalendar calendar;
        private Map<String, StaffMember> staff = LinkedHashMap.empty();
        private Map<String, PostId> posts = LinkedHashMap.empty();

        private Builder(String name, ZoneId zone) {
            this.name = Objects.requireNonNull(name, "name");
            this.zone = Objects.requireNonNull(zone, "zone");
            this.office = new OfficeId(derived("office", name));
            this.calendar = BusinessCalendar.in(zone).build();
        }

        /** The office's business calendar; standard hours without holidays unless given. */
        public Builder calendar(BusinessCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /** A member of staff at the top of the line (company leadership has no superior, K-4). */
        public Builder staff(String name, Role role, Department department) {
            return add(name, role, department, Option.none(), role.defaultClearance());
        }

        /** A member of staff reporting to {@code superior}, who must have been added before. */
        public Builder staff(String name, Role role, Department department, String superior) {
            StaffMember boss = staff.get(superior).getOrElseThrow(
                    () -> new IllegalArgumentException(superior + " must be added before " + name + " can report to them"));
            return add(name, role, department, Option.some(boss.id()), role.defaultClearance());
        }

        /** As {@link #staff(String, Role, Department, String)}, with a clearance other than the role's default (R-CF-2). */
        public Builder staff(String name, Role role, Department department, String superior, ClearanceLevel clearance) {
            StaffMember boss = staff.get(superior).getOrElseThrow(
                    () -> new IllegalArgumentException(superior + " must be added before " + name + " can report to them"));
            return add(name, role, department, Option.some(boss.id()), clearance);
        }

        /** Posts of the office, e.g. {@code "前台"}, {@code "东门岗"}. */
        public Builder posts(String... names) {
            for (String post : names) {
                posts = posts.put(post, new PostId(derived("post", name + "/" + post)));
            }
            return this;
        }

        /** The day starts at this local date-time of the office, e.g. {@code "2026-10-09T08:00"}. */
        public DeskDay startingAt(String localDateTime) {
            Instant start = LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
            return new DeskDay(name, office, zone, calendar, staff, posts, start);
        }

        private Builder add(String member, Role role, Department department, Option<StaffId> superior, ClearanceLevel clearance) {
            if (staff.containsKey(member)) {
                throw new IllegalArgumentException("two staff members called " + member + "; names identify them in a DeskDay");
            }
            StaffMember added = StaffMember.of(new StaffId(derived("staff", name + "/" + member)), office, member, role, department,
                            superior, clearance)
                    .getOrElseThrow(rejections -> new IllegalArgumentException(member + ": " + rejections));
            staff = staff.put(member, added);
            return this;
        }

        private static UUID derived(String kind, String name) {
            return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8));
        }
    }
}
