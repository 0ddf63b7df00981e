package org.propertydesk.adapters.jdbc.confidentiality;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.domain.confidentiality.Approval;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;

/**
 * Column mappings the records office's stores share: an instant as its {@code <name>_second} and
 * {@code <name>_nano} columns (both null for an absent one), and an approval as the columns
 * {@code pd_approval} and {@code pd_loan_approval} have in common.
 */
final class Columns {

    /** The approval columns after the table's own key columns, in {@link #approvalValues} order. */
    static final String APPROVAL = "document_id, purpose, approver_id, role, department, clearance_level, at_second, at_nano, written";

    private Columns() {}

    static Long second(Option<Instant> instant) {
        return instant.map(Instant::getEpochSecond).getOrNull();
    }

    static Integer nano(Option<Instant> instant) {
        return instant.map(Instant::getNano).getOrNull();
    }

    static Instant instant(ResultSet row, String name) throws SQLException {
        return Instant.ofEpochSecond(row.getLong(name + "_second"), row.getInt(name + "_nano"));
    }

    static Option<Instant> optionalInstant(ResultSet row, String name) throws SQLException {
        long second = row.getLong(name + "_second");
        if (row.wasNull()) {
            return Option.none();
        }
        return Option.some(Instant.ofEpochSecond(second, row.getInt(name + "_nano")));
    }

    static Option<StaffId> optionalStaff(ResultSet row, String column) throws SQLException {
        return Option.of(Sql.id(row, column, StaffId::new));
    }

    static Object[] approvalValues(Approval approval) {
        return new Object[] {
            Sql.id(approval.document().value()),
            approval.purpose().name(),
            Sql.id(approval.approver().value()),
            approval.role().name(),
            approval.department().name(),
            approval.clearance().name(),
            approval.at().getEpochSecond(),
            approval.at().getNano(),
            approval.written()
        };
    }

    static Approval approval(ResultSet row) throws SQLException {
        return new Approval(
                Sql.id(row, "document_id", DocumentId::new),
                Approval.Purpose.valueOf(row.getString("purpose")),
                Sql.id(row, "approver_id", StaffId::new),
                Role.valueOf(row.getString("role")),
                Department.valueOf(row.getString("department")),
                ClearanceLevel.valueOf(row.getString("clearance_level")),
                instant(row, "at"),
                row.getBoolean("written"));
    }

    /** {@code leading} followed by {@code rest}, for a statement's parameters. */
    static Object[] concat(Object[] leading, Object... rest) {
        Object[] all = new Object[leading.length + rest.length];
        System.arraycopy(leading, 0, all, 0, leading.length);
        System.arraycopy(rest, 0, all, leading.length, rest.length);
        return all;
    }

    /** Child rows grouped by the id of the aggregate they belong to, each group in query order. */
    static <I, T> Map<I, Seq<T>> byParent(Seq<Child<I, T>> children) {
        return children.groupBy(Child::parent).mapValues(group -> group.map(Child::value));
    }

    static <I, T> Seq<T> childrenOf(Map<I, Seq<T>> grouped, I parent) {
        return grouped.get(parent).getOrElse(List.empty());
    }

    /** One child row with the id of the aggregate it belongs to. */
    record Child<I, T>(I parent, T value) {}
}
