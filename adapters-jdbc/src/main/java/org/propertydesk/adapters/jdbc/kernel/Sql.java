package org.propertydesk.adapters.jdbc.kernel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Function;

/**
 * Prepared-statement plumbing for the JDBC stores: every statement runs on the connection of the
 * current unit of work (joining the caller's, or a short one of its own), binds its parameters and
 * turns an {@link SQLException} into a {@link DatabaseFailure}, or into a
 * {@link org.propertydesk.application.kernel.ConcurrencyConflict} when the database aborted the
 * transaction for a concurrent one ({@link TransactionConflicts}).
 */
public final class Sql {

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Work with a connection that may fail with an SQLException. */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final JdbcTransactions transactions;

    public Sql(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    /** Runs {@code work} in the current unit of work (or a new one), on its connection. */
    public <T> T inUnit(String what, ConnectionWork<T> work) {
        return transactions.inTransaction(() -> {
            try {
                return work.apply(transactions.connection());
            } catch (SQLException e) {
                throw TransactionConflicts.translate(what, e);
            }
        });
    }

    /** Which database the statements run on: call inside a unit of work or a read. */
    public Database database() {
        return transactions.database();
    }

    public int update(String sql, Object... parameters) {
        return inUnit(sql, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    /**
     * Runs read-only {@code work} on the connection of the current unit of work, or outside one on
     * a connection in auto-commit mode (see {@link JdbcTransactions#reading}): no commit for a read.
     */
    public <T> T reading(String what, ConnectionWork<T> work) {
        return transactions.reading(() -> {
            try {
                return work.apply(transactions.connection());
            } catch (SQLException e) {
                throw TransactionConflicts.translate(what, e);
            }
        });
    }

    /** A select: in the current unit of work, or outside one without a transaction of its own. */
    public <T> io.vavr.collection.List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        return reading(sql, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                    ResultSet rows = statement.executeQuery()) {
                java.util.List<T> result = new java.util.ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return io.vavr.collection.List.ofAll(result);
            }
        });
    }

    public static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /** The text form a UUID-based id is stored in. */
    public static String id(UUID value) {
        return value.toString();
    }

    /** Reads a stored id column back into a typed id. */
    public static <I> I id(ResultSet row, String column, Function<UUID, I> type) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : type.apply(UUID.fromString(value.trim()));
    }
}
