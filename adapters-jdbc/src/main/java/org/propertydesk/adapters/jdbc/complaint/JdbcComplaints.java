package org.propertydesk.adapters.jdbc.complaint;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.adapters.jdbc.kernel.Database;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.complaint.Complaints;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.complaint.Ask;
import org.propertydesk.domain.complaint.Cause;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintEvent;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.IntakeFacts;
import org.propertydesk.domain.complaint.Location;
import org.propertydesk.domain.complaint.Matter;
import org.propertydesk.domain.complaint.RepairUrgency;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.complaint.Utility;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * {@link Complaints} in {@code pd_complaint} (one row per complaint: intake facts and the state
 * queries need) and {@code pd_complaint_event} (its history, one row per event). A complaint is
 * read back by {@link Complaint#rehydrate} from its history and version (R-CO-9). Nothing here
 * deletes a row: an update moves the complaint row to the new version only while it still holds
 * the version the command read, and appends the events the command added.
 */
@SecondaryAdapter
final class JdbcComplaints implements Complaints {

    private static final String COLUMNS = "c.office_id, c.complaint_id, c.version, c.history_size, c.complainant,"
            + " c.registered_second, c.registered_nano, c.subject, c.location, c.cause, c.utility, c.ask, c.repair,"
            + " c.important, c.account";

    private static final String IN_ORDER = "c.registered_second, c.registered_nano, c.complaint_id";

    private static final String BY_ID = "c.office_id = ? and c.complaint_id = ?";

    /**
     * The complaints about one matter registered since an instant, through index
     * {@code pd_complaint_matter}: office, subject, the place's comparison form
     * ({@code location_key}; rows older than it have none and are compared in Java), then the
     * start of the window; its end is applied in Java. Once pgjdbc prepares the statement on the
     * server, PostgreSQL may adopt a generic plan, made without the values: with a window bounded
     * on both sides it estimated the office's whole window at a row or two, and read it through
     * index {@code pd_complaint_registered} (which also gives registration order) — every complaint
     * of the office in the window, to keep a handful. A bound on one side only is estimated at a
     * third of the office's complaints, and the matter's index wins.
     */
    static final String ABOUT_MATTER = "c.office_id = ? and c.subject = ? and (c.location_key = ? or c.location_key is null)"
            + " and c.registered_second >= ? and (c.registered_second > ? or c.registered_nano >= ?)";

    /** The parameters of {@link #ABOUT_MATTER}: the matter's office, subject and place key, the window's start. */
    static Object[] aboutMatterParameters(String office, String subject, String locationKey, Instant from) {
        return new Object[] {office, subject, locationKey, from.getEpochSecond(), from.getEpochSecond(), from.getNano()};
    }

    /** The open complaints of an office (the work queue's read): office id, then {@code false}. */
    static final String OPEN = "c.office_id = ? and c.closed = ?";

    private static final String INSERT_COMPLAINT = "insert into pd_complaint (office_id, complaint_id, version, history_size, complainant,"
            + " registered_second, registered_nano, subject, location, cause, utility, ask, repair, important, account, class_kind,"
            + " class_value, step, closed, department, location_key)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * The longest history PostgreSQL writes with its row in one statement: a longer one (a complaint
     * imported with its past) goes as the row and a batch, as elsewhere, far below the protocol's
     * 65,535 parameters a statement.
     */
    private static final int EVENTS_TOGETHER = 64;

    /** PostgreSQL's statements for a complaint with 1 to 4 events, the usual sizes of a new one's history. */
    private static final String[] WITH_EVENTS = {withEventsOf(1), withEventsOf(2), withEventsOf(3), withEventsOf(4)};

    private static final String COMPANY_FAILURE = "COMPANY_FAILURE";
    private static final String MUNICIPAL_UTILITY = "MUNICIPAL_UTILITY";
    private static final String NO_FAULT = "NO_FAULT";

    private final Sql sql;

    JdbcComplaints(Sql sql) {
        this.sql = sql;
    }

    /** Two selects by primary key (the row, then its events by their key alone); outside a unit of work, no commit. */
    @Override
    public Option<Complaint> find(OfficeId office, ComplaintId id) {
        return readBoth(rowsQuery(BY_ID), "select e.* from pd_complaint_event e where " + BY_ID.replace("c.", "e.")
                        + " order by e.complaint_id, e.sequence", new Object[] {Sql.id(office.value()), Sql.id(id.value())})
                .headOption();
    }

    /**
     * The complaint's row and its history's rows. On PostgreSQL one statement writes both (the row
     * in a data-modifying {@code with}, the events as one multi-row insert): one round trip where
     * H2 and MariaDB take two, the row and then the batch of events.
     */
    @Override
    public void add(Complaint complaint) {
        Objects.requireNonNull(complaint, "complaint");
        sql.inUnit("add a complaint", connection -> {
            Object[] row = rowOf(complaint);
            boolean together = sql.database() == Database.POSTGRESQL && complaint.history().size() <= EVENTS_TOGETHER;
            try (PreparedStatement insert = Sql.prepare(connection,
                    together ? withEvents(complaint.history().size()) : INSERT_COMPLAINT, row)) {
                if (together) {
                    bindEvents(insert, complaint.history(), row.length);
                }
                insert.executeUpdate();
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    throw new IllegalStateException("complaint " + complaint.id() + " is already recorded in office " + complaint.office(), e);
                }
                throw e;
            }
            if (!together) {
                appendEvents(complaint, 0);
            }
            return null;
        });
    }

    private static String withEvents(int events) {
        return events <= WITH_EVENTS.length ? WITH_EVENTS[events - 1] : withEventsOf(events);
    }

    /** PostgreSQL's: the complaint's row inserted in a {@code with}, its {@code events} rows by the statement itself. */
    private static String withEventsOf(int events) {
        return "with complaint as (" + INSERT_COMPLAINT + ") insert into pd_complaint_event (" + ComplaintEventRows.COLUMNS
                + ") values " + String.join(", ", java.util.Collections.nCopies(events, ComplaintEventRows.ROW));
    }

    private static Object[] rowOf(Complaint complaint) {
        IntakeFacts facts = complaint.facts();
        return new Object[] {Sql.id(complaint.office().value()), Sql.id(complaint.id().value()), complaint.version(),
            complaint.history().size(), complaint.complainant().value(), complaint.registeredAt().getEpochSecond(),
            complaint.registeredAt().getNano(), facts.subject().name(), facts.location().value(), causeOf(facts.cause()),
            facts.cause() instanceof Cause.MunicipalUtility utility ? utility.utility().name() : null,
            facts.ask().name(), facts.repair().map(Enum::name).getOrNull(), facts.important(), facts.account(),
            ComplaintEventRows.kindOf(complaint.classification()), ComplaintEventRows.valueOf(complaint.classification()),
            complaint.procedure().step(), complaint.isClosed(), complaint.department().map(Enum::name).getOrNull(),
            facts.location().key()};
    }

    /** Binds every event of {@code history}, after the statement's first {@code bound} parameters. */
    private static void bindEvents(PreparedStatement insert, Seq<ComplaintEvent> history, int bound) throws SQLException {
        int parameter = bound;
        for (int sequence = 0; sequence < history.size(); sequence++) {
            for (Object value : ComplaintEventRows.values(history.get(sequence), sequence)) {
                insert.setObject(++parameter, value);
            }
        }
    }

    @Override
    public void update(Complaint updated, long expectedVersion) {
        Objects.requireNonNull(updated, "updated");
        String office = Sql.id(updated.office().value());
        String id = Sql.id(updated.id().value());
        sql.inUnit("update a complaint", connection -> {
            int moved = sql.update("update pd_complaint set version = ?, history_size = ?, class_kind = ?, class_value = ?, step = ?,"
                            + " closed = ?, department = ? where office_id = ? and complaint_id = ? and version = ?",
                    updated.version(), updated.history().size(), ComplaintEventRows.kindOf(updated.classification()),
                    ComplaintEventRows.valueOf(updated.classification()), updated.procedure().step(), updated.isClosed(),
                    updated.department().map(Enum::name).getOrNull(), office, id, expectedVersion);
            if (moved == 0) {
                throw new ConcurrencyConflict("offices/" + updated.office() + "/complaints/" + updated.id(), expectedVersion);
            }
            int stored = sql.query("select count(*) from pd_complaint_event where office_id = ? and complaint_id = ?",
                    row -> row.getInt(1), office, id).head();
            if (updated.history().size() < stored) {
                throw new IllegalArgumentException("complaint " + updated.id() + " lost history: a complaint's history only grows (R-CO-9)");
            }
            appendEvents(updated, stored);
            return null;
        });
    }

    /**
     * In registration order, through index {@code pd_complaint_open}. Not by due time: a due time
     * depends on the office's policy and calendar as they stand when the queue is asked for (and on
     * waits for the resident), so the work queue orders the complaints itself; a stored due time
     * would go stale whenever an office changed its numbers or holidays.
     */
    @Override
    public Seq<Complaint> open(OfficeId office) {
        return read(OPEN, Sql.id(office.value()), false);
    }

    /**
     * The database compares the reference as its collation does (MariaDB's default ignores case and
     * trailing blanks); only the complainant's exact reference counts.
     */
    @Override
    public Seq<Complaint> byComplainant(OfficeId office, ComplainantId complainant) {
        return read("c.office_id = ? and c.complainant = ?", Sql.id(office.value()), complainant.value())
                .filter(complaint -> complaint.complainant().equals(complainant));
    }

    @Override
    public Seq<Complaint> registeredBetween(OfficeId office, Instant from, Instant to) {
        return read("c.office_id = ? and c.registered_second between ? and ?"
                        + " and (c.registered_second > ? or c.registered_nano >= ?)"
                        + " and (c.registered_second < ? or c.registered_nano <= ?)",
                Sql.id(office.value()), from.getEpochSecond(), to.getEpochSecond(),
                from.getEpochSecond(), from.getNano(), to.getEpochSecond(), to.getNano());
    }

    /**
     * The database narrows by subject and place (and compares the place as its collation does);
     * the matter's own comparison decides, also for rows registered before places were keyed.
     */
    @Override
    public Seq<Complaint> aboutMatter(OfficeId office, Matter matter, Instant from, Instant to) {
        return read(ABOUT_MATTER, aboutMatterParameters(Sql.id(office.value()), matter.subject().name(), matter.location().key(), from))
                .filter(complaint -> !complaint.registeredAt().isAfter(to) && complaint.matter().sameAs(matter));
    }

    /** The query that reads the complaint rows matching {@code where} (over alias {@code c}), in registration order. */
    static String rowsQuery(String where) {
        return "select " + COLUMNS + " from pd_complaint c where " + where + " order by " + IN_ORDER;
    }

    /** The query that reads the histories of the complaints matching {@code where}. */
    static String eventsQuery(String where) {
        return "select e.* from pd_complaint_event e join pd_complaint c"
                + " on c.office_id = e.office_id and c.complaint_id = e.complaint_id where " + where
                + " order by e.complaint_id, e.sequence";
    }

    /**
     * The complaints matching {@code where}, each at one version: rows first, then their events up
     * to each row's history size. A complaint that stopped matching between the two reads (closed
     * meanwhile, for {@link #open}) is left out.
     */
    private Seq<Complaint> read(String where, Object... parameters) {
        return readBoth(rowsQuery(where), eventsQuery(where), parameters);
    }

    /**
     * The same with both queries given, each taking {@code parameters}. A read: inside the caller's
     * unit of work, or on its own without a transaction (no commit), which the order of the two
     * selects makes safe.
     */
    private Seq<Complaint> readBoth(String rowsQuery, String eventsQuery, Object[] parameters) {
        return sql.reading("read complaints", connection -> {
            Map<String, Stored> rows = new LinkedHashMap<>();
            for (Stored stored : sql.query(rowsQuery, JdbcComplaints::stored, parameters)) {
                rows.put(stored.id, stored);
            }
            if (rows.isEmpty()) {
                return List.empty();
            }
            Map<String, java.util.List<ComplaintEvent>> histories = new HashMap<>();
            try (PreparedStatement select = Sql.prepare(connection, eventsQuery, parameters);
                    ResultSet events = select.executeQuery()) {
                while (events.next()) {
                    Stored stored = rows.get(events.getString("complaint_id").trim());
                    if (stored == null || events.getInt("sequence") >= stored.historySize) {
                        continue;
                    }
                    histories.computeIfAbsent(stored.id, key -> new java.util.ArrayList<>())
                            .add(ComplaintEventRows.event(events, stored.complainant, stored.facts));
                }
            }
            return List.ofAll(rows.values())
                    .filter(stored -> histories.getOrDefault(stored.id, java.util.List.of()).size() == stored.historySize)
                    .map(stored -> Complaint.rehydrate(stored.version, List.ofAll(histories.get(stored.id))));
        });
    }

    private void appendEvents(Complaint complaint, int from) {
        Seq<ComplaintEvent> history = complaint.history();
        if (from >= history.size()) {
            return;
        }
        sql.inUnit("append complaint events", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(ComplaintEventRows.INSERT)) {
                for (int sequence = from; sequence < history.size(); sequence++) {
                    Object[] values = ComplaintEventRows.values(history.get(sequence), sequence);
                    for (int i = 0; i < values.length; i++) {
                        insert.setObject(i + 1, values[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** A complaint row: what its history needs besides the events. */
    private record Stored(String id, long version, int historySize, ComplainantId complainant, IntakeFacts facts) {}

    private static Stored stored(ResultSet row) throws SQLException {
        String utility = row.getString("utility");
        String repair = row.getString("repair");
        IntakeFacts facts = new IntakeFacts(
                Subject.valueOf(row.getString("subject")),
                new Location(row.getString("location")),
                cause(row.getString("cause"), utility),
                Ask.valueOf(row.getString("ask")),
                Option.of(repair).map(RepairUrgency::valueOf),
                row.getBoolean("important"),
                row.getString("account"));
        return new Stored(row.getString("complaint_id").trim(), row.getLong("version"), row.getInt("history_size"),
                new ComplainantId(row.getString("complainant")), facts);
    }

    private static String causeOf(Cause cause) {
        if (cause instanceof Cause.CompanyFailure) {
            return COMPANY_FAILURE;
        }
        return cause instanceof Cause.MunicipalUtility ? MUNICIPAL_UTILITY : NO_FAULT;
    }

    private static Cause cause(String kind, String utility) {
        switch (kind) {
            case COMPANY_FAILURE:
                return new Cause.CompanyFailure();
            case MUNICIPAL_UTILITY:
                return new Cause.MunicipalUtility(Utility.valueOf(utility));
            case NO_FAULT:
                return new Cause.NoFault();
            default:
                throw new IllegalStateException("unknown cause in pd_complaint: " + kind);
        }
    }
}
