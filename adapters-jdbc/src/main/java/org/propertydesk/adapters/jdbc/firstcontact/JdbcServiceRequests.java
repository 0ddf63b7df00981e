package org.propertydesk.adapters.jdbc.firstcontact;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.firstcontact.ServiceRequests;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.firstcontact.Acceptance;
import org.propertydesk.domain.firstcontact.Channel;
import org.propertydesk.domain.firstcontact.CompletionReport;
import org.propertydesk.domain.firstcontact.Concern;
import org.propertydesk.domain.firstcontact.CoordinationForm;
import org.propertydesk.domain.firstcontact.Customer;
import org.propertydesk.domain.firstcontact.CustomerReply;
import org.propertydesk.domain.firstcontact.RequestKind;
import org.propertydesk.domain.firstcontact.ServiceRequest;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.firstcontact.Stage;
import org.propertydesk.domain.firstcontact.Transfer;
import org.propertydesk.domain.firstcontact.TransferMethod;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * {@link ServiceRequests} in {@code pd_service_request} and its child tables (concern, transfers,
 * acceptances, coordination forms and their departments, replies, contacts), so "every request
 * transferred to engineering last month" is a query. An update moves the request row from the
 * version the command read to the next, or throws {@link ConcurrencyConflict}, and in the same
 * unit of work adds the child rows the command added: a request's collections only grow, so child
 * rows are never rewritten, and the request row counts how many belong to its version. A reader
 * that read a request row ignores child rows added after it, so it sees one version whole without
 * locking, and concurrent updates of different requests never lock each other's rows.
 */
@SecondaryAdapter
final class JdbcServiceRequests implements ServiceRequests {

    /** The request row's columns besides its key and version, in the order {@link #rowValues} gives them. */
    private static final List<String> VALUE_COLUMNS = List.of("kind", "channel", "customer_name", "customer_contact", "matter",
            "across_offices", "first_contact_id", "first_contact_department", "received_second", "received_nano", "status",
            "pending_transfer", "handler_id", "handling_department", "handling_second", "handling_nano", "completed_second",
            "completed_nano", "result", "reported_by", "reported_department", "reported_to", "reported_second", "reported_nano",
            "closed_by", "closed_second", "closed_nano", "expected_second", "expected_nano", "transfer_count", "acceptance_count",
            "form_count", "reply_count", "contact_count");

    private static final String COLUMNS = List.of("office_id", "request_id", "version", "concern_version").appendAll(VALUE_COLUMNS)
            .map(column -> "r." + column).mkString(", ");

    /** "Still mine" (R-FC-1): an office's requests by first contact, office id then staff id. */
    static final String FIRST_CONTACTED_BY = "r.office_id = ? and r.first_contact_id = ?";

    /** The child tables, each read in position order (the concern's rows by version, then department). */
    static final List<String> CHILD_TABLES = List.of("pd_service_request_concern", "pd_service_request_transfer",
            "pd_service_request_acceptance", "pd_coordination_form", "pd_coordination_form_department", "pd_customer_reply",
            "pd_service_request_contact");

    private final Sql sql;

    JdbcServiceRequests(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Option<ServiceRequest> find(OfficeId office, ServiceRequestId id) {
        return read("r.office_id = ? and r.request_id = ?", Sql.id(office.value()), Sql.id(id.value())).headOption();
    }

    @Override
    public void add(ServiceRequest request) {
        Objects.requireNonNull(request, "request");
        sql.inUnit("add a service request", connection -> {
            Object[] values = List.<Object>ofAll(rowValues(request)).appendAll(List.of(request.version(), request.version(),
                    Sql.id(request.office().value()), Sql.id(request.id().value()))).toJavaArray();
            try (PreparedStatement insert = Sql.prepare(connection, "insert into pd_service_request (" + VALUE_COLUMNS.mkString(", ")
                    + ", concern_version, version, office_id, request_id) values (" + "?, ".repeat(values.length - 1) + "?)", values)) {
                insert.executeUpdate();
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    throw new IllegalStateException("service request " + request.id() + " already exists in office " + request.office(), e);
                }
                throw e;
            }
            writeChildren(connection, request, Counts.NONE, true);
            return null;
        });
    }

    /**
     * Reads the counts of the version the command read (none: it is stale), moves the row to the new
     * version only if it still holds that one, then adds the child rows beyond those counts; the
     * concern gets rows of its own version only when the command changed it.
     */
    @Override
    public void update(ServiceRequest updated, long expectedVersion) {
        Objects.requireNonNull(updated, "updated");
        if (updated.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("an update from version " + expectedVersion + " stores version "
                    + (expectedVersion + 1) + ", not " + updated.version());
        }
        String office = Sql.id(updated.office().value());
        String id = Sql.id(updated.id().value());
        Supplier<ConcurrencyConflict> stale =
                () -> new ConcurrencyConflict("offices/" + updated.office() + "/serviceRequests/" + updated.id(), expectedVersion);
        String assignments = VALUE_COLUMNS.map(column -> column + " = ?").mkString(", ");
        sql.inUnit("update a service request", connection -> {
            Counts stored = sql.query("select concern_version, transfer_count, acceptance_count, form_count, reply_count, contact_count"
                            + " from pd_service_request where office_id = ? and request_id = ? and version = ?",
                    Counts::of, office, id, expectedVersion).headOption().getOrElseThrow(stale);
            stored.requireGrownInto(updated);
            boolean concernChanged = !TreeSet.ofAll(sql.query("select department from pd_service_request_concern"
                                    + " where office_id = ? and request_id = ? and version = ?",
                            row -> Department.valueOf(row.getString("department")), office, id, stored.concernVersion))
                    .equals(updated.concern().departments());
            long concernVersion = concernChanged ? updated.version() : stored.concernVersion;
            Object[] values = List.<Object>ofAll(rowValues(updated))
                    .appendAll(List.of(concernVersion, updated.version(), office, id, expectedVersion)).toJavaArray();
            if (sql.update("update pd_service_request set " + assignments + ", concern_version = ?, version = ?"
                    + " where office_id = ? and request_id = ? and version = ?", values) == 0) {
                throw stale.get();
            }
            writeChildren(connection, updated, stored, concernChanged);
            return null;
        });
    }

    @Override
    public Seq<ServiceRequest> firstContactedBy(OfficeId office, StaffId staff) {
        return read(FIRST_CONTACTED_BY, Sql.id(office.value()), Sql.id(staff.value()));
    }

    /** The query that reads the request rows matching {@code where} (over alias {@code r}), oldest reception first. */
    static String rowsQuery(String where) {
        return "select " + COLUMNS + " from pd_service_request r where " + where
                + " order by r.received_second, r.received_nano, r.request_id";
    }

    /** The query that reads one child table's rows of the requests matching {@code where}. */
    static String childQuery(String table, String where) {
        String order = table.equals("pd_service_request_concern") ? "c.version, c.department"
                : table.equals("pd_coordination_form_department") ? "c.position, c.department" : "c.position";
        return "select c.* from " + table + " c join pd_service_request r"
                + " on r.office_id = c.office_id and r.request_id = c.request_id where " + where
                + " order by c.request_id, " + order;
    }

    /**
     * The requests matching {@code where}, each whole at the version its row was read at: rows
     * first, then each child table, keeping the child rows that version counts.
     */
    private Seq<ServiceRequest> read(String where, Object... parameters) {
        return sql.inUnit("read service requests", connection -> {
            Map<String, Row> rows = new LinkedHashMap<>();
            for (Row row : sql.query(rowsQuery(where), JdbcServiceRequests::row, parameters)) {
                rows.put(row.id, row);
            }
            if (rows.isEmpty()) {
                return List.empty();
            }
            Map<String, Children> children = new HashMap<>();
            rows.values().forEach(row -> children.put(row.id, new Children(row.counts)));
            for (String table : CHILD_TABLES) {
                try (PreparedStatement select = Sql.prepare(connection, childQuery(table, where), parameters);
                        ResultSet child = select.executeQuery()) {
                    while (child.next()) {
                        Children of = children.get(child.getString("request_id").trim());
                        if (of != null) {
                            of.add(table, child);
                        }
                    }
                }
            }
            return List.ofAll(rows.values()).map(row -> row.request(children.get(row.id)));
        });
    }

    /** The request row's values in the order of {@link #VALUE_COLUMNS}. */
    private static java.util.List<Object> rowValues(ServiceRequest request) {
        java.util.List<Object> values = new ArrayList<>();
        values.add(request.kind().name());
        values.add(request.channel().name());
        values.add(request.customer().name());
        values.add(request.customer().contact());
        values.add(request.matter());
        values.add(request.concern().acrossOffices());
        values.add(Sql.id(request.firstContact().value()));
        values.add(request.firstContactDepartment().name());
        addInstant(values, request.receivedAt());
        Stage stage = request.stage();
        values.add(stage.status().name());
        values.add(stage instanceof Stage.Transferred transferred ? pendingPosition(request, transferred.pending()) : null);
        Stage.InHandling handling = stage instanceof Stage.InHandling in ? in : null;
        values.add(handling == null ? null : Sql.id(handling.handler().value()));
        values.add(handling == null ? null : handling.department().name());
        addInstant(values, handling == null ? null : handling.since());
        CompletionReport report = stage instanceof Stage.Completed completed ? completed.report()
                : stage instanceof Stage.Closed closed ? closed.report() : null;
        addInstant(values, report == null ? null : report.completedAt());
        values.add(report == null ? null : report.result());
        values.add(report == null ? null : Sql.id(report.reportedBy().value()));
        values.add(report == null ? null : report.department().name());
        values.add(report == null ? null : Sql.id(report.reportedTo().value()));
        addInstant(values, report == null ? null : report.at());
        Stage.Closed closed = stage instanceof Stage.Closed done ? done : null;
        values.add(closed == null ? null : Sql.id(closed.closedBy().value()));
        addInstant(values, closed == null ? null : closed.closedAt());
        addInstant(values, request.expectedCompletion().getOrNull());
        values.add(request.transfers().size());
        values.add(request.acceptances().size());
        values.add(request.coordinationForms().size());
        values.add(request.replies().size());
        values.add(request.contacts().size());
        return values;
    }

    private static int pendingPosition(ServiceRequest request, Transfer pending) {
        int position = request.transfers().lastIndexOf(pending);
        if (position < 0) {
            throw new IllegalArgumentException("service request " + request.id() + ": its pending transfer is not among its transfers");
        }
        return position;
    }

    private static void addInstant(java.util.List<Object> values, Instant instant) {
        values.add(instant == null ? null : instant.getEpochSecond());
        values.add(instant == null ? null : instant.getNano());
    }

    /** Adds the child rows beyond {@code from}'s counts, and the concern's rows when it changed. */
    private void writeChildren(Connection connection, ServiceRequest request, Counts from, boolean concernChanged) throws SQLException {
        String office = Sql.id(request.office().value());
        String id = Sql.id(request.id().value());
        Batch concern = new Batch("insert into pd_service_request_concern (office_id, request_id, version, department) values (?, ?, ?, ?)");
        if (concernChanged) {
            request.concern().departments().forEach(department -> concern.add(office, id, request.version(), department.name()));
        }
        Batch transfers = new Batch("insert into pd_service_request_transfer (office_id, request_id, position, from_id, to_id,"
                + " to_department, method, consent_second, consent_nano, at_second, at_nano) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        request.transfers().zipWithIndex().drop(from.transfers).forEach(each -> {
            Transfer transfer = each._1;
            Instant consent = transfer.consentGivenAt().getOrNull();
            transfers.add(office, id, each._2, Sql.id(transfer.from().value()), Sql.id(transfer.to().value()),
                    transfer.toDepartment().name(), transfer.method().name(), consent == null ? null : consent.getEpochSecond(),
                    consent == null ? null : consent.getNano(), transfer.at().getEpochSecond(), transfer.at().getNano());
        });
        Batch acceptances = new Batch("insert into pd_service_request_acceptance (office_id, request_id, position, by_id, department,"
                + " wrong_transfer, at_second, at_nano) values (?, ?, ?, ?, ?, ?, ?, ?)");
        request.acceptances().zipWithIndex().drop(from.acceptances).forEach(each -> acceptances.add(office, id, each._2,
                Sql.id(each._1.by().value()), each._1.department().name(), each._1.wrongTransfer(), each._1.at().getEpochSecond(),
                each._1.at().getNano()));
        Batch forms = new Batch("insert into pd_coordination_form (office_id, request_id, position, reason, lead_department, filed_by,"
                + " filed_with, at_second, at_nano) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Batch formDepartments = new Batch("insert into pd_coordination_form_department (office_id, request_id, position, department)"
                + " values (?, ?, ?, ?)");
        request.coordinationForms().zipWithIndex().drop(from.forms).forEach(each -> {
            CoordinationForm form = each._1;
            forms.add(office, id, each._2, form.reason().name(), form.lead().name(), Sql.id(form.filedBy().value()),
                    Sql.id(form.filedWith().value()), form.at().getEpochSecond(), form.at().getNano());
            form.departments().forEach(department -> formDepartments.add(office, id, each._2, department.name()));
        });
        Batch replies = new Batch("insert into pd_customer_reply (office_id, request_id, position, reply_text, by_id, department,"
                + " at_second, at_nano) values (?, ?, ?, ?, ?, ?, ?, ?)");
        request.replies().zipWithIndex().drop(from.replies).forEach(each -> replies.add(office, id, each._2, each._1.text(),
                Sql.id(each._1.by().value()), each._1.department().name(), each._1.at().getEpochSecond(), each._1.at().getNano()));
        Batch contacts = new Batch("insert into pd_service_request_contact (office_id, request_id, position, at_second, at_nano)"
                + " values (?, ?, ?, ?, ?)");
        request.contacts().zipWithIndex().drop(from.contacts)
                .forEach(each -> contacts.add(office, id, each._2, each._1.getEpochSecond(), each._1.getNano()));
        for (Batch batch : List.of(concern, transfers, acceptances, forms, formDepartments, replies, contacts)) {
            batch.run(connection);
        }
    }

    /** How many child rows of each kind a version of a request has, and which concern rows are its. */
    private record Counts(long concernVersion, int transfers, int acceptances, int forms, int replies, int contacts) {

        static final Counts NONE = new Counts(-1, 0, 0, 0, 0, 0);

        static Counts of(ResultSet row) throws SQLException {
            return new Counts(row.getLong("concern_version"), row.getInt("transfer_count"), row.getInt("acceptance_count"),
                    row.getInt("form_count"), row.getInt("reply_count"), row.getInt("contact_count"));
        }

        /** A command only ever adds to a request's collections; anything else is a programming error. */
        void requireGrownInto(ServiceRequest updated) {
            if (updated.transfers().size() < transfers || updated.acceptances().size() < acceptances
                    || updated.coordinationForms().size() < forms || updated.replies().size() < replies
                    || updated.contacts().size() < contacts) {
                throw new IllegalArgumentException("service request " + updated.id()
                        + " lost transfers, acceptances, forms, replies or contacts: they only grow");
            }
        }
    }

    /** Rows for one insert statement, sent as one JDBC batch. */
    private static final class Batch {
        private final String insert;
        private final java.util.List<Object[]> rows = new ArrayList<>();

        Batch(String insert) {
            this.insert = insert;
        }

        void add(Object... values) {
            rows.add(values);
        }

        void run(Connection connection) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        statement.setObject(i + 1, row[i]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }

    /** A request row as read, waiting for its child rows. */
    private record Row(String id, long version, Counts counts, OfficeId office, RequestKind kind, Channel channel, Customer customer, String matter,
            boolean acrossOffices, StaffId firstContact, Department firstContactDepartment, Instant receivedAt, StageColumns stage,
            Option<Instant> expectedCompletion) {

        ServiceRequest request(Children children) {
            return new ServiceRequest(new ServiceRequestId(java.util.UUID.fromString(id)), office, version, kind, channel, customer,
                    matter, new Concern(TreeSet.ofAll(children.concern), acrossOffices), firstContact, firstContactDepartment,
                    receivedAt, stage.stage(children.transfers), List.ofAll(children.transfers), List.ofAll(children.acceptances),
                    List.ofAll(children.forms.values()).map(FormRow::form), List.ofAll(children.replies),
                    List.ofAll(children.contacts), expectedCompletion);
        }
    }

    /** The stage_* columns of a request row. */
    private record StageColumns(Stage.Status status, Integer pendingTransfer, StaffId handler, String handlingDepartment,
            Instant handlingSince, Instant completedAt, String result, StaffId reportedBy, String reportedDepartment,
            StaffId reportedTo, Instant reportedAt, StaffId closedBy, Instant closedAt) {

        Stage stage(java.util.List<Transfer> transfers) {
            switch (status) {
                case RECEIVED:
                    return new Stage.Received();
                case TRANSFERRED:
                    return new Stage.Transferred(transfers.get(pendingTransfer));
                case IN_HANDLING:
                    return new Stage.InHandling(handler, Department.valueOf(handlingDepartment), handlingSince);
                case COMPLETED:
                    return new Stage.Completed(report());
                default:
                    return new Stage.Closed(report(), closedBy, closedAt);
            }
        }

        private CompletionReport report() {
            return new CompletionReport(completedAt, result, reportedBy, Department.valueOf(reportedDepartment), reportedTo, reportedAt);
        }
    }

    /** A coordination form's row, its departments added as their rows come. */
    private record FormRow(CoordinationForm.Reason reason, Department lead, java.util.List<Department> departments, StaffId filedBy,
            StaffId filedWith, Instant at) {

        CoordinationForm form() {
            return new CoordinationForm(reason, lead, TreeSet.ofAll(departments), filedBy, filedWith, at);
        }
    }

    /** The child rows of one version of a request as they are read; rows of later versions are passed over. */
    private static final class Children {
        final Counts counts;
        final java.util.List<Department> concern = new ArrayList<>();
        final java.util.List<Transfer> transfers = new ArrayList<>();
        final java.util.List<Acceptance> acceptances = new ArrayList<>();
        final Map<Integer, FormRow> forms = new LinkedHashMap<>();
        final java.util.List<CustomerReply> replies = new ArrayList<>();
        final java.util.List<Instant> contacts = new ArrayList<>();

        Children(Counts counts) {
            this.counts = counts;
        }

        void add(String table, ResultSet row) throws SQLException {
            if (!table.equals("pd_service_request_concern") && row.getInt("position") >= countOf(table)) {
                return;
            }
            switch (table) {
                case "pd_service_request_concern":
                    if (row.getLong("version") == counts.concernVersion) {
                        concern.add(Department.valueOf(row.getString("department")));
                    }
                    break;
                case "pd_service_request_transfer":
                    transfers.add(new Transfer(Sql.id(row, "from_id", StaffId::new), Sql.id(row, "to_id", StaffId::new),
                            Department.valueOf(row.getString("to_department")), TransferMethod.valueOf(row.getString("method")),
                            Option.of(instant(row, "consent_second", "consent_nano")), instant(row, "at_second", "at_nano")));
                    break;
                case "pd_service_request_acceptance":
                    acceptances.add(new Acceptance(Sql.id(row, "by_id", StaffId::new), Department.valueOf(row.getString("department")),
                            row.getBoolean("wrong_transfer"), instant(row, "at_second", "at_nano")));
                    break;
                case "pd_coordination_form":
                    forms.put(row.getInt("position"), new FormRow(CoordinationForm.Reason.valueOf(row.getString("reason")),
                            Department.valueOf(row.getString("lead_department")), new ArrayList<>(),
                            Sql.id(row, "filed_by", StaffId::new), Sql.id(row, "filed_with", StaffId::new),
                            instant(row, "at_second", "at_nano")));
                    break;
                case "pd_coordination_form_department":
                    forms.get(row.getInt("position")).departments.add(Department.valueOf(row.getString("department")));
                    break;
                case "pd_customer_reply":
                    replies.add(new CustomerReply(row.getString("reply_text"), Sql.id(row, "by_id", StaffId::new),
                            Department.valueOf(row.getString("department")), instant(row, "at_second", "at_nano")));
                    break;
                default:
                    contacts.add(instant(row, "at_second", "at_nano"));
            }
        }

        private int countOf(String table) {
            switch (table) {
                case "pd_service_request_transfer":
                    return counts.transfers;
                case "pd_service_request_acceptance":
                    return counts.acceptances;
                case "pd_coordination_form":
                case "pd_coordination_form_department":
                    return counts.forms;
                case "pd_customer_reply":
                    return counts.replies;
                default:
                    return counts.contacts;
            }
        }
    }

    private static Row row(ResultSet row) throws SQLException {
        int pending = row.getInt("pending_transfer");
        Integer pendingTransfer = row.wasNull() ? null : pending;
        StageColumns stage = new StageColumns(Stage.Status.valueOf(row.getString("status")), pendingTransfer,
                Sql.id(row, "handler_id", StaffId::new), row.getString("handling_department"), instant(row, "handling_second", "handling_nano"),
                instant(row, "completed_second", "completed_nano"), row.getString("result"), Sql.id(row, "reported_by", StaffId::new),
                row.getString("reported_department"), Sql.id(row, "reported_to", StaffId::new), instant(row, "reported_second", "reported_nano"),
                Sql.id(row, "closed_by", StaffId::new), instant(row, "closed_second", "closed_nano"));
        return new Row(row.getString("request_id").trim(), row.getLong("version"), Counts.of(row), Sql.id(row, "office_id", OfficeId::new),
                RequestKind.valueOf(row.getString("kind")), Channel.valueOf(row.getString("channel")),
                new Customer(row.getString("customer_name"), row.getString("customer_contact")), row.getString("matter"),
                row.getBoolean("across_offices"), Sql.id(row, "first_contact_id", StaffId::new),
                Department.valueOf(row.getString("first_contact_department")), instant(row, "received_second", "received_nano"),
                stage, Option.of(instant(row, "expected_second", "expected_nano")));
    }

    private static Instant instant(ResultSet row, String secondColumn, String nanoColumn) throws SQLException {
        long second = row.getLong(secondColumn);
        return row.wasNull() ? null : Instant.ofEpochSecond(second, row.getInt(nanoColumn));
    }
}
