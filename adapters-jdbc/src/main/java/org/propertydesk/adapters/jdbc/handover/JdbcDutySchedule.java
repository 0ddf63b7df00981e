package org.propertydesk.adapters.jdbc.handover;

import static org.propertydesk.adapters.jdbc.handover.Columns.instant;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.handover.DutySchedule;
import org.propertydesk.application.handover.ShiftChange;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * The {@link DutySchedule} in {@code pd_shift_change} (V4): the shift changes an integrator writes
 * with {@link JdbcHandover#schedule}, read along the primary key (office, post, instant). Whoever
 * came on at the latest change at or before an instant is on the post; before the first change,
 * whoever goes off at it.
 */
@SecondaryAdapter
final class JdbcDutySchedule implements DutySchedule {

    private static final String OF_POST = "select * from pd_shift_change where office_id = ? and post_id = ?";

    private final Sql sql;

    JdbcDutySchedule(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Option<ShiftChange> nextShiftChange(OfficeId office, PostId post, Instant from) {
        return sql.query(OF_POST + " and (at_second > ? or (at_second = ? and at_nano >= ?)) order by at_second, at_nano limit 1",
                        JdbcDutySchedule::change, Sql.id(office.value()), Sql.id(post.value()),
                        from.getEpochSecond(), from.getEpochSecond(), from.getNano())
                .headOption();
    }

    @Override
    public Option<StaffId> scheduledOn(OfficeId office, PostId post, Instant instant) {
        String officeId = Sql.id(office.value());
        String postId = Sql.id(post.value());
        return sql.inUnit("read who is scheduled on a post", connection -> sql.query(
                        OF_POST + " and (at_second < ? or (at_second = ? and at_nano <= ?))"
                                + " order by at_second desc, at_nano desc limit 1",
                        JdbcDutySchedule::change, officeId, postId,
                        instant.getEpochSecond(), instant.getEpochSecond(), instant.getNano())
                .headOption()
                .map(ShiftChange::incoming)
                .orElse(() -> sql.query(OF_POST + " order by at_second, at_nano limit 1", JdbcDutySchedule::change, officeId, postId)
                        .headOption()
                        .map(ShiftChange::outgoing)));
    }

    /** Schedules a change of shift, replacing whatever the schedule had on the post at that instant. */
    void schedule(OfficeId office, ShiftChange change) {
        Object[] values = {change.department().name(), Sql.id(change.outgoing().value()), Sql.id(change.incoming().value()),
            Sql.id(office.value()), Sql.id(change.post().value()), change.at().getEpochSecond(), change.at().getNano()};
        sql.inUnit("schedule a shift change", connection -> {
            if (sql.update("update pd_shift_change set department = ?, outgoing_id = ?, incoming_id = ?"
                    + " where office_id = ? and post_id = ? and at_second = ? and at_nano = ?", values) == 0) {
                sql.update("insert into pd_shift_change (department, outgoing_id, incoming_id, office_id, post_id, at_second, at_nano)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", values);
            }
            return null;
        });
    }

    private static ShiftChange change(ResultSet row) throws SQLException {
        return new ShiftChange(
                Sql.id(row, "post_id", PostId::new),
                Department.valueOf(row.getString("department")),
                Sql.id(row, "outgoing_id", StaffId::new),
                Sql.id(row, "incoming_id", StaffId::new),
                instant(row, "at"));
    }
}
