package org.propertydesk.adapters.jdbc.kernel;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The three databases PropertyDesk supports, told apart by the product name a connection's driver
 * reports (no round trip with pgjdbc, MariaDB Connector/J or H2). Stores write portable SQL; the
 * few places that send PostgreSQL one statement where the others need several ask which this is.
 */
public enum Database {
    H2,
    POSTGRESQL,
    MARIADB;

    /** The database behind {@code connection}; refuses any other product. */
    public static Database of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("mariadb") || product.contains("mysql")) {
            return MARIADB;
        }
        throw new IllegalStateException("PropertyDesk supports H2, PostgreSQL and MariaDB, not " + product);
    }
}
