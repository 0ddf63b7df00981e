package org.propertydesk.adapters.jdbc.kernel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Per-office head rows (of the audit chain, of the outbox) that appends lock to keep one order per
 * office. A head row is created once, on a connection apart from the caller's unit of work: a
 * concurrent creator wins without harm, and units of work only ever lock an existing row, so
 * writers queue on it instead of deadlocking over its insertion (seen on MariaDB).
 *
 * <p>Whether the row exists is asked first on the caller's own connection: only the office's very
 * first write needs a second one. A unit of work that takes a second pooled connection on every
 * append starves the pool under load — with as many writers as connections, each holds one and
 * waits for another until the pool gives up (seen with 24 concurrent writers on a pool of 16).
 */
final class OfficeHeads {

    private OfficeHeads() {}

    static void ensure(JdbcTransactions transactions, String table, String insert, String office) {
        if (transactions.active() && new Sql(transactions).inUnit("find the office's " + table + " row",
                connection -> exists(connection, table, office))) {
            return;
        }
        transactions.apart(connection -> {
            if (exists(connection, table, office)) {
                return null;
            }
            try (PreparedStatement create = Sql.prepare(connection, insert, office)) {
                create.executeUpdate();
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                    throw e;
                }
            }
            return null;
        });
    }

    private static boolean exists(Connection connection, String table, String office) throws SQLException {
        try (PreparedStatement exists = Sql.prepare(connection, "select 1 from " + table + " where office_id = ?", office);
                ResultSet rows = exists.executeQuery()) {
            return rows.next();
        }
    }
}
