package org.propertydesk.adapters.jdbc.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.domain.confidentiality.CustodyStatus;
import org.propertydesk.domain.confidentiality.LoanStatus;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * The records office's work queues stay index lookups on a full database: 100,000 loans (with an
 * approval each) and 100,000 originals handed out, over 50 offices, most of them long returned.
 * PostgreSQL's planner, with fresh statistics, reads the loans out (the overdue ones among them),
 * a borrower's loans and the originals not back through indexes, never by scanning a table.
 * Skipped when PostgreSQL is not reachable, except under CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The records office's work queues use indexes on PostgreSQL with 100,000 rows")
class RecordsWorkQueuesUseIndexesTest {

    private static final int OFFICES = 50;
    private static final int PER_OFFICE = 2_000;
    private static final int PEOPLE_PER_OFFICE = 200;
    private static final int BATCH = 5_000;
    private static final long START = 1_773_000_000L;

    private TestDatabase.Fresh fresh;
    private JdbcConfidentiality stores;

    @BeforeAll
    void load() throws SQLException {
        fresh = TestDatabase.POSTGRESQL.fresh();
        stores = PropertyDeskJdbc.on(fresh.dataSource()).migrate().confidentiality();
        if (fresh.dataSource() instanceof PGSimpleDataSource postgres) {
            // the driver sends each batch as multi-row inserts: fewer round trips for the bulk load
            postgres.setReWriteBatchedInserts(true);
        }
        try (Connection connection = fresh.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            loadLoans(connection);
            loadCustodies(connection);
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze");
            }
        }
    }

    @AfterAll
    void drop() {
        if (fresh != null) {
            fresh.close();
        }
    }

    @Test
    @DisplayName("the loans out of an office, and their approvals, are read through indexes, earliest due first")
    void loansOut() throws SQLException {
        String office = office(7);

        assertUsesIndexes(JdbcLoans.OUT, office, LoanStatus.ON_LOAN.name());
        assertUsesIndexes(JdbcLoans.OUT_APPROVALS, office, office, LoanStatus.ON_LOAN.name());
        var out = stores.loans().out(officeId(7));
        assertThat(out).hasSize(PER_OFFICE / 50).allSatisfy(loan -> assertThat(loan.approvals()).hasSize(1));
        assertThat(out.map(loan -> loan.due().get()).asJava()).isSorted();
    }

    @Test
    @DisplayName("a borrower's loans, and their approvals, are read through indexes")
    void loansOfBorrower() throws SQLException {
        String office = office(11);
        String borrower = person(3);

        assertUsesIndexes(JdbcLoans.OF_BORROWER, office, borrower);
        assertUsesIndexes(JdbcLoans.OF_BORROWER_APPROVALS, office, office, borrower);
        assertThat(stores.loans().ofBorrower(officeId(11), new StaffId(UUID.fromString(borrower))))
                .hasSize(PER_OFFICE / PEOPLE_PER_OFFICE)
                .allSatisfy(loan -> assertThat(loan.borrower().toString()).isEqualTo(borrower));
    }

    @Test
    @DisplayName("the originals not back, and their kept copies, are read through indexes")
    void custodiesOut() throws SQLException {
        String office = office(23);

        assertUsesIndexes(JdbcCustodies.OUT, office, CustodyStatus.IN_USE.name(), CustodyStatus.TASK_DONE.name());
        assertUsesIndexes(JdbcCustodies.OUT_COPIES, office, office, CustodyStatus.IN_USE.name(), CustodyStatus.TASK_DONE.name());
        assertThat(stores.custodies().out(officeId(23)))
                .hasSize(PER_OFFICE * 3 / 100)
                .allSatisfy(custody -> assertThat(custody.isOut()).isTrue());
    }

    private void assertUsesIndexes(String query, Object... parameters) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection connection = fresh.dataSource().getConnection();
                PreparedStatement explain = Sql.prepare(connection, "explain " + query, parameters);
                ResultSet rows = explain.executeQuery()) {
            while (rows.next()) {
                plan.add(rows.getString(1));
            }
        }
        String text = String.join("\n", plan);
        assertThat(text).as(query).doesNotContain("Seq Scan").contains("Index");
    }

    /** 2% of the loans are out (their due spread over a month), 3% requested, the rest returned. */
    private static void loadLoans(Connection connection) throws SQLException {
        try (PreparedStatement loans = connection.prepareStatement("insert into pd_loan (office_id, loan_id, document_id, kind,"
                        + " clearance_level, borrower_id, loan_term, status, requested_second, requested_nano, lent_second, lent_nano,"
                        + " due_second, due_nano, closed_second, closed_nano, version) values (?, ?, ?, 'OWNER_RECORD', 'SECRET', ?,"
                        + " 'SAME_DAY', ?, ?, 0, ?, 0, ?, 0, ?, 0, ?)");
                PreparedStatement approvals = connection.prepareStatement("insert into pd_loan_approval (office_id, loan_id, position,"
                        + " document_id, purpose, approver_id, role, department, clearance_level, at_second, at_nano, written)"
                        + " values (?, ?, 0, ?, 'LOAN', ?, 'OFFICE_MANAGER', 'ADMINISTRATION_HR', 'SECRET', ?, 0, true)")) {
            int pending = 0;
            for (int o = 0; o < OFFICES; o++) {
                for (int n = 0; n < PER_OFFICE; n++) {
                    String office = office(o);
                    String loan = new UUID(0x10AL << 32 | o, n).toString();
                    String document = new UUID(0xD0CL << 32 | o, n).toString();
                    long requested = START + n * 600L;
                    LoanStatus status = n % 50 == 0 ? LoanStatus.ON_LOAN : n % 50 < 4 ? LoanStatus.REQUESTED : LoanStatus.RETURNED;
                    boolean lent = status != LoanStatus.REQUESTED;
                    loans.setString(1, office);
                    loans.setString(2, loan);
                    loans.setString(3, document);
                    loans.setString(4, person(n % PEOPLE_PER_OFFICE));
                    loans.setString(5, status.name());
                    loans.setLong(6, requested);
                    loans.setObject(7, lent ? requested + 60 : null, java.sql.Types.BIGINT);
                    loans.setObject(8, lent ? requested + 86_400 - (n * 7919L % 3_000_000) : null, java.sql.Types.BIGINT);
                    loans.setObject(9, status == LoanStatus.RETURNED ? requested + 3_600 : null, java.sql.Types.BIGINT);
                    loans.setLong(10, status == LoanStatus.REQUESTED ? 1 : 3);
                    loans.addBatch();
                    approvals.setString(1, office);
                    approvals.setString(2, loan);
                    approvals.setString(3, document);
                    approvals.setString(4, person(0));
                    approvals.setLong(5, requested + 30);
                    approvals.addBatch();
                    if (++pending == BATCH) {
                        loans.executeBatch();
                        approvals.executeBatch();
                        pending = 0;
                    }
                }
            }
            loans.executeBatch();
            approvals.executeBatch();
        }
    }

    /** 2% of the originals are in use, 1% done and awaited (with a kept copy), the rest returned. */
    private static void loadCustodies(Connection connection) throws SQLException {
        try (PreparedStatement custodies = connection.prepareStatement("insert into pd_custody (office_id, custody_id, document_id,"
                        + " holder_id, status, handed_out_second, handed_out_nano, task_done_second, task_done_nano, returned_second,"
                        + " returned_nano, version) values (?, ?, ?, ?, ?, ?, 0, ?, 0, ?, 0, ?)");
                PreparedStatement copies = connection.prepareStatement("insert into pd_custody_copy (office_id, custody_id, position,"
                        + " work_need, at_second, at_nano) values (?, ?, 0, '业主大会资料', ?, 0)")) {
            int pending = 0;
            for (int o = 0; o < OFFICES; o++) {
                for (int n = 0; n < PER_OFFICE; n++) {
                    String office = office(o);
                    String custody = new UUID(0xC05L << 32 | o, n).toString();
                    long handedOut = START + n * 600L;
                    CustodyStatus status = n % 100 < 2 ? CustodyStatus.IN_USE : n % 100 == 2 ? CustodyStatus.TASK_DONE : CustodyStatus.RETURNED;
                    boolean done = status != CustodyStatus.IN_USE;
                    custodies.setString(1, office);
                    custodies.setString(2, custody);
                    custodies.setString(3, new UUID(0xD0CL << 32 | o, n).toString());
                    custodies.setString(4, person(n % PEOPLE_PER_OFFICE));
                    custodies.setString(5, status.name());
                    custodies.setLong(6, handedOut);
                    custodies.setObject(7, done ? handedOut + 3_600 : null, java.sql.Types.BIGINT);
                    custodies.setObject(8, status == CustodyStatus.RETURNED ? handedOut + 7_200 : null, java.sql.Types.BIGINT);
                    custodies.setLong(9, status == CustodyStatus.IN_USE ? 1 : status == CustodyStatus.TASK_DONE ? 3 : 2);
                    custodies.addBatch();
                    if (n % 10 == 2) {
                        copies.setString(1, office);
                        copies.setString(2, custody);
                        copies.setLong(3, handedOut + 3_700);
                        copies.addBatch();
                    }
                    if (++pending == BATCH) {
                        custodies.executeBatch();
                        copies.executeBatch();
                        pending = 0;
                    }
                }
            }
            custodies.executeBatch();
            copies.executeBatch();
        }
    }

    private static String office(int n) {
        return new UUID(0, 0x0FF1CE00L + n).toString();
    }

    private static OfficeId officeId(int n) {
        return new OfficeId(UUID.fromString(office(n)));
    }

    private static String person(int n) {
        return new UUID(7, n).toString();
    }
}
