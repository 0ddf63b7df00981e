package org.propertydesk.adapters.jdbc.complaint;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.application.complaint.ComplaintPolicies;
import org.propertydesk.application.complaint.Complaints;
import org.propertydesk.application.complaint.PaymentStatus;
import org.propertydesk.domain.complaint.ComplaintPolicy;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.testkit.complaint.ComplaintPoliciesContract;
import org.propertydesk.testkit.complaint.ComplaintsContract;
import org.propertydesk.testkit.complaint.PaymentStatusContract;

/**
 * The JDBC complaint stores keep the same port contracts as the in-memory ones, on H2, PostgreSQL
 * and MariaDB, each test in a freshly migrated database of its own.
 */
@DisplayName("The JDBC complaint stores keep the port contracts")
class JdbcComplaintContractsTest {

    abstract static class ComplaintsOn extends ComplaintsContract {
        final Migrated migrated;

        ComplaintsOn(TestDatabase database) {
            this.migrated = new Migrated(database);
        }

        @Override
        protected Complaints newComplaints() {
            return migrated.database().complaint().complaints();
        }

        @AfterEach
        void drop() {
            migrated.dropAll();
        }
    }

    abstract static class PaymentStatusOn extends PaymentStatusContract {
        final Migrated migrated;

        PaymentStatusOn(TestDatabase database) {
            this.migrated = new Migrated(database);
        }

        @Override
        protected PaymentStatus ledgerHolding(Seq<Standing> standings) {
            PropertyDeskJdbc jdbc = migrated.database();
            standings.forEach(line -> jdbc.complaint().recordPaymentStanding(line.office(), line.complainant(), line.standing()));
            return jdbc.complaint().paymentStatus();
        }

        @AfterEach
        void drop() {
            migrated.dropAll();
        }
    }

    abstract static class PoliciesOn extends ComplaintPoliciesContract {
        final Migrated migrated;

        PoliciesOn(TestDatabase database) {
            this.migrated = new Migrated(database);
        }

        @Override
        protected ComplaintPolicies policiesHolding(Map<OfficeId, ComplaintPolicy> policies) {
            PropertyDeskJdbc jdbc = migrated.database();
            policies.forEach(jdbc.complaint()::definePolicy);
            return jdbc.complaint().policies();
        }

        @AfterEach
        void drop() {
            migrated.dropAll();
        }
    }

    @Nested
    @DisplayName("Complaints on H2")
    class ComplaintsOnH2 extends ComplaintsOn {
        ComplaintsOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("Complaints on PostgreSQL")
    class ComplaintsOnPostgres extends ComplaintsOn {
        ComplaintsOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("Complaints on MariaDB")
    class ComplaintsOnMariaDb extends ComplaintsOn {
        ComplaintsOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    @DisplayName("PaymentStatus on H2")
    class PaymentStatusOnH2 extends PaymentStatusOn {
        PaymentStatusOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("PaymentStatus on PostgreSQL")
    class PaymentStatusOnPostgres extends PaymentStatusOn {
        PaymentStatusOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("PaymentStatus on MariaDB")
    class PaymentStatusOnMariaDb extends PaymentStatusOn {
        PaymentStatusOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    @DisplayName("ComplaintPolicies on H2")
    class PoliciesOnH2 extends PoliciesOn {
        PoliciesOnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("ComplaintPolicies on PostgreSQL")
    class PoliciesOnPostgres extends PoliciesOn {
        PoliciesOnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("ComplaintPolicies on MariaDB")
    class PoliciesOnMariaDb extends PoliciesOn {
        PoliciesOnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }
}
