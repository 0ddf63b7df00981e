package org.propertydesk.adapters.jdbc.kernel;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.kernel.Transactions;

/**
 * {@link Transactions} on a {@link DataSource}: a unit of work takes one connection, turns
 * auto-commit off, binds the connection to the calling thread for its whole duration, and commits
 * when the work returns or rolls back when it throws. A unit started while another runs on the
 * same thread joins it: there is one commit, by the outermost.
 *
 * <p>When the database cannot be reached, or the connection breaks while the unit runs or
 * commits, the unit fails with the application's
 * {@link org.propertydesk.application.kernel.StoreUnavailable} (see {@link ConnectionLoss}), which a
 * caller may retry; any other refusal stays a {@link DatabaseFailure}.
 *
 * <p>Stores ask {@link #connection()} for the bound connection, so every statement of a use case
 * (its records, outbox rows, audit entries) lands in the same database transaction.
 *
 * <p>A store's pure read called outside any unit of work runs through {@link #reading}: on a
 * connection in auto-commit mode, with no transaction to open or commit (one round trip less
 * than a unit of work); inside a unit of work it joins it like any other statement.
 */
@SecondaryAdapter
public final class JdbcTransactions implements Transactions {

    private final DataSource dataSource;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();
    private final ThreadLocal<Connection> reader = new ThreadLocal<>();
    private volatile Database database;

    private JdbcTransactions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Units of work over the embedder's data source (pooled or not). */
    public static JdbcTransactions over(DataSource dataSource) {
        return new JdbcTransactions(dataSource);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (bound.get() != null) {
            return work.get();
        }
        if (reader.get() != null) {
            throw new IllegalStateException("a unit of work cannot start inside a read: the read's connection commits every statement");
        }
        Connection connection = open();
        try {
            bound.set(connection);
            T result = work.get();
            commit(connection);
            return result;
        } catch (RuntimeException | Error failure) {
            rollback(connection, failure);
            if (failure instanceof RuntimeException) {
                throw ConnectionLoss.translate("the connection broke during a unit of work", (RuntimeException) failure);
            }
            throw failure;
        } finally {
            bound.remove();
            release(connection);
        }
    }

    /** The connection of the unit of work running on this thread (or of the read {@link #reading} runs). */
    public Connection connection() {
        Connection connection = bound.get();
        if (connection == null) {
            connection = reader.get();
        }
        if (connection == null) {
            throw new IllegalStateException("no unit of work is running on this thread; call inside inTransaction");
        }
        return connection;
    }

    /**
     * Runs read-only {@code work} (selects only): inside the unit of work running on this thread if
     * there is one; else on a connection of its own in auto-commit mode, bound to the thread while
     * the work runs, so no transaction is begun or committed. Each statement then sees what was
     * committed when it ran, as under READ COMMITTED: work of several statements must tolerate
     * commits between them (the complaint store does: it reads rows first, then events up to each
     * row's history size). Starting a unit of work inside it is refused.
     */
    public <T> T reading(Supplier<T> work) {
        if (bound.get() != null || reader.get() != null) {
            return work.get();
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            reader.set(connection);
            try {
                return work.get();
            } finally {
                reader.remove();
            }
        } catch (SQLException e) {
            throw TransactionConflicts.translate("could not open a connection to read", e);
        }
    }

    /**
     * Runs {@code work} on a connection of its own in auto-commit mode, apart from any unit of
     * work on this thread: for idempotent housekeeping that must not wait for, or be undone with,
     * the caller's transaction (creating a row that later units of work lock).
     */
    public <T> T apart(Sql.ConnectionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw TransactionConflicts.translate("housekeeping outside the unit of work", e);
        }
    }

    /**
     * Which database the data source leads to, asked of the connection this thread works on the
     * first time, then remembered: a data source leads to one product for its whole life.
     */
    public Database database() {
        Database known = database;
        if (known == null) {
            try {
                known = Database.of(connection());
            } catch (SQLException e) {
                throw TransactionConflicts.translate("could not tell which database this is", e);
            }
            database = known;
        }
        return known;
    }

    /** Whether a unit of work (not a {@link #reading read}) is running on the calling thread. */
    public boolean active() {
        return bound.get() != null;
    }

    private Connection open() {
        try {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return connection;
        } catch (SQLException e) {
            throw TransactionConflicts.translate("could not open a unit of work", e);
        }
    }

    private static void commit(Connection connection) {
        try {
            connection.commit();
        } catch (SQLException e) {
            // On a Galera cluster a write set that loses certification fails here, at commit.
            throw TransactionConflicts.translate("could not commit the unit of work", e);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void release(Connection connection) {
        try {
            try {
                connection.setAutoCommit(true);
            } finally {
                connection.close();
            }
        } catch (SQLException e) {
            // The unit of work already committed or rolled back; a connection that cannot be
            // reset is closed and its pool will discard it. Nothing the caller can act on.
        }
    }
}
