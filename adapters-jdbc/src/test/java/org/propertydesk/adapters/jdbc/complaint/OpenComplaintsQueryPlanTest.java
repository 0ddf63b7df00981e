package org.propertydesk.adapters.jdbc.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import io.vavr.collection.Seq;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.Location;
import org.propertydesk.domain.complaint.Matter;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * The complaint queries on the desk's hot paths stay index-backed at scale (DESIGN.md, "JDBC
 * adapter": work-queue queries use indexes): on PostgreSQL with 100,000 complaints in 50 offices
 * (two in a hundred still open) and their 198,000 events, analysed, the plans of the work queue's
 * read of open complaints, of registration's read of the complaints about one matter, and of the
 * reads of a complainant's and a period's complaints, scan no table sequentially.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Complaint queries on 100,000 complaints in PostgreSQL")
class OpenComplaintsQueryPlanTest {

    private static final int OFFICES = 50;
    private static final int PER_OFFICE = 2_000;
    private static final int OPEN_EVERY = 50;
    private static final long START = 1_767_225_600L;
    private static final OfficeId OFFICE = office(7);

    private TestDatabase.Fresh fresh;
    private PropertyDeskJdbc jdbc;

    @BeforeAll
    void load() throws SQLException {
        fresh = TestDatabase.POSTGRESQL.fresh();
        ((PGSimpleDataSource) fresh.dataSource()).setReWriteBatchedInserts(true);
        jdbc = PropertyDeskJdbc.on(fresh.dataSource()).migrate();
        try (Connection connection = fresh.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement complaints = connection.prepareStatement("insert into pd_complaint (office_id, complaint_id,"
                            + " version, history_size, complainant, registered_second, registered_nano, subject, location, cause, utility,"
                            + " ask, repair, important, account, class_kind, class_value, step, closed, department, location_key)"
                            + " values (?, ?, ?, ?, ?, ?, 0, 'EQUIPMENT_REPAIR', ?, 'NO_FAULT', null, 'HELP', null, false,"
                            + " '车库灯坏了', 'COMMUNICATIVE', 'HELP_SEEKING', ?, ?, null, ?)");
                    PreparedStatement events = connection.prepareStatement("insert into pd_complaint_event (office_id, complaint_id,"
                            + " sequence, event_type, at_second, at_nano, by_id, to_kind, to_value)"
                            + " values (?, ?, ?, ?, ?, 0, ?, 'COMMUNICATIVE', 'HELP_SEEKING')")) {
                String staff = new UUID(0x57AFF, 3).toString();
                for (int o = 0; o < OFFICES; o++) {
                    String office = office(o).toString();
                    for (int n = 0; n < PER_OFFICE; n++) {
                        String id = new UUID(o, n).toString();
                        boolean open = n % OPEN_EVERY == 0;
                        long at = START + n * 3_600L;
                        // 40 places; one row in three registered before places were keyed (no location_key).
                        String place = (n % 40) + "栋地下车库";
                        bind(complaints, office, id, open ? 0 : 6, open ? 1 : 2, "3-" + (n % 400), at, place, open ? "RECORDED" : "CLOSED",
                                !open, n % 3 == 0 ? null : place);
                        complaints.addBatch();
                        bind(events, office, id, 0, "Registered", at, staff);
                        events.addBatch();
                        if (!open) {
                            bind(events, office, id, 1, "Closed", at + 86_400, staff);
                            events.addBatch();
                        }
                    }
                    complaints.executeBatch();
                    events.executeBatch();
                }
            }
            connection.commit();
            try (Statement analyse = connection.createStatement()) {
                connection.setAutoCommit(true);
                analyse.execute("analyze pd_complaint");
                analyse.execute("analyze pd_complaint_event");
            }
        }
    }

    @AfterAll
    void drop() {
        if (fresh != null) {
            fresh.close();
        }
    }

    @Test
    @DisplayName("the work queue reads an office's open complaints and their histories through indexes, in registration order")
    void openComplaints() throws SQLException {
        assertIndexed(JdbcComplaints.rowsQuery(JdbcComplaints.OPEN), OFFICE.toString(), false);
        assertIndexed(JdbcComplaints.eventsQuery(JdbcComplaints.OPEN), OFFICE.toString(), false);

        Seq<Complaint> open = jdbc.complaint().complaints().open(OFFICE);
        assertThat(open).hasSize(PER_OFFICE / OPEN_EVERY).noneMatch(Complaint::isClosed);
        assertThat(open.map(Complaint::registeredAt).toJavaList()).isSorted();
    }

    @Test
    @DisplayName("registration reads a complainant's complaints and a period's complaints through indexes")
    void registrationReads() throws SQLException {
        String byComplainant = "c.office_id = ? and c.complainant = ?";
        assertIndexed(JdbcComplaints.rowsQuery(byComplainant), OFFICE.toString(), "3-7");
        assertIndexed(JdbcComplaints.eventsQuery(byComplainant), OFFICE.toString(), "3-7");
        String between = "c.office_id = ? and c.registered_second between ? and ? and (c.registered_second > ? or c.registered_nano >= ?)"
                + " and (c.registered_second < ? or c.registered_nano <= ?)";
        long from = START + 1_000 * 3_600L;
        long to = from + 30 * 86_400L;
        assertIndexed(JdbcComplaints.rowsQuery(between), OFFICE.toString(), from, to, from, 0, to, 0);
        assertIndexed(JdbcComplaints.eventsQuery(between), OFFICE.toString(), from, to, from, 0, to, 0);

        assertThat(jdbc.complaint().complaints().byComplainant(OFFICE, new ComplainantId("3-0"))).hasSize(PER_OFFICE / 400);
    }

    @Test
    @DisplayName("R-CO-5, R-CO-8: registration reads the complaints about one matter in a window through index pd_complaint_matter")
    void matterRead() throws SQLException {
        long from = START + 1_000 * 3_600L;
        long to = from + 30 * 86_400L;
        Object[] parameters = JdbcComplaints.aboutMatterParameters(OFFICE.toString(), "EQUIPMENT_REPAIR", "7栋地下车库",
                java.time.Instant.ofEpochSecond(from));
        // the matter's own index: the office's window (pd_complaint_registered) is indexed too, but
        // reads every complaint of the office in the window to keep a handful
        assertThat(assertIndexed(JdbcComplaints.rowsQuery(JdbcComplaints.ABOUT_MATTER), parameters)).contains("pd_complaint_matter");
        assertThat(assertIndexed(JdbcComplaints.eventsQuery(JdbcComplaints.ABOUT_MATTER), parameters)).contains("pd_complaint_matter");

        Seq<Complaint> sameMatter = jdbc.complaint().complaints().aboutMatter(OFFICE,
                new Matter(Subject.EQUIPMENT_REPAIR, new Location("7栋地下车库")),
                java.time.Instant.ofEpochSecond(from), java.time.Instant.ofEpochSecond(to));
        // Hours 1,000 to 1,720 of the office, every 40th at this place: 18 complaints, keyed or not.
        assertThat(sameMatter).hasSize(18).allMatch(complaint -> complaint.matter().location().value().equals("7栋地下车库"));
    }

    /** Asserts the query's plan scans no table sequentially, and returns the plan. */
    private String assertIndexed(String query, Object... parameters) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection connection = fresh.dataSource().getConnection();
                PreparedStatement explain = Sql.prepare(connection, "explain " + query, parameters);
                ResultSet lines = explain.executeQuery()) {
            while (lines.next()) {
                plan.add(lines.getString(1));
            }
        }
        String text = String.join("\n", plan);
        assertThat(text).as(query).doesNotContain("Seq Scan").contains("Index");
        return text;
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private static OfficeId office(int n) {
        return new OfficeId(new UUID(0xbeef, n));
    }
}
