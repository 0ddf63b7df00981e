package org.propertydesk.adapters.jdbc.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.kernel.Directory;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/** The staff {@link Directory} in table {@code pd_staff}. */
@SecondaryAdapter
final class JdbcDirectory implements Directory {

    private static final String COLUMNS = "office_id, staff_id, name, role, department, superior_id, clearance";

    private final Sql sql;

    JdbcDirectory(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Option<StaffMember> staffMember(OfficeId office, StaffId staff) {
        return sql.query("select " + COLUMNS + " from pd_staff where office_id = ? and staff_id = ?",
                        JdbcDirectory::member, Sql.id(office.value()), Sql.id(staff.value()))
                .headOption();
    }

    @Override
    public Seq<StaffMember> staffOf(OfficeId office) {
        return sql.query("select " + COLUMNS + " from pd_staff where office_id = ? order by staff_id",
                JdbcDirectory::member, Sql.id(office.value()));
    }

    @Override
    public void register(StaffMember member) {
        Object[] values = {
            member.name(),
            member.role().name(),
            member.department().name(),
            member.superior().map(boss -> Sql.id(boss.value())).getOrNull(),
            member.clearance().name(),
            Sql.id(member.office().value()),
            Sql.id(member.id().value())
        };
        sql.inUnit("register staff member", connection -> {
            int updated = sql.update("update pd_staff set name = ?, role = ?, department = ?, superior_id = ?,"
                    + " clearance = ?, version = version + 1 where office_id = ? and staff_id = ?", values);
            if (updated == 0) {
                sql.update("insert into pd_staff (name, role, department, superior_id, clearance, office_id, staff_id,"
                        + " version) values (?, ?, ?, ?, ?, ?, ?, 1)", values);
            }
            return null;
        });
    }

    private static StaffMember member(ResultSet row) throws SQLException {
        return new StaffMember(
                Sql.id(row, "staff_id", StaffId::new),
                Sql.id(row, "office_id", OfficeId::new),
                row.getString("name"),
                Role.valueOf(row.getString("role")),
                Department.valueOf(row.getString("department")),
                Option.of(Sql.id(row, "superior_id", StaffId::new)),
                ClearanceLevel.valueOf(row.getString("clearance")));
    }
}
