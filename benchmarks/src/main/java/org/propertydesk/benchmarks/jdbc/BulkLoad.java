package org.propertydesk.benchmarks.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * Fills the complaint tables for the work-queue measurement with copies of one complaint the
 * adapter registered (its row and its history), so every row is one the adapter wrote and reads
 * back: multi-row {@code insert … select} statements over {@code generate_series}, one per batch of
 * offices, each copy with a new id, complainant, place and an earlier registration time. Other
 * offices' ids are name-based UUIDs computed by the database.
 */
final class BulkLoad {

    private static final String COMPLAINT_COLUMNS = "office_id, complaint_id, version, history_size, complainant, registered_second,"
            + " registered_nano, subject, location, cause, utility, ask, repair, important, account, class_kind, class_value, step,"
            + " closed, department, location_key";
    private static final String EVENT_COLUMNS = "office_id, complaint_id, sequence, event_type, at_second, at_nano, by_id, supervisor_id,"
            + " action, step, department, standing, reply_text, commitment, satisfied, reason, from_kind, from_value, to_kind, to_value,"
            + " trigger_kind, trigger_target, trigger_second, trigger_nano, trigger_complaint_id";

    private static final int OFFICES_PER_STATEMENT = 50;

    private final DataSource pool;
    private final String templateOffice;
    private final String template;
    private final int perOffice;

    BulkLoad(DataSource pool, OfficeId templateOffice, ComplaintId template, int perOffice) {
        this.pool = pool;
        this.templateOffice = templateOffice.value().toString();
        this.template = template.value().toString();
        this.perOffice = perOffice;
    }

    /** {@code copies} more open complaints in {@code office}. */
    void copiesInto(OfficeId office, int copies) {
        copy("(select cast(? as char(36)) as office_id) o", copies, office.value().toString());
    }

    /** {@code perOffice} open complaints in each of the other offices numbered {@code from} (inclusive) to {@code to} (exclusive). */
    void otherOffices(int from, int to) {
        for (int start = from; start < to; start += OFFICES_PER_STATEMENT) {
            int end = Math.min(to, start + OFFICES_PER_STATEMENT);
            copy("(select cast(md5('propertydesk-bench-office-' || g)::uuid as char(36)) as office_id from generate_series(?, ?) g) o",
                    perOffice, start, end - 1);
        }
    }

    private void copy(String offices, int copies, Object... officeParameters) {
        String sql = "with made as (insert into pd_complaint (" + COMPLAINT_COLUMNS + ")"
                + " select o.office_id, cast(gen_random_uuid() as char(36)), t.version, t.history_size, t.complainant || '-' || n,"
                + " t.registered_second - 60 * n, t.registered_nano, t.subject, t.location || ' #' || n, t.cause, t.utility, t.ask,"
                + " t.repair, t.important, t.account, t.class_kind, t.class_value, t.step, t.closed, t.department,"
                + " t.location_key || ' #' || n"
                + " from pd_complaint t cross join " + offices + " cross join generate_series(1, ?) n"
                + " where t.office_id = ? and t.complaint_id = ?"
                + " returning office_id, complaint_id, registered_second, registered_nano)"
                + " insert into pd_complaint_event (" + EVENT_COLUMNS + ")"
                + " select m.office_id, m.complaint_id, e.sequence, e.event_type, m.registered_second, m.registered_nano, e.by_id,"
                + " e.supervisor_id, e.action, e.step, e.department, e.standing, e.reply_text, e.commitment, e.satisfied, e.reason,"
                + " e.from_kind, e.from_value, e.to_kind, e.to_value, e.trigger_kind, e.trigger_target, e.trigger_second,"
                + " e.trigger_nano, e.trigger_complaint_id"
                + " from made m cross join pd_complaint_event e where e.office_id = ? and e.complaint_id = ?";
        try (Connection connection = pool.getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            int i = 1;
            for (Object parameter : officeParameters) {
                insert.setObject(i++, parameter);
            }
            insert.setInt(i++, copies);
            insert.setString(i++, templateOffice);
            insert.setString(i++, template);
            insert.setString(i++, templateOffice);
            insert.setString(i, template);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("bulk load: " + e.getMessage(), e);
        }
    }

    /** Fresh statistics and visibility map, as a table that has been in use has. */
    void analyze() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze pd_complaint");
            statement.execute("vacuum analyze pd_complaint_event");
        } catch (SQLException e) {
            throw new IllegalStateException("vacuum analyze: " + e.getMessage(), e);
        }
    }

    /** The open complaints in the table. */
    long count() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from pd_complaint where not closed")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("count: " + e.getMessage(), e);
        }
    }
}
