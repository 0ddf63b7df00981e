package org.propertydesk.adapters.jdbc.roster;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.application.roster.Rosters;
import org.propertydesk.testkit.roster.RostersContract;

/**
 * The JDBC roster store keeps the same port contract as the in-memory one, on H2, PostgreSQL and
 * MariaDB, each test in a freshly migrated database of its own.
 */
@DisplayName("The JDBC roster store keeps the port contract")
class JdbcRosterContractsTest {

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

    abstract static class RostersOn extends RostersContract {
        final OnDatabase on;

        RostersOn(TestDatabase database) {
            this.on = new OnDatabase(database);
        }

        @Override
        protected Rosters newRosters() {
            return on.migrated().roster().rosters();
        }

        @AfterEach
        void drop() {
            on.dropDatabases();
        }
    }

    @Nested
    @DisplayName("Rosters on H2")
    class RostersOnH2 extends RostersOn {
        RostersOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("Rosters on PostgreSQL")
    class RostersOnPostgres extends RostersOn {
        RostersOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("Rosters on MariaDB")
    class RostersOnMariaDb extends RostersOn {
        RostersOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }
}
