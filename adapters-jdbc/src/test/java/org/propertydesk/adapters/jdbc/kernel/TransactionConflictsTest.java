package org.propertydesk.adapters.jdbc.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.application.kernel.ConcurrencyConflict;

/**
 * A transaction the database aborted for a concurrent one — a deadlock, a serialization failure,
 * a Galera certification failure — is a {@link ConcurrencyConflict} (ABORTED, retryable), never a
 * {@link DatabaseFailure} (INTERNAL), whether it surfaces at a statement or at commit.
 */
@DisplayName("A transaction the database aborted for a concurrent one")
class TransactionConflictsTest {

    /** What MariaDB Galera reports when a write set loses certification (error 1213, SQLState 40001). */
    private static SQLException galeraCertificationFailure() {
        return new SQLTransactionRollbackException(
                "(conn=12) WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction", "40001", 1213);
    }

    @Test
    @DisplayName("is recognised by SQLState 40001 or 40P01 or MariaDB error 1213, also when chained; other failures are not")
    void recognised() {
        assertThat(TransactionConflicts.isConflict(galeraCertificationFailure())).isTrue();
        assertThat(TransactionConflicts.isConflict(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(TransactionConflicts.isConflict(new SQLException("could not serialize access", "40001"))).isTrue();
        assertThat(TransactionConflicts.isConflict(new SQLException("Deadlock found when trying to get lock", "HY000", 1213))).isTrue();
        assertThat(TransactionConflicts.isConflict(new SQLException("batch failed", "HY000", 0, galeraCertificationFailure()))).isTrue();

        assertThat(TransactionConflicts.isConflict(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(TransactionConflicts.isConflict(new SQLTransientConnectionException("connection reset", "08S01"))).isFalse();
        assertThat(TransactionConflicts.isConflict(new SQLException("WSREP has not yet prepared node for application use", "08S01", 1047))).isFalse();
        assertThat(TransactionConflicts.isConflict(new SQLException("no state"))).isFalse();
    }

    @Test
    @DisplayName("at a statement fails the unit of work with ConcurrencyConflict, rolled back")
    void atStatement() throws SQLException {
        DataSource h2 = TestDatabase.H2.dataSource();
        Sql sql = new Sql(JdbcTransactions.over(h2));

        assertThatThrownBy(() -> sql.inUnit("update the record", connection -> {
            throw galeraCertificationFailure();
        })).isInstanceOf(ConcurrencyConflict.class)
                .hasMessageNotContaining("update the record")
                .hasCauseInstanceOf(SQLTransactionRollbackException.class)
                .satisfies(failure -> assertThat(((ConcurrencyConflict) failure).expectedVersion()).isEqualTo(ConcurrencyConflict.UNKNOWN_VERSION));
    }

    @Test
    @DisplayName("at commit (where Galera reports a lost certification) fails the unit of work with ConcurrencyConflict")
    void atCommit() {
        DataSource failingCommits = commitFailsWith(TestDatabase.H2.dataSource(), galeraCertificationFailure());
        JdbcTransactions transactions = JdbcTransactions.over(failingCommits);

        assertThatThrownBy(() -> transactions.inTransaction(() -> "written"))
                .isInstanceOf(ConcurrencyConflict.class);
    }

    @Test
    @DisplayName("any other failure at commit stays a DatabaseFailure")
    void otherCommitFailure() {
        DataSource failingCommits = commitFailsWith(TestDatabase.H2.dataSource(), new SQLException("disk full", "HY000", 1021));
        JdbcTransactions transactions = JdbcTransactions.over(failingCommits);

        assertThatThrownBy(() -> transactions.inTransaction(() -> "written"))
                .isInstanceOf(DatabaseFailure.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("a real deadlock between two units of work: one commits, the other fails with ConcurrencyConflict")
    void realDeadlock(TestDatabase database) throws Exception {
        DataSource dataSource = database.dataSource();
        String table = TestDatabase.uniqueTable("pd_deadlock");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table " + table + " (id integer primary key, n integer not null)");
            statement.execute("insert into " + table + " (id, n) values (1, 0), (2, 0)");
        }
        try {
            Sql sql = new Sql(JdbcTransactions.over(dataSource));
            ExecutorService threads = Executors.newFixedThreadPool(2);
            CountDownLatch bothHoldOne = new CountDownLatch(2);
            List<CompletableFuture<String>> units = new ArrayList<>();
            for (int[] order : new int[][] {{1, 2}, {2, 1}}) {
                units.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return sql.inUnit("two updates", connection -> {
                            sql.update("update " + table + " set n = n + 1 where id = ?", order[0]);
                            bothHoldOne.countDown();
                            await(bothHoldOne);
                            sql.update("update " + table + " set n = n + 1 where id = ?", order[1]);
                            return "committed";
                        });
                    } catch (ConcurrencyConflict conflict) {
                        return "conflict";
                    }
                }, threads));
            }
            List<String> outcomes = new ArrayList<>();
            for (CompletableFuture<String> unit : units) {
                outcomes.add(unit.get(60, TimeUnit.SECONDS));
            }
            threads.shutdown();

            assertThat(outcomes).containsExactlyInAnyOrder("committed", "conflict");
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("drop table " + table);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other unit of work never took its first lock");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code dataSource}, except that every commit fails with {@code failure}. */
    private static DataSource commitFailsWith(DataSource dataSource, SQLException failure) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    Object result = invoke(dataSource, method, arguments);
                    if (!(result instanceof Connection)) {
                        return result;
                    }
                    Connection connection = (Connection) result;
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (inner, call, parameters) -> {
                                if (call.getName().equals("commit")) {
                                    throw failure;
                                }
                                return invoke(connection, call, parameters);
                            });
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
