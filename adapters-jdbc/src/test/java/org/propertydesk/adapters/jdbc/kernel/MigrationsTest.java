package org.propertydesk.adapters.jdbc.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;

/**
 * PropertyDesk moves into the embedder's database: its migrations build every table on an empty
 * database, do nothing when run again, and leave the embedder's own tables — including an
 * embedder's own Flyway history — exactly as they were.
 */
@DisplayName("Migrations on H2, PostgreSQL and MariaDB")
class MigrationsTest {

    private static List<String> rows(DataSource dataSource, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(result.getString(i));
                }
                rows.add(row.toString().trim());
            }
        }
        return rows;
    }

    private static void execute(DataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    private static TreeSet<String> tables(DataSource dataSource) throws SQLException {
        TreeSet<String> names = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    /**
     * A query on Flyway's history table. Flyway creates it with quoted lower-case names, which H2
     * keeps case-sensitive, so there the names are quoted too.
     */
    private static String history(TestDatabase database, String query) {
        String sql = String.format(query, PropertyDeskJdbc.HISTORY_TABLE);
        return database == TestDatabase.H2
                ? sql.replace(PropertyDeskJdbc.HISTORY_TABLE, "\"" + PropertyDeskJdbc.HISTORY_TABLE + "\"")
                        .replace("version", "\"version\"").replace("success", "\"success\"").replace("installed_rank", "\"installed_rank\"")
                : sql;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("an empty database gets every table, and migrating again changes nothing")
    void emptyDatabaseAndReapply(TestDatabase database) throws SQLException {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            PropertyDeskJdbc.on(fresh.dataSource()).migrate();
            TreeSet<String> afterFirst = tables(fresh.dataSource());
            List<String> history = rows(fresh.dataSource(),
                    history(database, "select version, success from %s order by installed_rank"));

            PropertyDeskJdbc.on(fresh.dataSource()).migrate();

            assertThat(afterFirst).contains("pd_staff", "pd_outbox", "pd_request", "pd_roster", "pd_handover", "pd_complaint",
                    "pd_service_request", "pd_notice", "pd_incident", "pd_incident_record", "pd_document", "pd_loan",
                    PropertyDeskJdbc.HISTORY_TABLE);
            assertThat(history).extracting(row -> row.split("\\|")[0]).contains("1", "2", "3", "4", "5", "6", "7", "8", "9");
            assertThat(history).allSatisfy(row -> assertThat(row.split("\\|")[1]).isIn("true", "1", "TRUE", "t"));
            assertThat(tables(fresh.dataSource())).isEqualTo(afterFirst);
            assertThat(rows(fresh.dataSource(), history(database, "select version from %s"))).hasSameSizeAs(history);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("the embedder's tables and its own Flyway history are left exactly as they were")
    void vendorTablesUntouched(TestDatabase database) throws SQLException {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            execute(fresh.dataSource(),
                    "create table vendor_orders (id integer primary key, note varchar(100))",
                    "insert into vendor_orders values (1, 'keep me')",
                    "create table flyway_schema_history (installed_rank integer primary key, version varchar(50), description varchar(200))",
                    "insert into flyway_schema_history values (1, '42', 'the vendor''s own migration')");

            PropertyDeskJdbc.on(fresh.dataSource()).migrate();

            assertThat(rows(fresh.dataSource(), "select id, note from vendor_orders")).containsExactly("1|keep me");
            assertThat(rows(fresh.dataSource(), "select installed_rank, version, description from flyway_schema_history"))
                    .containsExactly("1|42|the vendor's own migration");
            assertThat(tables(fresh.dataSource())).filteredOn(name -> !name.startsWith("pd_"))
                    .containsExactlyInAnyOrder("vendor_orders", "flyway_schema_history", PropertyDeskJdbc.HISTORY_TABLE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("on a database that defaults to latin1, every PropertyDesk table still keeps all of Unicode and compares exactly")
    void unicodeAndExactComparison(TestDatabase database) throws SQLException {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            PropertyDeskJdbc.on(fresh.dataSource()).migrate();
            if (database == TestDatabase.MARIADB) {
                assertThat(rows(fresh.dataSource(), "select distinct table_collation from information_schema.tables"
                        + " where table_schema = database() and table_name like 'pd\\_%'")).containsExactly("utf8mb4_bin");
            }
            execute(fresh.dataSource(),
                    "insert into pd_calendar (office_id, zone, version) values ('00000000-0000-0000-0000-000000000001', '𠮷野家·翠湖', 0)",
                    "insert into pd_calendar (office_id, zone, version) values ('00000000-0000-0000-0000-00000000000A', 'upper', 0)",
                    "insert into pd_calendar (office_id, zone, version) values ('00000000-0000-0000-0000-00000000000a', 'lower', 0)");

            assertThat(rows(fresh.dataSource(), "select zone from pd_calendar where office_id = '00000000-0000-0000-0000-000000000001'"))
                    .containsExactly("𠮷野家·翠湖");
            assertThat(rows(fresh.dataSource(), "select zone from pd_calendar where office_id = '00000000-0000-0000-0000-00000000000a'"))
                    .containsExactly("lower");
        }
    }
}
