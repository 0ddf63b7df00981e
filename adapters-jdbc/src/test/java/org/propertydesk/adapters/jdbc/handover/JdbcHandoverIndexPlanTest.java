package org.propertydesk.adapters.jdbc.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;

/**
 * The queries every handover runs read through indexes, not by scanning the office's whole
 * history: with 100,000 incidents and 100,000 handovers loaded and analysed, PostgreSQL plans the
 * open incidents of an office and the handovers of a post without a sequential scan of the big
 * table. Skipped when PostgreSQL is not reachable (failed under CI).
 */
@DisplayName("The handover stores' reads on a large PostgreSQL")
class JdbcHandoverIndexPlanTest {

    private static final int ROWS = 100_000;
    private static final int OFFICES = 500;
    private static final int POSTS_PER_OFFICE = 10;

    @Test
    @DisplayName("R-HO-3: the open incidents of an office are read through an index, among 100,000 mostly resolved incidents")
    void openIncidentsUseAnIndex() throws SQLException {
        try (TestDatabase.Fresh fresh = TestDatabase.POSTGRESQL.fresh()) {
            PropertyDeskJdbc.on(fresh.dataSource()).migrate();
            try (Connection connection = fresh.dataSource().getConnection()) {
                loadIncidents(connection);
                analyze(connection, "pd_incident", "pd_incident_department");
                String office = office(7);

                assertIndexed(plan(connection, JdbcIncidents.incidents(JdbcIncidents.OPEN), office), "pd_incident");
                assertIndexed(plan(connection, JdbcIncidents.departments(JdbcIncidents.OPEN), office), "pd_incident");
            }
        }
    }

    @Test
    @DisplayName("R-HO-7: the handovers of a post are read through an index, among 100,000 handovers of other posts and offices")
    void handoversOfAPostUseAnIndex() throws SQLException {
        try (TestDatabase.Fresh fresh = TestDatabase.POSTGRESQL.fresh()) {
            PropertyDeskJdbc.on(fresh.dataSource()).migrate();
            try (Connection connection = fresh.dataSource().getConnection()) {
                loadHandovers(connection);
                analyze(connection, "pd_handover");
                String office = office(7);
                String post = post(7, 3);

                assertIndexed(plan(connection, JdbcHandovers.handovers(JdbcHandovers.BY_POST), office, post), "pd_handover");
                for (String table : JdbcHandovers.CHILD_TABLES) {
                    assertIndexed(plan(connection, JdbcHandovers.children(table, JdbcHandovers.BY_POST), office, post), "pd_handover");
                }
            }
        }
    }

    /** 200 incidents per office, reported over time; one in a hundred still open. */
    private static void loadIncidents(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("insert into pd_incident (office_id, incident_id, kind,"
                + " description, reporter_id, reported_second, reported_nano, unresolved, resolved_by, resolution,"
                + " resolved_second, resolved_nano, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < ROWS; n++) {
                boolean open = n % 100 == 0;
                insert.setString(1, office(n % OFFICES));
                insert.setString(2, new UUID(0x1c, n).toString());
                insert.setString(3, n % 2 == 0 ? "FIRE" : "TYPHOON");
                insert.setString(4, "烟感报警 " + n);
                insert.setString(5, new UUID(0x57, n % 40).toString());
                insert.setLong(6, 1_700_000_000L + n * 60L);
                insert.setInt(7, 0);
                insert.setBoolean(8, open);
                insert.setString(9, open ? null : new UUID(0x57, 1).toString());
                insert.setString(10, open ? null : "误报");
                if (open) {
                    insert.setNull(11, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(11, 1_700_000_000L + n * 60L + 900);
                }
                insert.setInt(12, 0);
                insert.setLong(13, open ? 0 : 1);
                insert.addBatch();
                if (n % 5_000 == 4_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    /** 200 handovers per office, spread over its ten posts. */
    private static void loadHandovers(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("insert into pd_handover (office_id, handover_id, post_id,"
                + " post_sequence, state, version, department, outgoing_id, shift_change_second, shift_change_nano, duty_log_id,"
                + " preparation_second, preparation_nano, preparation_lead_seconds, preparation_lead_nanos,"
                + " preparation_punctuality, incoming_id) values (?, ?, ?, ?, 'SIGNED', 6, 'SECURITY', ?, ?, 0, ?, ?, 0, 900, 0,"
                + " 'EARLY', ?)")) {
            for (int n = 0; n < ROWS; n++) {
                int office = n % OFFICES;
                int post = (n / OFFICES) % POSTS_PER_OFFICE;
                insert.setString(1, office(office));
                insert.setString(2, new UUID(0x40, n).toString());
                insert.setString(3, post(office, post));
                insert.setLong(4, n / (OFFICES * POSTS_PER_OFFICE) + 1);
                insert.setString(5, new UUID(0x57, n % 40).toString());
                insert.setLong(6, 1_700_000_000L + n * 28_800L);
                insert.setString(7, new UUID(0x10, n % 5_000).toString());
                insert.setLong(8, 1_700_000_000L + n * 28_800L - 900);
                insert.setString(9, new UUID(0x57, (n + 1) % 40).toString());
                insert.addBatch();
                if (n % 5_000 == 4_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    private static void analyze(Connection connection, String... tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("analyze " + table);
            }
        }
    }

    /** PostgreSQL's plan for the store's own query, with the store's parameters. */
    private static List<String> plan(Connection connection, String query, String... parameters) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement explain = connection.prepareStatement("explain " + query)) {
            for (int i = 0; i < parameters.length; i++) {
                explain.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
        }
        return lines;
    }

    private static void assertIndexed(List<String> plan, String table) {
        String text = String.join("\n", plan);
        assertThat(plan).as(text).noneMatch(line -> line.matches(".*Seq Scan on " + table + "( .*|$)"));
        assertThat(plan).as(text).anyMatch(line -> line.matches(".*Index (Only )?Scan .*on " + table + "( .*|$)")
                || line.matches(".*Bitmap Index Scan on " + table + "_.*"));
    }

    private static String office(int n) {
        return new UUID(0x0ff, n).toString();
    }

    private static String post(int office, int post) {
        return new UUID(0x9057, office * 100L + post).toString();
    }
}
