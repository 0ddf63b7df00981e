package org.propertydesk.benchmarks.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.IntakeFacts;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * The baseline: what an integrator would write by hand for the same rows, on the same pool. A
 * registration inserts the {@code pd_complaint} row, its one {@code pd_complaint_event} row (the
 * registration) and its {@code pd_outbox} row (the event as JSON, at the office's next position,
 * taken from {@code pd_outbox_head} under a row lock) in one transaction; the class (communicative,
 * help-seeking: R-CO-1 for a request for help with no fault of the company), step and version of a
 * newly registered complaint of these facts are constants here, as a hand-written system would
 * hard-code its intake. A read selects the complaint row and its event rows by
 * primary key into plain values.
 */
final class HandWritten {

    private static final String INSERT_COMPLAINT = "insert into pd_complaint (office_id, complaint_id, version, history_size, complainant,"
            + " registered_second, registered_nano, subject, location, cause, utility, ask, repair, important, account, class_kind,"
            + " class_value, step, closed, department, location_key) values (?, ?, 0, 1, ?, ?, ?, ?, ?, 'NO_FAULT', null, ?, null, ?, ?,"
            + " 'COMMUNICATIVE', 'HELP_SEEKING', 'RECORDED', false, null, ?)";

    private static final String INSERT_EVENT = "insert into pd_complaint_event (office_id, complaint_id, sequence, event_type, at_second,"
            + " at_nano, by_id, to_kind, to_value) values (?, ?, 0, 'Registered', ?, ?, ?, 'COMMUNICATIVE', 'HELP_SEEKING')";

    private static final String LOCK_HEAD = "select position from pd_outbox_head where office_id = ? for update";
    private static final String INSERT_OUTBOX = "insert into pd_outbox (office_id, position, event_type, payload, published)"
            + " values (?, ?, 'complaint.Registered', ?, false)";
    private static final String MOVE_HEAD = "update pd_outbox_head set position = ? where office_id = ?";

    private static final String SELECT_COMPLAINT = "select office_id, complaint_id, version, history_size, complainant,"
            + " registered_second, registered_nano, subject, location, cause, utility, ask, repair, important, account, class_kind,"
            + " class_value, step, closed, department from pd_complaint where office_id = ? and complaint_id = ?";
    private static final String SELECT_EVENTS = "select office_id, complaint_id, sequence, event_type, at_second, at_nano, by_id,"
            + " supervisor_id, action, step, department, standing, reply_text, commitment, satisfied, reason, from_kind, from_value,"
            + " to_kind, to_value, trigger_kind, trigger_target, trigger_second, trigger_nano, trigger_complaint_id"
            + " from pd_complaint_event where office_id = ? and complaint_id = ? order by sequence";

    private final javax.sql.DataSource pool;

    HandWritten(javax.sql.DataSource pool) {
        this.pool = pool;
    }

    void createOutboxHeads(List<JdbcBenchmarks.Office> offices) {
        try (Connection connection = pool.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into pd_outbox_head (office_id, position) values (?, 0) on conflict do nothing")) {
            for (JdbcBenchmarks.Office office : offices) {
                insert.setString(1, office.id().value().toString());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("creating outbox heads", e);
        }
    }

    /** Registers a complaint of {@code facts} (no cause but the resident's, a request for help) by the office's assistant. */
    void register(JdbcBenchmarks.Office office, String complainant, IntakeFacts facts) throws SQLException {
        String officeId = office.id().value().toString();
        String complaintId = UUID.randomUUID().toString();
        String by = office.assistant().value().toString();
        Instant now = Instant.now();
        String subject = facts.subject().name();
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement insert = connection.prepareStatement(INSERT_COMPLAINT)) {
                    insert.setString(1, officeId);
                    insert.setString(2, complaintId);
                    insert.setString(3, complainant);
                    insert.setLong(4, now.getEpochSecond());
                    insert.setInt(5, now.getNano());
                    insert.setString(6, subject);
                    insert.setString(7, facts.location().value());
                    insert.setString(8, facts.ask().name());
                    insert.setBoolean(9, facts.important());
                    insert.setString(10, facts.account());
                    insert.setString(11, facts.location().key());
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
                    insert.setString(1, officeId);
                    insert.setString(2, complaintId);
                    insert.setLong(3, now.getEpochSecond());
                    insert.setInt(4, now.getNano());
                    insert.setString(5, by);
                    insert.executeUpdate();
                }
                long position;
                try (PreparedStatement lock = connection.prepareStatement(LOCK_HEAD)) {
                    lock.setString(1, officeId);
                    try (ResultSet rows = lock.executeQuery()) {
                        rows.next();
                        position = rows.getLong(1) + 1;
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement(INSERT_OUTBOX)) {
                    insert.setString(1, officeId);
                    insert.setLong(2, position);
                    insert.setString(3, payload(complaintId, officeId, complainant, facts, by, now));
                    insert.executeUpdate();
                }
                try (PreparedStatement move = connection.prepareStatement(MOVE_HEAD)) {
                    move.setLong(1, position);
                    move.setString(2, officeId);
                    move.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** The registration event as the adapter's outbox writes it. */
    static String payload(String complaint, String office, String complainant, IntakeFacts facts, String by, Instant at) {
        StringBuilder json = new StringBuilder(512);
        json.append("{\"complaint\":\"").append(complaint)
                .append("\",\"office\":\"").append(office)
                .append("\",\"complainant\":{\"value\":\"").append(escape(complainant))
                .append("\"},\"facts\":{\"subject\":\"").append(facts.subject().name())
                .append("\",\"location\":{\"value\":\"").append(escape(facts.location().value()))
                .append("\"},\"cause\":{},\"ask\":\"").append(facts.ask().name())
                .append("\",\"repair\":null,\"important\":").append(facts.important())
                .append(",\"account\":\"").append(escape(facts.account()))
                .append("\"},\"classification\":{\"kind\":\"HELP_SEEKING\",\"effective\":false},\"by\":\"").append(by)
                .append("\",\"at\":\"").append(at)
                .append("\"}");
        return json.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Reads the complaint row and its event rows; how many rows were read. */
    int select(OfficeId office, ComplaintId complaint) throws SQLException {
        String officeId = office.value().toString();
        String complaintId = complaint.value().toString();
        int rows = 0;
        try (Connection connection = pool.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement(SELECT_COMPLAINT)) {
                select.setString(1, officeId);
                select.setString(2, complaintId);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows++;
                        readAll(row, 20);
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement(SELECT_EVENTS)) {
                select.setString(1, officeId);
                select.setString(2, complaintId);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows++;
                        readAll(row, 25);
                    }
                }
            }
        }
        return rows;
    }

    private static Object[] readAll(ResultSet row, int columns) throws SQLException {
        Object[] values = new Object[columns];
        for (int i = 0; i < columns; i++) {
            values[i] = row.getObject(i + 1);
        }
        return values;
    }

    /** How many complaints an office holds on average: what the registration's read of the month's complaints (R-CO-8) returned at the end. */
    double averageComplaintsPerOffice() {
        try (Connection connection = pool.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*)::float8 / greatest(count(distinct office_id), 1) from pd_complaint");
                ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getDouble(1);
        } catch (SQLException e) {
            throw new IllegalStateException("counting complaints", e);
        }
    }
}
