package org.propertydesk.adapters.jdbc.handover;

import static org.propertydesk.adapters.jdbc.handover.Columns.instant;
import static org.propertydesk.adapters.jdbc.handover.Columns.nano;
import static org.propertydesk.adapters.jdbc.handover.Columns.optionalId;
import static org.propertydesk.adapters.jdbc.handover.Columns.second;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.adapters.jdbc.kernel.DatabaseFailure;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.handover.Incidents;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.handover.Incident;
import org.propertydesk.domain.handover.IncidentId;
import org.propertydesk.domain.handover.IncidentKind;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * {@link Incidents} in {@code pd_incident} and {@code pd_incident_department} (V4). Whether an
 * incident is still unresolved is a column of its own, indexed with the report time, so the open
 * incidents every handover consults are read without touching the resolved ones.
 */
@SecondaryAdapter
final class JdbcIncidents implements Incidents {

    private static final String COLUMNS = "kind, description, reporter_id, reported_second, reported_nano, unresolved,"
            + " resolved_by, resolution, resolved_second, resolved_nano, version";

    /** What {@link #open} reads (on alias {@code i}): the office's unresolved incidents. */
    static final String OPEN = "i.office_id = ? and i.unresolved = true";

    private final Sql sql;

    JdbcIncidents(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Option<Incident> find(OfficeId office, IncidentId id) {
        return load("i.office_id = ? and i.incident_id = ?", Sql.id(office.value()), Sql.id(id.value())).headOption();
    }

    /** Oldest report first; incidents reported at the same instant by id. */
    @Override
    public Seq<Incident> open(OfficeId office) {
        return load(OPEN, Sql.id(office.value()));
    }

    @Override
    public void add(Incident incident) {
        String office = Sql.id(incident.office().value());
        String id = Sql.id(incident.id().value());
        sql.inUnit("add incident", connection -> {
            try {
                sql.update("insert into pd_incident (" + COLUMNS + ", office_id, incident_id)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row(incident, office, id));
            } catch (DatabaseFailure failure) {
                if (Columns.duplicateKey(failure)) {
                    throw new ConcurrencyConflict("incident " + incident.id(), incident.version());
                }
                throw failure;
            }
            insertDepartments(incident, office, id);
            return null;
        });
    }

    @Override
    public void update(Incident updated, long expectedVersion) {
        if (updated.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("incident " + updated.id() + " must be updated to version " + (expectedVersion + 1));
        }
        String office = Sql.id(updated.office().value());
        String id = Sql.id(updated.id().value());
        sql.inUnit("update incident", connection -> {
            Object[] values = row(updated, office, id);
            Object[] guarded = java.util.Arrays.copyOf(values, values.length + 1);
            guarded[values.length] = expectedVersion;
            int changed = sql.update("update pd_incident set " + COLUMNS.replace(",", " = ?,") + " = ?"
                    + " where office_id = ? and incident_id = ? and version = ?", guarded);
            if (changed == 0) {
                throw new ConcurrencyConflict("incident " + updated.id(), expectedVersion);
            }
            sql.update("delete from pd_incident_department where office_id = ? and incident_id = ?", office, id);
            insertDepartments(updated, office, id);
            return null;
        });
    }

    /** The incident row's values in the order of {@link #COLUMNS}, then office and id. */
    private static Object[] row(Incident incident, String office, String id) {
        Option<Incident.Resolution> resolution = incident.resolution();
        Instant resolvedAt = resolution.map(Incident.Resolution::at).getOrNull();
        return new Object[] {incident.kind().name(), incident.description(), Sql.id(incident.reporter().value()),
            second(incident.reportedAt()), nano(incident.reportedAt()), incident.open(),
            resolution.map(r -> Sql.id(r.by().value())).getOrNull(), resolution.map(Incident.Resolution::summary).getOrNull(),
            second(resolvedAt), nano(resolvedAt), incident.version(), office, id};
    }

    private void insertDepartments(Incident incident, String office, String id) {
        Columns.batch(sql, "insert into pd_incident_department (office_id, incident_id, department) values (?, ?, ?)",
                incident.concerned().toList().map(department -> new Object[] {office, id, department.name()}).toJavaList());
    }

    /** The incidents whose rows match {@code where} (on alias {@code i}), oldest first, with their departments, each one committed version. */
    private Seq<Incident> load(String where, Object... parameters) {
        return sql.inUnit("read incidents", connection -> Columns.whole("incidents", () -> loadOnce(where, parameters),
                incident -> Sql.id(incident.id().value()), Incident::version,
                () -> Columns.versions(sql, "select i.incident_id, i.version from pd_incident i where " + where, "incident_id",
                        parameters)));
    }

    private Seq<Incident> loadOnce(String where, Object... parameters) {
        return sql.inUnit("read incidents", connection -> {
            List<Incident> heads = sql.query(incidents(where), JdbcIncidents::incident, parameters);
            if (heads.isEmpty()) {
                return heads;
            }
            Map<String, List<Department>> concerned = Columns.byParent(sql, departments(where), "incident_id", row -> Department.valueOf(row.getString("department")), parameters);
            return heads.map(incident -> new Incident(incident.id(), incident.office(), incident.kind(),
                    HashSet.ofAll(concerned.get(Sql.id(incident.id().value())).getOrElse(List.empty())),
                    incident.description(), incident.reporter(), incident.reportedAt(), incident.resolution(), incident.version()));
        });
    }

    /** The incidents matching {@code where} (on alias {@code i}), oldest first. */
    static String incidents(String where) {
        return "select * from pd_incident i where " + where + " order by i.reported_second, i.reported_nano, i.incident_id";
    }

    /** The departments concerned by the incidents matching {@code where} (on alias {@code i}). */
    static String departments(String where) {
        return "select d.* from pd_incident_department d"
                + " join pd_incident i on i.office_id = d.office_id and i.incident_id = d.incident_id where " + where;
    }

    private static Incident incident(ResultSet row) throws SQLException {
        Option<StaffId> resolvedBy = optionalId(row, "resolved_by", StaffId::new);
        String summary = row.getString("resolution");
        Instant resolvedAt = instant(row, "resolved");
        return new Incident(
                Sql.id(row, "incident_id", IncidentId::new),
                Sql.id(row, "office_id", OfficeId::new),
                IncidentKind.valueOf(row.getString("kind")),
                HashSet.empty(),
                row.getString("description"),
                Sql.id(row, "reporter_id", StaffId::new),
                instant(row, "reported"),
                resolvedBy.map(by -> new Incident.Resolution(by, summary, resolvedAt)),
                row.getLong("version"));
    }
}
