package org.propertydesk.adapters.jdbc.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One use case, one database transaction: the guarantee every JDBC store builds on (DESIGN.md,
 * "JDBC adapter"), checked on H2, PostgreSQL and MariaDB.
 */
@DisplayName("A unit of work on JDBC")
class JdbcTransactionsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("commits everything the work wrote when it returns")
    void commitsOnReturn(TestDatabase database) throws SQLException {
        try (Probe probe = new Probe(database)) {
            String result = probe.transactions.inTransaction(() -> {
                probe.insert(1);
                probe.insert(2);
                return "done";
            });

            assertThat(result).isEqualTo("done");
            assertThat(probe.countFromOutside()).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("rolls back every write and rethrows when the work throws")
    void rollsBackOnFailure(TestDatabase database) throws SQLException {
        try (Probe probe = new Probe(database)) {
            IllegalStateException failure = new IllegalStateException("half-way");

            assertThatThrownBy(() -> probe.transactions.run(() -> {
                probe.insert(1);
                throw failure;
            })).isSameAs(failure);

            assertThat(probe.countFromOutside()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("a nested unit joins the running one: same connection, and its failure undoes the outer writes")
    void nestedUnitJoins(TestDatabase database) throws SQLException {
        try (Probe probe = new Probe(database)) {
            assertThatThrownBy(() -> probe.transactions.run(() -> {
                Connection outer = probe.transactions.connection();
                probe.insert(1);
                probe.transactions.run(() -> {
                    assertThat(probe.transactions.connection()).isSameAs(outer);
                    probe.insert(2);
                    throw new IllegalArgumentException("inner");
                });
            })).hasMessage("inner");

            assertThat(probe.countFromOutside()).isZero();
            assertThat(probe.transactions.active()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("uncommitted writes stay invisible to a unit of work on another thread")
    void unitsAreIsolated(TestDatabase database) throws Exception {
        try (Probe probe = new Probe(database)) {
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch observed = new CountDownLatch(1);
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> probe.transactions.run(() -> {
                probe.insert(1);
                written.countDown();
                await(observed);
            }));
            assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();

            int seenByOther = probe.transactions.inTransaction(probe::countInside);
            observed.countDown();
            writer.get(10, TimeUnit.SECONDS);

            assertThat(seenByOther).isZero();
            assertThat(probe.countFromOutside()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("a store asking for the connection outside a unit of work is a programming error")
    void noConnectionOutsideUnit(TestDatabase database) throws SQLException {
        try (Probe probe = new Probe(database)) {
            assertThatThrownBy(probe.transactions::connection)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no unit of work");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("a statement the database refuses surfaces as a DatabaseFailure with its SQL state, and nothing is kept")
    void refusedStatementIsDatabaseFailure(TestDatabase database) throws SQLException {
        try (Probe probe = new Probe(database)) {
            assertThatThrownBy(() -> probe.transactions.run(() -> {
                probe.insert(1);
                probe.insert(1);
            }))
                    .isInstanceOf(DatabaseFailure.class)
                    .satisfies(failure -> assertThat(((DatabaseFailure) failure).sqlState()).startsWith("23"));

            assertThat(probe.countFromOutside()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("a read outside a unit of work runs in auto-commit mode, with nothing to commit; inside one it joins it")
    void readsWithoutATransaction(TestDatabase database) throws SQLException {
        try (Probe probe = new Probe(database)) {
            probe.transactions.run(() -> probe.insert(1));

            int outside = probe.transactions.reading(() -> {
                assertThat(probe.transactions.active()).isFalse();
                assertThat(autoCommit(probe.transactions.connection())).isTrue();
                return probe.countInside();
            });
            int inside = probe.transactions.inTransaction(() -> {
                Connection unit = probe.transactions.connection();
                probe.insert(2);
                return probe.transactions.reading(() -> {
                    assertThat(probe.transactions.connection()).isSameAs(unit);
                    return probe.countInside();
                });
            });

            assertThat(outside).isEqualTo(1);
            assertThat(inside).as("the read saw the unit's own uncommitted row").isEqualTo(2);
            assertThatThrownBy(probe.transactions::connection).isInstanceOf(IllegalStateException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("a unit of work cannot start inside a read, whose connection would commit each statement")
    void noUnitInsideARead(TestDatabase database) throws SQLException {
        try (Probe probe = new Probe(database)) {
            assertThatThrownBy(() -> probe.transactions.reading(() -> probe.transactions.inTransaction(() -> {
                probe.insert(1);
                return null;
            }))).isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a read");

            assertThat(probe.countFromOutside()).isZero();
        }
    }

    private static boolean autoCommit(Connection connection) {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw new DatabaseFailure("auto-commit", e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A throw-away table and a unit of work over it. */
    private static final class Probe implements AutoCloseable {
        final DataSource dataSource;
        final JdbcTransactions transactions;
        final String table = TestDatabase.uniqueTable("pd_probe");

        Probe(TestDatabase database) throws SQLException {
            this.dataSource = database.dataSource();
            this.transactions = JdbcTransactions.over(dataSource);
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create table " + table + " (id integer primary key)");
            }
        }

        void insert(int id) {
            try (PreparedStatement insert =
                    transactions.connection().prepareStatement("insert into " + table + " (id) values (?)")) {
                insert.setInt(1, id);
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new DatabaseFailure("insert into probe", e);
            }
        }

        int countInside() {
            return count(transactions.connection());
        }

        int countFromOutside() throws SQLException {
            try (Connection connection = dataSource.getConnection()) {
                return count(connection);
            }
        }

        private int count(Connection connection) {
            try (PreparedStatement select = connection.prepareStatement("select count(*) from " + table);
                    ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            } catch (SQLException e) {
                throw new DatabaseFailure("count probe rows", e);
            }
        }

        @Override
        public void close() throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("drop table " + table);
            }
        }
    }
}
