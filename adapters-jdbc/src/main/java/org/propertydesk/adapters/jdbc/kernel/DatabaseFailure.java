package org.propertydesk.adapters.jdbc.kernel;

import java.sql.SQLException;

/**
 * The database refused or broke: an infrastructure failure, never a rule's rejection. Carries the
 * driver's SQL state so callers can tell a lost connection ({@code 08…}) from the rest.
 */
public final class DatabaseFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;

    public DatabaseFailure(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
        this.sqlState = cause.getSQLState();
    }

    /** The SQL state the driver reported, or null where it gave none. */
    public String sqlState() {
        return sqlState;
    }
}
