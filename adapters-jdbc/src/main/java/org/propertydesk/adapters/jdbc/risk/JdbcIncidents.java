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
import org.propertydesk.application.risk.Incidents;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.risk.ConductAction;
import org.propertydesk.domain.risk.IncidentId;
import org.propertydesk.domain.risk.IncidentRecord;

/**
 * {@link Incidents} in {@code pd_incident_record} with what staff did in {@code pd_incident_record_action}, in
 * the order recorded. Append-only (R-RN-8): nothing here updates or deletes a record.
 */
@SecondaryAdapter
final class JdbcIncidents implements Incidents {

    private static final String ONE = " and incident_id = ?";

    private final Sql sql;

    JdbcIncidents(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Option<IncidentRecord> find(OfficeId office, IncidentId id) {
        return load(ONE, Sql.id(office.value()), Sql.id(id.value())).headOption();
    }

    @Override
    public void add(IncidentRecord incident) {
        String office = Sql.id(incident.office().value());
        String id = Sql.id(incident.id().value());
        sql.inUnit("add an incident record", connection -> {
            new Row()
                    .put("office_id", office)
                    .put("incident_id", id)
                    .put("version", incident.version())
                    .put("recorded_by", Sql.id(incident.recordedBy().value()))
                    .put("description", incident.description())
                    .instant("at", incident.at())
                    .insertInto(sql, "pd_incident_record");
            int position = 0;
            for (ConductAction action : incident.actions()) {
                new Row().put("office_id", office).put("incident_id", id).put("position", position++).put("action", action.name())
                        .insertInto(sql, "pd_incident_record_action");
            }
            return null;
        });
    }

    @Override
    public Seq<IncidentRecord> all(OfficeId office) {
        return load("", Sql.id(office.value()));
    }

    private List<IncidentRecord> load(String narrowing, Object... keys) {
        return sql.inUnit("read incident records", connection -> {
            Map<IncidentId, List<ConductAction>> actions = sql.query(
                            "select incident_id, action from pd_incident_record_action where office_id = ?" + narrowing
                                    + " order by incident_id, position",
                            JdbcIncidents::action, keys)
                    .groupBy(Tuple2::_1)
                    .mapValues(group -> group.map(Tuple2::_2));
            return sql.query("select * from pd_incident_record where office_id = ?" + narrowing, row -> incident(row, actions), keys)
                    .sortBy(incident -> incident.id().value());
        });
    }

    private static Tuple2<IncidentId, ConductAction> action(ResultSet row) throws SQLException {
        return Tuple.of(Sql.id(row, "incident_id", IncidentId::new), ConductAction.valueOf(row.getString("action")));
    }

    private static IncidentRecord incident(ResultSet row, Map<IncidentId, List<ConductAction>> actions) throws SQLException {
        IncidentId id = Sql.id(row, "incident_id", IncidentId::new);
        return new IncidentRecord(
                id,
                Sql.id(row, "office_id", OfficeId::new),
                row.getLong("version"),
                Sql.id(row, "recorded_by", StaffId::new),
                row.getString("description"),
                actions.get(id).getOrElse(List.empty()),
                Columns.instant(row, "at"));
    }
}
