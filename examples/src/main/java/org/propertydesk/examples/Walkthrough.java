package org.propertydesk.examples;

import io.vavr.control.Option;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.application.kernel.Identities;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Deadline;
import org.propertydesk.domain.kernel.DeadlineStatus;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.kernel.WorkingHours;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.JdbcKernel;
import org.propertydesk.application.kernel.AuditTrail;
import org.propertydesk.application.kernel.Directory;
import org.propertydesk.testkit.kernel.SequentialIdentities;

/**
 * The embedded walkthrough: one management office in Shanghai, its staff and its business calendar
 * around the 2026 National Day holiday, narrated step by step on an embedded H2 database (the
 * JDBC adapter, migrated on start). Every figure it prints is checked, so a walkthrough that
 * prints is a walkthrough that is right; it exits non-zero otherwise.
 */
public final class Walkthrough {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private final PrintStream out;
    private final DataSource database;
    private final JdbcKernel stores;
    private final Identities ids = new SequentialIdentities();
    private final OfficeId office;

    Walkthrough(PrintStream out, DataSource database) {
        this.out = Objects.requireNonNull(out, "out");
        this.database = Objects.requireNonNull(database, "database");
        this.stores = PropertyDeskJdbc.on(database).migrate().kernel();
        // A new office on every run: the database is a file that outlives the walkthrough, and an
        // audit trail, once written, is never rewritten.
        this.office = new OfficeId(Identities.random().next());
    }

    /** Runs on an H2 file database under {@code target/} (or the JDBC URL given as argument). */
    public static void main(String[] args) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(args.length > 0 ? args[0] : "jdbc:h2:file:./target/walkthrough/propertydesk;LOCK_TIMEOUT=10000");
        new Walkthrough(System.out, h2).run();
    }

    void run() {
        out.println("PropertyDesk walkthrough — 翠湖花园管理处 (Shanghai), office " + office);
        out.println();
        Directory directory = staffTheOffice();
        stores.defineCalendar(office, calendarAroundNationalDay());
        deadlines(stores.calendar().of(office).get());
        auditTrail(directory);
        out.println();
        out.println("Walkthrough complete.");
    }

    private Directory staffTheOffice() {
        out.println("1. Staff and their line (K-4)");
        StaffMember leader = staff("周总", Role.COMPANY_LEADERSHIP, Department.ADMINISTRATION_HR, Option.none());
        StaffMember manager = staff("刘经理", Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR, Option.some(leader.id()));
        StaffMember supervisor = staff("陈主管", Role.SUPERVISOR, Department.SECURITY, Option.some(manager.id()));
        StaffMember guard = staff("张保安", Role.SECURITY_OFFICER, Department.SECURITY, Option.some(supervisor.id()));
        StaffMember clerk = staff("王芳", Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, Option.some(manager.id()));
        Directory directory = stores.directory();
        for (StaffMember member : new StaffMember[] {leader, manager, supervisor, guard, clerk}) {
            directory.register(member);
        }

        StaffMember line = guard;
        StringBuilder chain = new StringBuilder(line.name());
        while (line.superior().isDefined()) {
            line = directory.superiorOf(office, line.id()).get();
            chain.append(" → ").append(line.name());
        }
        out.println("   security officer's line up: " + chain);
        expect(chain.toString().equals("张保安 → 陈主管 → 刘经理 → 周总"), "the line ends at company leadership");

        var refused = StaffMember.of(new StaffId(ids.next()), office, " ", Role.CLEANER, Department.CLEANING, Option.none());
        out.println("   a cleaner with no name and no superior is refused: " + refused.getLeft());
        expect(refused.getLeft().reasons().size() == 2, "both problems are reported at once");
        out.println();
        return directory;
    }

    private BusinessCalendar calendarAroundNationalDay() {
        out.println("2. The office's business calendar (K-3)");
        BusinessCalendar calendar = BusinessCalendar.in(SHANGHAI)
                .hours(WorkingHours.of(LocalTime.of(8, 30), LocalTime.of(17, 30))
                        .withBreak(LocalTime.of(12, 0), LocalTime.of(13, 30)))
                .holidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))
                .makeUpWorkingDay(LocalDate.of(2026, 9, 20))
                .makeUpWorkingDay(LocalDate.of(2026, 10, 10))
                .build();
        out.println("   working hours 08:30–17:30, lunch 12:00–13:30; National Day 10-01..10-07 off;"
                + " Sun 09-20 and Sat 10-10 are make-up working days");
        expect(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)), "Saturday 10-10 is worked");
        expect(!calendar.isWorkingDay(LocalDate.of(2026, 10, 5)), "Monday 10-05 is a holiday");
        out.println();
        return calendar;
    }

    private void deadlines(BusinessCalendar calendar) {
        out.println("3. Deadlines on the calendar (R-CO-4)");
        Instant received = at(2026, 9, 30, 17, 10);
        out.println("   a complaint is received " + show(received) + ", the eve of the holiday");

        Deadline within24h = Deadline.wallClock(received, Duration.ofHours(24), calendar);
        out.println("   handled or answered within 24 h (wall clock):     due " + show(within24h.due()));
        expect(within24h.due().equals(at(2026, 10, 1, 17, 10)), "24 h is wall-clock, holiday or not");

        Deadline within4Days = Deadline.workingDays(received, 4, calendar);
        out.println("   replied to within 4 working days (service plan): due " + show(within4Days.due()));
        expect(within4Days.due().equals(at(2026, 10, 12, 17, 30)),
                "the holiday is skipped and the make-up Saturday counts: 10-08, 10-09, 10-10, 10-12");

        Instant beforeLunch = at(2026, 10, 9, 11, 45);
        Deadline oneWorkingHour = Deadline.workingTime(beforeLunch, Duration.ofHours(1), calendar);
        out.println("   one working hour from " + show(beforeLunch) + " (lunch pauses the clock): due "
                + show(oneWorkingHour.due()));
        expect(oneWorkingHour.due().equals(at(2026, 10, 9, 14, 15)), "15 min before lunch, 45 min after");

        Instant friday = at(2026, 10, 9, 17, 0);
        DeadlineStatus left = calendar.status(within4Days, friday);
        out.println("   at " + show(friday) + " the 4-day reply has " + hours(left) + " of working time left");
        expect(left.equals(new DeadlineStatus.Remaining(Duration.ofHours(7).plusMinutes(30).plusHours(8))),
                "Friday's last 30 min, the whole make-up Saturday (7.5 h) and Monday (7.5 h)");
        out.println();
    }

    private void auditTrail(Directory directory) {
        out.println("4. The audit trail reveals tampering (R-CF-9)");
        AuditTrail trail = stores.auditTrail();
        StaffMember clerk = directory.holding(office, Role.CUSTOMER_SERVICE_ASSISTANT).head();
        StaffMember manager = directory.holding(office, Role.OFFICE_MANAGER).head();
        trail.append(new AuditEvent(office, at(2026, 10, 9, 9, 0), clerk.id(), "document.read",
                "personnel file (secret)", AuditEvent.Outcome.DENIED, Option.some(Rule.R_CF_2)));
        trail.append(new AuditEvent(office, at(2026, 10, 9, 9, 5), manager.id(), "document.read",
                "personnel file (secret)", AuditEvent.Outcome.GRANTED, Option.some(Rule.R_CF_2)));
        out.println("   two access decisions recorded; chain intact: " + trail.firstTampered(office).isEmpty());
        expect(trail.firstTampered(office).isEmpty(), "an untouched trail verifies");

        forgeFirstEntry();
        out.println("   someone turns the first DENIED into GRANTED in the store: tampered entry "
                + trail.firstTampered(office).get());
        expect(trail.firstTampered(office).contains(1L), "the edit shows at entry 1");
    }

    /** What an intruder with write access to the tables would do: turn the first DENIED into GRANTED. */
    private void forgeFirstEntry() {
        try (Connection connection = database.getConnection();
                PreparedStatement forge = connection.prepareStatement(
                        "update pd_audit_entry set outcome = 'GRANTED' where office_id = ? and sequence = 1")) {
            forge.setString(1, office.toString());
            forge.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not play the intruder", e);
        }
    }

    private StaffMember staff(String name, Role role, Department department, Option<StaffId> superior) {
        return StaffMember.of(new StaffId(ids.next()), office, name, role, department, superior)
                .getOrElseThrow(refusal -> new IllegalStateException(refusal.toString()));
    }

    private static String hours(DeadlineStatus status) {
        Duration left = ((DeadlineStatus.Remaining) status).left();
        return left.toHours() + " h " + left.toMinutesPart() + " min";
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
    }

    private static String show(Instant instant) {
        return WHEN.format(instant.atZone(SHANGHAI));
    }

    private static void expect(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("walkthrough expectation failed: " + what);
        }
    }
}
