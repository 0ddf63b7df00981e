package org.propertydesk.adapters.jdbc.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.domain.complaint.Location;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * Registration's read of the complaints about one matter (R-CO-5, R-CO-8) on a busy desk: 200
 * offices whose 500 complaints each, all of one subject, are at places of their own and were all
 * registered in the last days, so the office's window holds every one of them and the matter one
 * or none. Once the driver prepares the statement on the server (pgjdbc: from its fifth
 * execution), PostgreSQL may adopt a generic plan, made without the window's values; that plan
 * must still take the matter's index. Reading the office's window through
 * {@code pd_complaint_registered}, which also gives the rows in registration order, read 500 rows
 * per registration to keep none, and more with every complaint stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("R-CO-5, R-CO-8: the matter read on 100,000 complaints at distinct places, analysed, in PostgreSQL")
class MatterReadGenericPlanTest {

    private static final int OFFICES = 200;
    private static final int PER_OFFICE = 500;
    private static final long NOW = 1_767_225_600L;
    private static final OfficeId OFFICE = office(7);

    private TestDatabase.Fresh fresh;

    @BeforeAll
    void fill() throws SQLException {
        fresh = TestDatabase.POSTGRESQL.fresh();
        ((PGSimpleDataSource) fresh.dataSource()).setReWriteBatchedInserts(true);
        PropertyDeskJdbc.on(fresh.dataSource()).migrate();
        try (Connection connection = fresh.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into pd_complaint (office_id, complaint_id, version,"
                    + " history_size, complainant, registered_second, registered_nano, subject, location, cause, utility, ask, repair,"
                    + " important, account, class_kind, class_value, step, closed, department, location_key) values (?, ?, 0, 1, ?, ?, 0,"
                    + " 'EQUIPMENT_REPAIR', ?, 'NO_FAULT', null, 'HELP', null, false, '电梯停在三楼和四楼之间', 'COMMUNICATIVE',"
                    + " 'HELP_SEEKING', 'RECORDED', false, null, ?)")) {
                // in registration order, the offices' complaints interleaved, as a busy desk stores them
                for (int n = 0; n < PER_OFFICE; n++) {
                    for (int o = 0; o < OFFICES; o++) {
                        String place = "Building " + (n % 9 + 1) + " unit " + (o * PER_OFFICE + n);
                        insert.setString(1, office(o).toString());
                        insert.setString(2, new UUID(o, n).toString());
                        insert.setString(3, "a-" + n);
                        insert.setLong(4, NOW - 86_400L + n * 60L + o);
                        insert.setString(5, place);
                        insert.setString(6, new Location(place).key());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement analyse = connection.createStatement()) {
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

    @ParameterizedTest(name = "plan_cache_mode = {0}")
    @ValueSource(strings = {"force_custom_plan", "force_generic_plan"})
    @DisplayName("R-CO-5, R-CO-8: the rows and histories of one matter are read through pd_complaint_matter, not the office's window")
    void throughTheMattersIndex(String planCacheMode) throws SQLException {
        Object[] parameters = JdbcComplaints.aboutMatterParameters(OFFICE.toString(), "EQUIPMENT_REPAIR", "building 3 unit 3702",
                Instant.ofEpochSecond(NOW - 30 * 86_400L));
        String matter = JdbcComplaints.ABOUT_MATTER;
        for (String query : List.of(JdbcComplaints.rowsQuery(matter), JdbcComplaints.eventsQuery(matter))) {
            assertThat(plan(planCacheMode, query, parameters)).as(query)
                    .contains("pd_complaint_matter").doesNotContain("pd_complaint_registered").doesNotContain("Seq Scan on pd_complaint ");
        }
    }

    /**
     * The plan of {@code query} as a prepared statement executed with {@code parameters} under
     * {@code plan_cache_mode}. (An {@code explain} of the query with bound parameters is always
     * planned for the values.)
     */
    private String plan(String planCacheMode, String query, Object[] parameters) throws SQLException {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char c : query.toCharArray()) {
            numbered.append(c == '?' ? "$" + ++n : String.valueOf(c));
        }
        StringBuilder values = new StringBuilder();
        for (Object value : parameters) {
            values.append(values.length() == 0 ? "" : ", ").append(value instanceof String text ? "'" + text + "'" : value);
        }
        List<String> plan = new ArrayList<>();
        try (Connection connection = fresh.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set plan_cache_mode = " + planCacheMode);
            statement.execute("prepare matter as " + numbered);
            try (ResultSet lines = statement.executeQuery("explain execute matter(" + values + ")")) {
                while (lines.next()) {
                    plan.add(lines.getString(1));
                }
            }
        }
        return String.join("\n", plan);
    }

    private static OfficeId office(int n) {
        return new OfficeId(new UUID(0xbeef, n));
    }
}
