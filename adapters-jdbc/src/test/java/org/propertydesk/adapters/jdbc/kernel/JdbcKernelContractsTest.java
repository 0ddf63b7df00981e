package org.propertydesk.adapters.jdbc.kernel;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.application.kernel.AuditTrail;
import org.propertydesk.application.kernel.Calendar;
import org.propertydesk.application.kernel.Directory;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.testkit.kernel.AuditTrailContract;
import org.propertydesk.testkit.kernel.CalendarContract;
import org.propertydesk.testkit.kernel.DirectoryContract;
import org.propertydesk.testkit.kernel.IdempotencyContract;

/**
 * The JDBC kernel stores keep the same port contracts as the in-memory ones, on H2, PostgreSQL and
 * MariaDB, each test in a freshly migrated database of its own.
 */
@DisplayName("The JDBC kernel stores keep the port contracts")
class JdbcKernelContractsTest {

    /** Opens fresh, migrated databases of one kind; the test drops them afterwards. */
    static final class OnDatabase {
        private final TestDatabase database;
        private final List<TestDatabase.Fresh> opened = new ArrayList<>();

        OnDatabase(TestDatabase database) {
            this.database = database;
        }

        PropertyDeskJdbc migrated() {
            TestDatabase.Fresh fresh = database.fresh();
            opened.add(fresh);
            return PropertyDeskJdbc.on(fresh.dataSource()).migrate();
        }

        /** Another instance — another server — on the database {@link #migrated} opened last. */
        PropertyDeskJdbc twin() {
            return PropertyDeskJdbc.on(opened.get(opened.size() - 1).dataSource());
        }

        void dropDatabases() {
            opened.forEach(TestDatabase.Fresh::close);
            opened.clear();
        }
    }

    private static void forge(PropertyDeskJdbc jdbc, OfficeId office, long sequence, AuditEvent forged) {
        jdbc.transactions().run(() -> new Sql(jdbc.transactions()).update(
                "update pd_audit_entry set at_second = ?, at_nano = ?, action = ?, subject = ?, outcome = ?, rule_id = ?"
                        + " where office_id = ? and sequence = ?",
                forged.at().getEpochSecond(), forged.at().getNano(), forged.action(), forged.subject(),
                forged.outcome().name(), forged.rule().map(Rule::id).getOrNull(), Sql.id(office.value()), sequence));
    }

    abstract static class DirectoryOn extends DirectoryContract {
        final OnDatabase on;

        DirectoryOn(TestDatabase database) {
            this.on = new OnDatabase(database);
        }

        @Override
        protected Directory newDirectory() {
            return on.migrated().kernel().directory();
        }

        @AfterEach
        void drop() {
            on.dropDatabases();
        }
    }

    abstract static class CalendarOn extends CalendarContract {
        final OnDatabase on;

        CalendarOn(TestDatabase database) {
            this.on = new OnDatabase(database);
        }

        @Override
        protected Calendar calendarHolding(OfficeId office, BusinessCalendar calendar) {
            PropertyDeskJdbc jdbc = on.migrated();
            jdbc.kernel().defineCalendar(office, calendar);
            return jdbc.kernel().calendar();
        }

        @org.junit.jupiter.api.Test
        @DisplayName("K-3: a calendar redefined by another server is read anew where it was read before; a redefinition rolled back is never read")
        void readAnewWhenRedefined() {
            OfficeId office = new OfficeId(new java.util.UUID(4, 4));
            java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
            BusinessCalendar plain = BusinessCalendar.in(shanghai).build();
            BusinessCalendar nationalDay = BusinessCalendar.in(shanghai).holiday(java.time.LocalDate.of(2026, 10, 1)).build();
            BusinessCalendar undone = BusinessCalendar.in(shanghai).holiday(java.time.LocalDate.of(2026, 10, 2)).build();
            PropertyDeskJdbc one = on.migrated();
            PropertyDeskJdbc other = on.twin();
            one.kernel().defineCalendar(office, plain);
            org.assertj.core.api.Assertions.assertThat(other.kernel().calendar().of(office)).contains(plain);

            one.kernel().defineCalendar(office, nationalDay);
            org.assertj.core.api.Assertions.assertThat(other.kernel().calendar().of(office)).contains(nationalDay);

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> other.transactions().run(() -> {
                other.kernel().defineCalendar(office, undone);
                org.assertj.core.api.Assertions.assertThat(other.kernel().calendar().of(office)).contains(undone);
                throw new IllegalStateException("rolled back");
            })).hasMessage("rolled back");
            org.assertj.core.api.Assertions.assertThat(other.kernel().calendar().of(office)).contains(nationalDay);
            org.assertj.core.api.Assertions.assertThat(one.kernel().calendar().of(office)).contains(nationalDay);
        }

        @AfterEach
        void drop() {
            on.dropDatabases();
        }
    }

    abstract static class AuditTrailOn extends AuditTrailContract {
        final OnDatabase on;
        PropertyDeskJdbc jdbc;

        AuditTrailOn(TestDatabase database) {
            this.on = new OnDatabase(database);
        }

        @Override
        protected AuditTrail newTrail() {
            jdbc = on.migrated();
            return jdbc.kernel().auditTrail();
        }

        @Override
        protected void tamper(AuditTrail trail, OfficeId office, long sequence, AuditEvent forged) {
            forge(jdbc, office, sequence, forged);
        }

        @org.junit.jupiter.api.Test
        @DisplayName("R-CF-9: entries deleted from the end of the chain show as well (the head row remembers its length)")
        void truncationShows() {
            AuditTrail trail = newTrail();
            OfficeId office = new OfficeId(new java.util.UUID(3, 3));
            for (int n = 1; n <= 3; n++) {
                trail.append(new AuditEvent(office, java.time.Instant.ofEpochSecond(1_800_000_000L + n),
                        new org.propertydesk.domain.kernel.StaffId(new java.util.UUID(0, n)), "document.read", "file " + n,
                        AuditEvent.Outcome.DENIED, io.vavr.control.Option.none()));
            }
            jdbc.transactions().run(() -> new Sql(jdbc.transactions())
                    .update("delete from pd_audit_entry where office_id = ? and sequence = 3", Sql.id(office.value())));

            org.assertj.core.api.Assertions.assertThat(trail.firstTampered(office)).contains(3L);
        }

        @AfterEach
        void drop() {
            on.dropDatabases();
        }
    }

    abstract static class IdempotencyOn extends IdempotencyContract {
        final OnDatabase on;

        IdempotencyOn(TestDatabase database) {
            this.on = new OnDatabase(database);
        }

        @Override
        protected org.propertydesk.application.kernel.Idempotency newIdempotency() {
            return on.migrated().kernel().idempotency();
        }

        @AfterEach
        void drop() {
            on.dropDatabases();
        }
    }

    @Nested
    @DisplayName("Idempotency on H2")
    class IdempotencyOnH2 extends IdempotencyOn {
        IdempotencyOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("Idempotency on PostgreSQL")
    class IdempotencyOnPostgres extends IdempotencyOn {
        IdempotencyOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("Idempotency on MariaDB")
    class IdempotencyOnMariaDb extends IdempotencyOn {
        IdempotencyOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    @DisplayName("Directory on H2")
    class DirectoryOnH2 extends DirectoryOn {
        DirectoryOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("Directory on PostgreSQL")
    class DirectoryOnPostgres extends DirectoryOn {
        DirectoryOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("Directory on MariaDB")
    class DirectoryOnMariaDb extends DirectoryOn {
        DirectoryOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    @DisplayName("Calendar on H2")
    class CalendarOnH2 extends CalendarOn {
        CalendarOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("Calendar on PostgreSQL")
    class CalendarOnPostgres extends CalendarOn {
        CalendarOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("Calendar on MariaDB")
    class CalendarOnMariaDb extends CalendarOn {
        CalendarOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    @DisplayName("AuditTrail on H2")
    class AuditTrailOnH2 extends AuditTrailOn {
        AuditTrailOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("AuditTrail on PostgreSQL")
    class AuditTrailOnPostgres extends AuditTrailOn {
        AuditTrailOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("AuditTrail on MariaDB")
    class AuditTrailOnMariaDb extends AuditTrailOn {
        AuditTrailOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }
}
