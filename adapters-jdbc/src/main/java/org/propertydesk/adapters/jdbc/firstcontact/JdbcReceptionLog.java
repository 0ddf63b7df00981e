package org.propertydesk.adapters.jdbc.firstcontact;

import io.vavr.collection.Seq;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.adapters.jdbc.kernel.JdbcTransactions;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.firstcontact.ReceptionLog;
import org.propertydesk.domain.firstcontact.ReceptionEntry;
import org.propertydesk.domain.firstcontact.RequestKind;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * Each department's reception log (R-FC-7) in {@code pd_reception_entry}, append-only: lines are
 * numbered from 1 per office and department in the order their units of work recorded them, by
 * locking the department's row in {@code pd_reception_head} (created apart from the caller's unit
 * of work, so concurrent first lines queue on it instead of deadlocking over its insertion).
 */
@SecondaryAdapter
final class JdbcReceptionLog implements ReceptionLog {

    private final Sql sql;
    private final JdbcTransactions transactions;

    JdbcReceptionLog(Sql sql, JdbcTransactions transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    @Override
    public void record(ReceptionEntry entry) {
        Objects.requireNonNull(entry, "entry");
        String office = Sql.id(entry.office().value());
        String department = entry.department().name();
        ensureHead(office, department);
        sql.inUnit("record a reception-log line", connection -> {
            long position;
            try (PreparedStatement lock = Sql.prepare(connection,
                            "select position from pd_reception_head where office_id = ? and department = ? for update", office, department);
                    ResultSet rows = lock.executeQuery()) {
                rows.next();
                position = rows.getLong("position") + 1;
            }
            sql.update("insert into pd_reception_entry (office_id, department, position, request_id, first_contact_id, recorded_by,"
                            + " kind, matter, at_second, at_nano) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    office, department, position, Sql.id(entry.request().value()), Sql.id(entry.firstContact().value()),
                    Sql.id(entry.recordedBy().value()), entry.kind().name(), entry.matter(), entry.at().getEpochSecond(), entry.at().getNano());
            sql.update("update pd_reception_head set position = ? where office_id = ? and department = ?", position, office, department);
            return null;
        });
    }

    @Override
    public Seq<ReceptionEntry> of(OfficeId office, Department department) {
        return sql.query("select * from pd_reception_entry where office_id = ? and department = ? order by position",
                JdbcReceptionLog::entry, Sql.id(office.value()), department.name());
    }

    private void ensureHead(String office, String department) {
        // Asked on the unit's own connection first: only the first entry of a department needs a
        // second pooled connection (one per append starves the pool under load).
        if (transactions.active() && sql.inUnit("find the reception head", connection -> headExists(connection, office, department))) {
            return;
        }
        transactions.apart(connection -> {
            if (headExists(connection, office, department)) {
                return null;
            }
            try (PreparedStatement create = Sql.prepare(connection,
                    "insert into pd_reception_head (office_id, department, position) values (?, ?, 0)", office, department)) {
                create.executeUpdate();
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                    throw e;
                }
            }
            return null;
        });
    }

    private static boolean headExists(java.sql.Connection connection, String office, String department) throws SQLException {
        try (PreparedStatement exists = Sql.prepare(connection,
                        "select 1 from pd_reception_head where office_id = ? and department = ?", office, department);
                ResultSet rows = exists.executeQuery()) {
            return rows.next();
        }
    }

    private static ReceptionEntry entry(ResultSet row) throws SQLException {
        return new ReceptionEntry(
                Sql.id(row, "office_id", OfficeId::new),
                Department.valueOf(row.getString("department")),
                Sql.id(row, "request_id", ServiceRequestId::new),
                Sql.id(row, "first_contact_id", StaffId::new),
                Sql.id(row, "recorded_by", StaffId::new),
                RequestKind.valueOf(row.getString("kind")),
                row.getString("matter"),
                Instant.ofEpochSecond(row.getLong("at_second"), row.getInt("at_nano")));
    }
}
