package org.propertydesk.adapters.jdbc.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.propertydesk.application.kernel.StoreUnavailable;

/**
 * A database that is down, or a connection that broke under a unit of work, is the application's
 * {@link StoreUnavailable} (a caller may retry) and never a plain {@link DatabaseFailure}; a
 * statement the database refused stays one. Checked on the SQL states drivers report and on a real
 * PostgreSQL backend killed in the middle of a unit of work.
 */
@DisplayName("A lost database connection")
class ConnectionLossTest {

    @ParameterizedTest(name = "SQL state {0}")
    @ValueSource(strings = {"08000", "08001", "08003", "08006", "08S01", "57P01", "57P02", "57P03"})
    @DisplayName("is recognised by its SQL state: connection exceptions, admin or crash shutdown, cannot connect now")
    void recognisedBySqlState(String state) {
        assertThat(ConnectionLoss.lost(new DatabaseFailure("select", new SQLException("gone", state)))).isTrue();
    }

    @ParameterizedTest(name = "SQL state {0}")
    @ValueSource(strings = {"23505", "40001", "40P01", "42P01", "22001", "57014"})
    @DisplayName("is not a refused statement, a conflict, a deadlock or a cancelled query")
    void refusedStatementsAreNotLosses(String state) {
        assertThat(ConnectionLoss.lost(new DatabaseFailure("insert", new SQLException("refused", state)))).isFalse();
        assertThat(ConnectionLoss.lost(new SQLException("no state"))).isFalse();
    }

    @Test
    @DisplayName("is recognised by type: a pool's connection timeout, a recoverable exception, deep in the causes or chained")
    void recognisedByType() {
        assertThat(ConnectionLoss.lost(new SQLTransientConnectionException("propertydesk - Connection is not available, request timed out after 250ms")))
                .isTrue();
        assertThat(ConnectionLoss.lost(new SQLRecoverableException("I/O error"))).isTrue();
        assertThat(ConnectionLoss.lost(new IllegalStateException(new DatabaseFailure("update", new SQLException("x", "08006"))))).isTrue();
        SQLException batch = new SQLException("batch entry 3 failed", "XX000");
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend", "08006"));
        assertThat(ConnectionLoss.lost(batch)).isTrue();
    }

    @Test
    @DisplayName("a database that cannot be reached makes the unit of work fail as StoreUnavailable before running it")
    void unreachableDatabase() {
        JdbcTransactions transactions = JdbcTransactions.over(new Unreachable());

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            throw new AssertionError("the work must not run without a connection");
        }))
                .isInstanceOf(StoreUnavailable.class)
                .hasRootCauseInstanceOf(SQLTransientConnectionException.class);
        assertThat(transactions.active()).isFalse();
    }

    @Test
    @DisplayName("a read outside a unit of work on a database that cannot be reached fails as StoreUnavailable too")
    void unreachableDatabaseForARead() {
        JdbcTransactions transactions = JdbcTransactions.over(new Unreachable());

        assertThatThrownBy(() -> transactions.reading(() -> {
            throw new AssertionError("the read must not run without a connection");
        }))
                .isInstanceOf(StoreUnavailable.class)
                .hasRootCauseInstanceOf(SQLTransientConnectionException.class);
    }

    @Test
    @DisplayName("other failures pass unchanged")
    void otherFailuresPassUnchanged() {
        DatabaseFailure refused = new DatabaseFailure("insert", new SQLException("duplicate key", "23505"));
        assertThat(ConnectionLoss.translate("insert", refused)).isSameAs(refused);
        StoreUnavailable already = new StoreUnavailable("commit", refused);
        assertThat(ConnectionLoss.translate("outer", already)).isSameAs(already);
    }

    @Test
    @DisplayName("a PostgreSQL backend terminated in the middle of a unit of work: StoreUnavailable, nothing written, the next unit works")
    void backendTerminatedMidUnit() throws SQLException {
        DataSource dataSource = TestDatabase.POSTGRESQL.dataSource();
        JdbcTransactions transactions = JdbcTransactions.over(dataSource);
        String table = TestDatabase.uniqueTable("pd_probe");
        execute(dataSource, "create table " + table + " (id integer primary key)");
        try {
            assertThatThrownBy(() -> transactions.run(() -> {
                try (Statement statement = transactions.connection().createStatement()) {
                    statement.executeUpdate("insert into " + table + " (id) values (1)");
                    int backend = pid(transactions.connection());
                    execute(dataSource, "select pg_terminate_backend(" + backend + ")");
                    statement.executeUpdate("insert into " + table + " (id) values (2)");
                } catch (SQLException e) {
                    throw new DatabaseFailure("insert into probe", e);
                }
            })).isInstanceOf(StoreUnavailable.class);

            assertThat(count(dataSource, table)).isZero();
            transactions.run(() -> new Sql(transactions).update("insert into " + table + " (id) values (3)"));
            assertThat(count(dataSource, table)).isEqualTo(1);
        } finally {
            execute(dataSource, "drop table " + table);
        }
    }

    private static int pid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("select pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int count(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select count(*) from " + table);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A pool that times out waiting for a connection, as Hikari does while the database is down. */
    private static final class Unreachable implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLTransientConnectionException("propertydesk - Connection is not available, request timed out after 250ms",
                    "08001");
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
