package org.propertydesk.adapters.jdbc.kernel;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Per-office head rows (of the audit chain, of the outbox) that appends lock to keep one order per
 * office. A head row is created once, on a connection apart from the caller's unit of work: a
 * concurrent creator wins without harm, and units of work only ever lock an existing row, so
 * writers queue on it instead of deadlocking over its insertion (seen on MariaDB).
 */
final class OfficeHeads {

    private OfficeHeads() {}

    static void ensure(JdbcTransactions transactions, String table, String insert, String office) {
        transactions.apart(connection -> {
            try (PreparedStatement exists = Sql.prepare(connection, "select 1 from " + table + " where office_id = ?", office);
                    ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return null;
                }
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
}
