package org.propertydesk.adapters.jdbc.kernel;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.propertydesk.application.kernel.StoreUnavailable;

/**
 * Tells a database that is unreachable, or a connection that broke, from a statement the database
 * refused: only the first is worth a retry, and {@link JdbcTransactions} answers it as the
 * application's {@link StoreUnavailable}. Recognised, anywhere in the failure's causes:
 * <ul>
 *   <li>SQL state class {@code 08} (connection exception: refused, broken, closed);</li>
 *   <li>{@code 57P01} admin shutdown (a {@code pg_terminate_backend} or a fast shutdown),
 *       {@code 57P02} crash shutdown, {@code 57P03} cannot connect now (starting up or shutting
 *       down);</li>
 *   <li>{@link SQLTransientConnectionException} (a pool's connection timeout, e.g. Hikari's, when
 *       the database does not answer) and {@link SQLRecoverableException}.</li>
 * </ul>
 * Deadlocks and serialisation failures are not connection losses: the connection is fine.
 */
final class ConnectionLoss {

    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private ConnectionLoss() {}

    /**
     * {@code failure} as {@link StoreUnavailable} when it comes from a lost connection or an
     * unreachable database; otherwise {@code failure} itself.
     */
    static RuntimeException translate(String what, RuntimeException failure) {
        if (failure instanceof StoreUnavailable || !lost(failure)) {
            return failure;
        }
        return new StoreUnavailable(what, failure);
    }

    /** Whether {@code failure} or any of its causes says the connection was lost or never made. */
    static boolean lost(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null && (next == sql || seen.add(next)); next = next.getNextException()) {
                    if (saysLost(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean saysLost(SQLException exception) {
        if (exception instanceof SQLTransientConnectionException || exception instanceof SQLRecoverableException) {
            return true;
        }
        String state = exception.getSQLState();
        return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }
}
