package org.propertydesk.adapters.jdbc.kernel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-office head rows (of the audit chain, of the outbox) that appends lock to keep one order per
 * office. A head row is created once, on a connection apart from the caller's unit of work: a
 * concurrent creator wins without harm, and units of work only ever lock an existing row, so
 * writers queue on it instead of deadlocking over its insertion (seen on MariaDB).
 *
 * <p>Nothing deletes a head row, so the offices whose row this instance has seen or created are
 * remembered: an append to such an office neither borrows a second connection nor asks the
 * database again. Otherwise whether the row exists is asked first on the caller's own connection:
 * only the office's very first write needs a second one. A unit of work that takes a second
 * pooled connection on every append starves the pool under load — with as many writers as
 * connections, each holds one and waits for another until the pool gives up (seen with 24
 * concurrent writers on a pool of 16).
 */
final class OfficeHeads {

    private final JdbcTransactions transactions;
    private final String table;
    private final String insert;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /** Heads in {@code table}, created by {@code insert} (office id its only parameter). */
    OfficeHeads(JdbcTransactions transactions, String table, String insert) {
        this.transactions = transactions;
        this.table = table;
        this.insert = insert;
    }

    /** Makes sure the office's head row exists, before the caller's unit of work locks it. */
    void ensure(String office) {
        if (known.contains(office)) {
            return;
        }
        if (transactions.active() && new Sql(transactions).inUnit("find the office's " + table + " row",
                connection -> exists(connection, table, office))) {
            known.add(office);
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
        known.add(office);
    }

    private static boolean exists(Connection connection, String table, String office) throws SQLException {
        try (PreparedStatement exists = Sql.prepare(connection, "select 1 from " + table + " where office_id = ?", office);
                ResultSet rows = exists.executeQuery()) {
            return rows.next();
        }
    }
}
