package org.propertydesk.adapters.jdbc.handover;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.application.handover.DutyLogs;
import org.propertydesk.application.handover.DutySchedule;
import org.propertydesk.application.handover.Handovers;
import org.propertydesk.application.handover.Incidents;
import org.propertydesk.application.handover.ShiftChange;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.testkit.handover.DutyLogsContract;
import org.propertydesk.testkit.handover.DutyScheduleContract;
import org.propertydesk.testkit.handover.HandoversContract;
import org.propertydesk.testkit.handover.IncidentsContract;

/**
 * The JDBC handover stores keep the same port contracts as the in-memory ones, on H2, PostgreSQL
 * and MariaDB, each test in a freshly migrated database of its own.
 */
@DisplayName("The JDBC handover stores keep the port contracts")
class JdbcHandoverContractsTest {

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

        void dropDatabases() {
            opened.forEach(TestDatabase.Fresh::close);
            opened.clear();
        }
    }

    abstract static class HandoversOn extends HandoversContract {
        final OnDatabase on;

        HandoversOn(TestDatabase database) {
            this.on = new OnDatabase(database);
        }

        @Override
        protected Handovers newHandovers() {
            return on.migrated().handover().handovers();
        }

        @AfterEach
        void drop() {
            on.dropDatabases();
        }
    }

    abstract static class IncidentsOn extends IncidentsContract {
        final OnDatabase on;

        IncidentsOn(TestDatabase database) {
            this.on = new OnDatabase(database);
        }

        @Override
        protected Incidents newIncidents() {
            return on.migrated().handover().incidents();
        }

        @AfterEach
        void drop() {
            on.dropDatabases();
        }
    }

    abstract static class DutyLogsOn extends DutyLogsContract {
        final OnDatabase on;

        DutyLogsOn(TestDatabase database) {
            this.on = new OnDatabase(database);
        }

        @Override
        protected DutyLogs newDutyLogs() {
            return on.migrated().handover().dutyLogs();
        }

        @AfterEach
        void drop() {
            on.dropDatabases();
        }
    }

    abstract static class DutyScheduleOn extends DutyScheduleContract {
        final OnDatabase on;

        DutyScheduleOn(TestDatabase database) {
            this.on = new OnDatabase(database);
        }

        @Override
        protected DutySchedule scheduleHolding(Map<OfficeId, Seq<ShiftChange>> changes) {
            JdbcHandover handover = on.migrated().handover();
            changes.forEach((office, ofOffice) -> ofOffice.forEach(change -> handover.schedule(office, change)));
            return handover.dutySchedule();
        }

        @AfterEach
        void drop() {
            on.dropDatabases();
        }
    }

    @Nested
    @DisplayName("Handovers on H2")
    class HandoversOnH2 extends HandoversOn {
        HandoversOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("Handovers on PostgreSQL")
    class HandoversOnPostgres extends HandoversOn {
        HandoversOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("Handovers on MariaDB")
    class HandoversOnMariaDb extends HandoversOn {
        HandoversOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    @DisplayName("Incidents on H2")
    class IncidentsOnH2 extends IncidentsOn {
        IncidentsOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("Incidents on PostgreSQL")
    class IncidentsOnPostgres extends IncidentsOn {
        IncidentsOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("Incidents on MariaDB")
    class IncidentsOnMariaDb extends IncidentsOn {
        IncidentsOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    @DisplayName("DutyLogs on H2")
    class DutyLogsOnH2 extends DutyLogsOn {
        DutyLogsOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("DutyLogs on PostgreSQL")
    class DutyLogsOnPostgres extends DutyLogsOn {
        DutyLogsOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("DutyLogs on MariaDB")
    class DutyLogsOnMariaDb extends DutyLogsOn {
        DutyLogsOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    @DisplayName("DutySchedule on H2")
    class DutyScheduleOnH2 extends DutyScheduleOn {
        DutyScheduleOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("DutySchedule on PostgreSQL")
    class DutyScheduleOnPostgres extends DutyScheduleOn {
        DutyScheduleOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("DutySchedule on MariaDB")
    class DutyScheduleOnMariaDb extends DutyScheduleOn {
        DutyScheduleOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }
}
