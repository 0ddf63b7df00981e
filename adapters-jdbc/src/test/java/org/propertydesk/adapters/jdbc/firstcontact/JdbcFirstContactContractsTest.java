package org.propertydesk.adapters.jdbc.firstcontact;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.application.firstcontact.ReceptionLog;
import org.propertydesk.application.firstcontact.ServiceRequests;
import org.propertydesk.testkit.firstcontact.ReceptionLogContract;
import org.propertydesk.testkit.firstcontact.ServiceRequestsContract;

/**
 * The JDBC first-contact stores keep the same port contracts as the in-memory ones, on H2,
 * PostgreSQL and MariaDB, each test in a freshly migrated database of its own.
 */
@DisplayName("The JDBC first-contact stores keep the port contracts")
class JdbcFirstContactContractsTest {

    abstract static class ServiceRequestsOn extends ServiceRequestsContract {
        final Migrated migrated;

        ServiceRequestsOn(TestDatabase database) {
            this.migrated = new Migrated(database);
        }

        @Override
        protected ServiceRequests newStore() {
            return migrated.database().firstContact().serviceRequests();
        }

        @AfterEach
        void drop() {
            migrated.dropAll();
        }
    }

    abstract static class ReceptionLogOn extends ReceptionLogContract {
        final Migrated migrated;

        ReceptionLogOn(TestDatabase database) {
            this.migrated = new Migrated(database);
        }

        @Override
        protected ReceptionLog newLog() {
            return migrated.database().firstContact().receptionLog();
        }

        @AfterEach
        void drop() {
            migrated.dropAll();
        }
    }

    @Nested
    @DisplayName("ServiceRequests on H2")
    class ServiceRequestsOnH2 extends ServiceRequestsOn {
        ServiceRequestsOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("ServiceRequests on PostgreSQL")
    class ServiceRequestsOnPostgres extends ServiceRequestsOn {
        ServiceRequestsOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("ServiceRequests on MariaDB")
    class ServiceRequestsOnMariaDb extends ServiceRequestsOn {
        ServiceRequestsOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    @DisplayName("ReceptionLog on H2")
    class ReceptionLogOnH2 extends ReceptionLogOn {
        ReceptionLogOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("ReceptionLog on PostgreSQL")
    class ReceptionLogOnPostgres extends ReceptionLogOn {
        ReceptionLogOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("ReceptionLog on MariaDB")
    class ReceptionLogOnMariaDb extends ReceptionLogOn {
        ReceptionLogOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }
}
