package org.propertydesk.adapters.jdbc.risk;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.risk.HazardousWorks;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.HazardousWork;
import org.propertydesk.domain.risk.NoticeId;
import org.propertydesk.domain.risk.WorkOrderId;

/** {@link HazardousWorks} in {@code pd_hazardous_work}, one row per work order, versioned. */
@SecondaryAdapter
final class JdbcHazardousWorks implements HazardousWorks {

    private final Sql sql;

    JdbcHazardousWorks(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Option<HazardousWork> find(OfficeId office, WorkOrderId id) {
        return sql.query("select * from pd_hazardous_work where office_id = ? and work_order_id = ?",
                        JdbcHazardousWorks::work, Sql.id(office.value()), Sql.id(id.value()))
                .headOption();
    }

    @Override
    public void add(HazardousWork work) {
        columns(work).put("office_id", Sql.id(work.office().value())).put("work_order_id", Sql.id(work.id().value()))
                .insertInto(sql, "pd_hazardous_work");
    }

    @Override
    public void update(HazardousWork updated, long expectedVersion) {
        if (updated.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("hazardous work order " + updated.id() + " must carry version " + (expectedVersion + 1));
        }
        if (columns(updated).update(sql, "pd_hazardous_work", "office_id = ? and work_order_id = ? and version = ?",
                Sql.id(updated.office().value()), Sql.id(updated.id().value()), expectedVersion) == 0) {
            throw new ConcurrencyConflict("hazardous work order " + updated.id(), expectedVersion);
        }
    }

    private static Row columns(HazardousWork work) {
        return new Row()
                .put("version", work.version())
                .put("place", work.place())
                .put("hazard", work.hazard())
                .put("state", work.state().name())
                .put("warning_id", work.warning().map(warning -> Sql.id(warning.value())).getOrNull());
    }

    private static HazardousWork work(ResultSet row) throws SQLException {
        return new HazardousWork(
                Sql.id(row, "work_order_id", WorkOrderId::new),
                Sql.id(row, "office_id", OfficeId::new),
                row.getLong("version"),
                row.getString("place"),
                row.getString("hazard"),
                HazardousWork.State.valueOf(row.getString("state")),
                Option.of(Sql.id(row, "warning_id", NoticeId::new)));
    }
}
