package org.propertydesk.adapters.jdbc.confidentiality;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.application.confidentiality.Approvals;
import org.propertydesk.application.confidentiality.Custodies;
import org.propertydesk.application.confidentiality.Documents;
import org.propertydesk.application.confidentiality.Loans;
import org.propertydesk.testkit.confidentiality.ApprovalsContract;
import org.propertydesk.testkit.confidentiality.CustodiesContract;
import org.propertydesk.testkit.confidentiality.DocumentsContract;
import org.propertydesk.testkit.confidentiality.LoansContract;

/**
 * The JDBC records-office stores keep the same port contracts as the in-memory ones, on H2,
 * PostgreSQL and MariaDB, each test in a freshly migrated database of its own.
 */
@DisplayName("The JDBC records-office stores keep the port contracts")
class JdbcConfidentialityContractsTest {

    /** Opens fresh, migrated databases of one kind; the test drops them afterwards. */
    static final class OnDatabase {
        private final TestDatabase database;
        private final List<TestDatabase.Fresh> opened = new ArrayList<>();

        OnDatabase(TestDatabase database) {
            this.database = database;
        }

        JdbcConfidentiality migrated() {
            TestDatabase.Fresh fresh = database.fresh();
            opened.add(fresh);
            return PropertyDeskJdbc.on(fresh.dataSource()).migrate().confidentiality();
        }

        void dropDatabases() {
            opened.forEach(TestDatabase.Fresh::close);
            opened.clear();
        }
    }

    abstract static class DocumentsOn extends DocumentsContract {
        final OnDatabase on;

        DocumentsOn(TestDatabase database) {
            this.on = new OnDatabase(database);
        }

        @Override
        protected Documents newDocuments() {
            return on.migrated().documents();
        }

        @AfterEach
        void drop() {
            on.dropDatabases();
        }
    }

    abstract static class LoansOn extends LoansContract {
        final OnDatabase on;

        LoansOn(TestDatabase database) {
            this.on = new OnDatabase(database);
        }

        @Override
        protected Loans newLoans() {
            return on.migrated().loans();
        }

        @AfterEach
        void drop() {
            on.dropDatabases();
        }
    }

    abstract static class CustodiesOn extends CustodiesContract {
        final OnDatabase on;

        CustodiesOn(TestDatabase database) {
            this.on = new OnDatabase(database);
        }

        @Override
        protected Custodies newCustodies() {
            return on.migrated().custodies();
        }

        @AfterEach
        void drop() {
            on.dropDatabases();
        }
    }

    abstract static class ApprovalsOn extends ApprovalsContract {
        final OnDatabase on;

        ApprovalsOn(TestDatabase database) {
            this.on = new OnDatabase(database);
        }

        @Override
        protected Approvals newApprovals() {
            return on.migrated().approvals();
        }

        @AfterEach
        void drop() {
            on.dropDatabases();
        }
    }

    @Nested
    @DisplayName("Documents on H2")
    class DocumentsOnH2 extends DocumentsOn {
        DocumentsOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("Documents on PostgreSQL")
    class DocumentsOnPostgres extends DocumentsOn {
        DocumentsOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("Documents on MariaDB")
    class DocumentsOnMariaDb extends DocumentsOn {
        DocumentsOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    @DisplayName("Loans on H2")
    class LoansOnH2 extends LoansOn {
        LoansOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("Loans on PostgreSQL")
    class LoansOnPostgres extends LoansOn {
        LoansOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("Loans on MariaDB")
    class LoansOnMariaDb extends LoansOn {
        LoansOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    @DisplayName("Custodies on H2")
    class CustodiesOnH2 extends CustodiesOn {
        CustodiesOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("Custodies on PostgreSQL")
    class CustodiesOnPostgres extends CustodiesOn {
        CustodiesOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("Custodies on MariaDB")
    class CustodiesOnMariaDb extends CustodiesOn {
        CustodiesOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    @DisplayName("Approvals on H2")
    class ApprovalsOnH2 extends ApprovalsOn {
        ApprovalsOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("Approvals on PostgreSQL")
    class ApprovalsOnPostgres extends ApprovalsOn {
        ApprovalsOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("Approvals on MariaDB")
    class ApprovalsOnMariaDb extends ApprovalsOn {
        ApprovalsOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }
}
