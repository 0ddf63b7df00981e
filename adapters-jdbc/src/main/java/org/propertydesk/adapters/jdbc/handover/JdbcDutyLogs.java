package org.propertydesk.adapters.jdbc.handover;

import static org.propertydesk.adapters.jdbc.handover.Columns.instant;
import static org.propertydesk.adapters.jdbc.handover.Columns.nano;
import static org.propertydesk.adapters.jdbc.handover.Columns.second;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.adapters.jdbc.kernel.DatabaseFailure;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.handover.DutyLogs;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.handover.Disposition;
import org.propertydesk.domain.handover.DutyLog;
import org.propertydesk.domain.handover.DutyLogId;
import org.propertydesk.domain.handover.EntryId;
import org.propertydesk.domain.handover.EntryKind;
import org.propertydesk.domain.handover.LogEntry;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * {@link DutyLogs} in {@code pd_duty_log} and {@code pd_duty_log_entry} (V4); a unique index keeps
 * one log per post, so two units of work opening a post's log at once cannot both succeed. A post's
 * log only grows, so an update writes just the matters that are new or changed (all in the unit of
 * work that moves the version on) instead of rewriting the whole log each time.
 */
@SecondaryAdapter
final class JdbcDutyLogs implements DutyLogs {

    private static final String ENTRY_COLUMNS = "position, kind, cause, course, result, disposition, carry_over_reason,"
            + " author_id, at_second, at_nano";

    private final Sql sql;

    JdbcDutyLogs(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Option<DutyLog> find(OfficeId office, DutyLogId id) {
        return load("office_id = ? and duty_log_id = ?", Sql.id(office.value()), Sql.id(id.value()));
    }

    @Override
    public Option<DutyLog> ofPost(OfficeId office, PostId post) {
        return load("office_id = ? and post_id = ?", Sql.id(office.value()), Sql.id(post.value()));
    }

    @Override
    public void add(DutyLog log) {
        String office = Sql.id(log.office().value());
        String id = Sql.id(log.id().value());
        sql.inUnit("add duty log", connection -> {
            try {
                sql.update("insert into pd_duty_log (office_id, duty_log_id, post_id, version) values (?, ?, ?, ?)",
                        office, id, Sql.id(log.post().value()), log.version());
            } catch (DatabaseFailure failure) {
                if (Columns.duplicateKey(failure)) {
                    throw new ConcurrencyConflict("duty log " + log.id() + " of post " + log.post(), log.version());
                }
                throw failure;
            }
            java.util.List<Object[]> rows = new ArrayList<>();
            for (Tuple2<LogEntry, Integer> entry : log.entries().zipWithIndex()) {
                rows.add(prepend(office, id, entry._1.id(), values(entry._1, entry._2)));
            }
            Columns.batch(sql, "insert into pd_duty_log_entry (office_id, duty_log_id, entry_id, " + ENTRY_COLUMNS + ")"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            return null;
        });
    }

    @Override
    public void update(DutyLog updated, long expectedVersion) {
        if (updated.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("duty log " + updated.id() + " must be updated to version " + (expectedVersion + 1));
        }
        String office = Sql.id(updated.office().value());
        String id = Sql.id(updated.id().value());
        sql.inUnit("update duty log", connection -> {
            int changed = sql.update("update pd_duty_log set post_id = ?, version = ?"
                            + " where office_id = ? and duty_log_id = ? and version = ?",
                    Sql.id(updated.post().value()), updated.version(), office, id, expectedVersion);
            if (changed == 0) {
                throw new ConcurrencyConflict("duty log " + updated.id(), expectedVersion);
            }
            Map<EntryId, Tuple2<LogEntry, Integer>> stored = entries(office, id).toMap(entry -> entry._1.id(), entry -> entry);
            java.util.List<Object[]> added = new ArrayList<>();
            java.util.List<Object[]> changedRows = new ArrayList<>();
            for (Tuple2<LogEntry, Integer> entry : updated.entries().zipWithIndex()) {
                Option<Tuple2<LogEntry, Integer>> before = stored.get(entry._1.id());
                if (before.isEmpty()) {
                    added.add(prepend(office, id, entry._1.id(), values(entry._1, entry._2)));
                } else if (!before.get().equals(entry)) {
                    Object[] values = values(entry._1, entry._2);
                    Object[] row = java.util.Arrays.copyOf(values, values.length + 3);
                    row[values.length] = office;
                    row[values.length + 1] = id;
                    row[values.length + 2] = Sql.id(entry._1.id().value());
                    changedRows.add(row);
                }
            }
            for (EntryId gone : stored.keySet().removeAll(updated.entries().map(LogEntry::id))) {
                sql.update("delete from pd_duty_log_entry where office_id = ? and duty_log_id = ? and entry_id = ?",
                        office, id, Sql.id(gone.value()));
            }
            Columns.batch(sql, "update pd_duty_log_entry set " + ENTRY_COLUMNS.replace(",", " = ?,") + " = ?"
                    + " where office_id = ? and duty_log_id = ? and entry_id = ?", changedRows);
            Columns.batch(sql, "insert into pd_duty_log_entry (office_id, duty_log_id, entry_id, " + ENTRY_COLUMNS + ")"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", added);
            return null;
        });
    }

    /** The log whose row matches {@code where}, with its matters, as one committed version. */
    private Option<DutyLog> load(String where, Object... parameters) {
        return sql.inUnit("read duty log", connection -> Columns.whole("duty log", () -> loadOnce(where, parameters).toList(),
                        log -> Sql.id(log.id().value()), DutyLog::version,
                        () -> Columns.versions(sql, "select duty_log_id, version from pd_duty_log where " + where, "duty_log_id",
                                parameters))
                .headOption());
    }

    private Option<DutyLog> loadOnce(String where, Object... parameters) {
        return sql.inUnit("read duty log", connection -> {
            Option<DutyLog> head = sql.query("select * from pd_duty_log where " + where, row -> new DutyLog(
                            Sql.id(row, "duty_log_id", DutyLogId::new), Sql.id(row, "office_id", OfficeId::new),
                            Sql.id(row, "post_id", PostId::new), List.empty(), row.getLong("version")), parameters)
                    .headOption();
            return head.map(log -> new DutyLog(log.id(), log.office(), log.post(),
                    entries(Sql.id(log.office().value()), Sql.id(log.id().value())).map(Tuple2::_1), log.version()));
        });
    }

    /** The log's matters in order, each with its position. */
    private Seq<Tuple2<LogEntry, Integer>> entries(String office, String id) {
        return sql.query("select * from pd_duty_log_entry where office_id = ? and duty_log_id = ? order by position",
                row -> Tuple.of(entry(row), row.getInt("position")), office, id);
    }

    private static LogEntry entry(ResultSet row) throws SQLException {
        Disposition disposition = switch (row.getString("disposition")) {
            case "OPEN" -> new Disposition.Open();
            case "CLOSED_OUT" -> new Disposition.ClosedOut();
            default -> new Disposition.CarriedOver(row.getString("carry_over_reason"));
        };
        return new LogEntry(Sql.id(row, "entry_id", EntryId::new), EntryKind.valueOf(row.getString("kind")),
                row.getString("cause"), row.getString("course"), row.getString("result"), disposition,
                Sql.id(row, "author_id", StaffId::new), instant(row, "at"));
    }

    /** An entry's values in the order of {@link #ENTRY_COLUMNS}. */
    private static Object[] values(LogEntry entry, int position) {
        String disposition;
        String reason = null;
        if (entry.disposition() instanceof Disposition.CarriedOver carried) {
            disposition = "CARRIED_OVER";
            reason = carried.reason();
        } else {
            disposition = entry.disposition() instanceof Disposition.Open ? "OPEN" : "CLOSED_OUT";
        }
        return new Object[] {position, entry.kind().name(), entry.cause(), entry.course(), entry.result(), disposition, reason,
            Sql.id(entry.author().value()), second(entry.at()), nano(entry.at())};
    }

    private static Object[] prepend(String office, String id, EntryId entry, Object[] values) {
        Object[] row = new Object[values.length + 3];
        row[0] = office;
        row[1] = id;
        row[2] = Sql.id(entry.value());
        System.arraycopy(values, 0, row, 3, values.length);
        return row;
    }
}
