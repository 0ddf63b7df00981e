package org.propertydesk.adapters.jdbc.kernel;

import java.sql.SQLException;
import org.propertydesk.application.kernel.ConcurrencyConflict;

/**
 * The database's own concurrency control rolled a transaction back because it collided with a
 * concurrent one: a deadlock, a serialization failure, or on a MariaDB Galera cluster a write set
 * that lost certification against another node's (reported as a deadlock, at a statement or at
 * commit). Nothing was written and nothing is wrong with the request, so the unit of work fails
 * with {@link ConcurrencyConflict} — ABORTED over gRPC, re-read and retry — not as a
 * {@link DatabaseFailure}.
 */
final class TransactionConflicts {

    /** SQL standard: transaction rollback, serialization failure (PostgreSQL, MariaDB, H2). */
    private static final String SERIALIZATION_FAILURE = "40001";
    /** PostgreSQL: deadlock detected. */
    private static final String DEADLOCK_DETECTED = "40P01";
    /** MariaDB and MySQL: ER_LOCK_DEADLOCK, also Galera's "WSREP detected deadlock/conflict". */
    private static final int MARIADB_DEADLOCK = 1213;

    private TransactionConflicts() {}

    /** Whether {@code failure}, or an exception it chains, says the transaction lost a race. */
    static boolean isConflict(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                SQLException sql = (SQLException) cause;
                if (SERIALIZATION_FAILURE.equals(sql.getSQLState()) || DEADLOCK_DETECTED.equals(sql.getSQLState())
                        || sql.getErrorCode() == MARIADB_DEADLOCK) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * {@code failure} as the exception a store throws — the one translation of a failed statement,
     * connection or commit, whatever path it took: {@link ConcurrencyConflict} when the database
     * aborted the transaction for a concurrent one, the application's {@code StoreUnavailable} when
     * the connection was lost or never made ({@link ConnectionLoss}), else {@link DatabaseFailure}.
     */
    static RuntimeException translate(String what, SQLException failure) {
        if (isConflict(failure)) {
            ConcurrencyConflict conflict = new ConcurrencyConflict("a record this request writes", ConcurrencyConflict.UNKNOWN_VERSION);
            conflict.initCause(failure);
            return conflict;
        }
        return ConnectionLoss.translate(what, new DatabaseFailure(what, failure));
    }
}
