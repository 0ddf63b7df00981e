package org.propertydesk.adapters.jdbc.risk;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.Arrears;
import org.propertydesk.domain.risk.ArrearsId;
import org.propertydesk.domain.risk.NoticeId;

/**
 * The {@link org.propertydesk.application.risk.Arrears} port on the desk's own tables:
 * {@code pd_arrears} and the demands proven served on each in {@code pd_arrears_demand}. The
 * outstanding arrears of an office (settled_on null) come from index {@code pd_arrears_outstanding},
 * their demands in one more statement. Versioned as the notices are.
 */
@SecondaryAdapter
final class JdbcArrears implements org.propertydesk.application.risk.Arrears {

    static final String OUTSTANDING = "select * from pd_arrears where office_id = ? and settled_on is null";
    static final String OUTSTANDING_DEMANDS = "select d.arrears_id, d.notice_id, d.served_on from pd_arrears_demand d"
            + " join pd_arrears a on a.office_id = d.office_id and a.arrears_id = d.arrears_id"
            + " where a.office_id = ? and a.settled_on is null order by d.arrears_id, d.position";

    private final Sql sql;

    JdbcArrears(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Option<Arrears> find(OfficeId office, ArrearsId id) {
        String officeId = Sql.id(office.value());
        String arrearsId = Sql.id(id.value());
        return sql.inUnit("read arrears", connection -> {
            Map<ArrearsId, List<Arrears.ServedDemand>> demands = byArrears(sql.query(
                    "select arrears_id, notice_id, served_on from pd_arrears_demand where office_id = ? and arrears_id = ?"
                            + " order by position",
                    JdbcArrears::demand, officeId, arrearsId));
            return sql.query("select * from pd_arrears where office_id = ? and arrears_id = ?",
                            row -> arrears(row, demands), officeId, arrearsId)
                    .headOption();
        });
    }

    @Override
    public void add(Arrears arrears) {
        sql.inUnit("add arrears", connection -> {
            columns(arrears).put("office_id", Sql.id(arrears.office().value())).put("arrears_id", Sql.id(arrears.id().value()))
                    .insertInto(sql, "pd_arrears");
            insertDemands(arrears);
            return null;
        });
    }

    @Override
    public void update(Arrears updated, long expectedVersion) {
        if (updated.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("arrears " + updated.id() + " must carry version " + (expectedVersion + 1));
        }
        String office = Sql.id(updated.office().value());
        String id = Sql.id(updated.id().value());
        sql.inUnit("update arrears", connection -> {
            if (columns(updated).update(sql, "pd_arrears", "office_id = ? and arrears_id = ? and version = ?", office, id, expectedVersion) == 0) {
                throw new ConcurrencyConflict("arrears " + updated.id(), expectedVersion);
            }
            sql.update("delete from pd_arrears_demand where office_id = ? and arrears_id = ?", office, id);
            insertDemands(updated);
            return null;
        });
    }

    @Override
    public Seq<Arrears> outstanding(OfficeId office) {
        String officeId = Sql.id(office.value());
        return sql.inUnit("read outstanding arrears", connection -> {
            Map<ArrearsId, List<Arrears.ServedDemand>> demands = byArrears(sql.query(OUTSTANDING_DEMANDS, JdbcArrears::demand, officeId));
            return sql.query(OUTSTANDING, row -> arrears(row, demands), officeId).sortBy(arrears -> arrears.id().value());
        });
    }

    private void insertDemands(Arrears arrears) {
        int position = 0;
        for (Arrears.ServedDemand demand : arrears.servedDemands()) {
            new Row()
                    .put("office_id", Sql.id(arrears.office().value()))
                    .put("arrears_id", Sql.id(arrears.id().value()))
                    .put("position", position++)
                    .put("notice_id", Sql.id(demand.notice().value()))
                    .date("served_on", demand.servedOn())
                    .insertInto(sql, "pd_arrears_demand");
        }
    }

    private static Row columns(Arrears arrears) {
        return new Row()
                .put("version", arrears.version())
                .put("fee", arrears.fee())
                .put("debtor", arrears.debtor())
                .date("due_on", arrears.dueOn())
                .date("settled_on", arrears.settledOn().getOrNull());
    }

    private static Arrears arrears(ResultSet row, Map<ArrearsId, List<Arrears.ServedDemand>> demands) throws SQLException {
        ArrearsId id = Sql.id(row, "arrears_id", ArrearsId::new);
        return new Arrears(
                id,
                Sql.id(row, "office_id", OfficeId::new),
                row.getLong("version"),
                row.getString("fee"),
                row.getString("debtor"),
                Columns.date(row, "due_on"),
                demands.get(id).getOrElse(List.empty()),
                Columns.optionalDate(row, "settled_on"));
    }

    private static Tuple2<ArrearsId, Arrears.ServedDemand> demand(ResultSet row) throws SQLException {
        return Tuple.of(Sql.id(row, "arrears_id", ArrearsId::new),
                new Arrears.ServedDemand(Sql.id(row, "notice_id", NoticeId::new), Columns.date(row, "served_on")));
    }

    private static Map<ArrearsId, List<Arrears.ServedDemand>> byArrears(List<Tuple2<ArrearsId, Arrears.ServedDemand>> rows) {
        return rows.groupBy(Tuple2::_1).mapValues(group -> group.map(Tuple2::_2));
    }
}
