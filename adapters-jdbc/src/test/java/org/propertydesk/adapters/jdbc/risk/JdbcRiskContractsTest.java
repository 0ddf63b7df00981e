package org.propertydesk.adapters.jdbc.risk;

import io.vavr.collection.Map;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.application.risk.Arrears;
import org.propertydesk.application.risk.HazardousWorks;
import org.propertydesk.application.risk.Incidents;
import org.propertydesk.application.risk.Notices;
import org.propertydesk.application.risk.Recipients;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.KeyRecipients;
import org.propertydesk.testkit.risk.ArrearsContract;
import org.propertydesk.testkit.risk.HazardousWorksContract;
import org.propertydesk.testkit.risk.IncidentsContract;
import org.propertydesk.testkit.risk.NoticesContract;
import org.propertydesk.testkit.risk.RecipientsContract;

/**
 * The JDBC risk stores keep the same port contracts as the in-memory ones, on H2, PostgreSQL and
 * MariaDB, each test in a freshly migrated database of its own.
 */
@DisplayName("The JDBC risk stores keep the port contracts")
class JdbcRiskContractsTest {

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

    abstract static class NoticesOn extends NoticesContract {
        final OnDatabase on;

        NoticesOn(TestDatabase database) {
            this.on = new OnDatabase(database);
        }

        @Override
        protected Notices newNotices() {
            return on.migrated().risk().notices();
        }

        @AfterEach
        void drop() {
            on.dropDatabases();
        }
    }

    abstract static class ArrearsOn extends ArrearsContract {
        final OnDatabase on;

        ArrearsOn(TestDatabase database) {
            this.on = new OnDatabase(database);
        }

        @Override
        protected Arrears newArrears() {
            return on.migrated().risk().arrears();
        }

        @AfterEach
        void drop() {
            on.dropDatabases();
        }
    }

    abstract static class HazardousWorksOn extends HazardousWorksContract {
        final OnDatabase on;

        HazardousWorksOn(TestDatabase database) {
            this.on = new OnDatabase(database);
        }

        @Override
        protected HazardousWorks newWorks() {
            return on.migrated().risk().hazardousWorks();
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
            return on.migrated().risk().incidents();
        }

        @AfterEach
        void drop() {
            on.dropDatabases();
        }
    }

    abstract static class RecipientsOn extends RecipientsContract {
        final OnDatabase on;

        RecipientsOn(TestDatabase database) {
            this.on = new OnDatabase(database);
        }

        @Override
        protected Recipients recipientsHolding(Map<OfficeId, KeyRecipients> registers) {
            PropertyDeskJdbc jdbc = on.migrated();
            registers.forEach(jdbc.risk()::defineRecipients);
            return jdbc.risk().recipients();
        }

        @AfterEach
        void drop() {
            on.dropDatabases();
        }
    }

    @Nested
    @DisplayName("Notices on H2")
    class NoticesOnH2 extends NoticesOn {
        NoticesOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("Notices on PostgreSQL")
    class NoticesOnPostgres extends NoticesOn {
        NoticesOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("Notices on MariaDB")
    class NoticesOnMariaDb extends NoticesOn {
        NoticesOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    @DisplayName("Arrears on H2")
    class ArrearsOnH2 extends ArrearsOn {
        ArrearsOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("Arrears on PostgreSQL")
    class ArrearsOnPostgres extends ArrearsOn {
        ArrearsOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("Arrears on MariaDB")
    class ArrearsOnMariaDb extends ArrearsOn {
        ArrearsOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    @DisplayName("HazardousWorks on H2")
    class HazardousWorksOnH2 extends HazardousWorksOn {
        HazardousWorksOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("HazardousWorks on PostgreSQL")
    class HazardousWorksOnPostgres extends HazardousWorksOn {
        HazardousWorksOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("HazardousWorks on MariaDB")
    class HazardousWorksOnMariaDb extends HazardousWorksOn {
        HazardousWorksOnMariaDb() {
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
    @DisplayName("Recipients on H2")
    class RecipientsOnH2 extends RecipientsOn {
        RecipientsOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("Recipients on PostgreSQL")
    class RecipientsOnPostgres extends RecipientsOn {
        RecipientsOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("Recipients on MariaDB")
    class RecipientsOnMariaDb extends RecipientsOn {
        RecipientsOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }
}
