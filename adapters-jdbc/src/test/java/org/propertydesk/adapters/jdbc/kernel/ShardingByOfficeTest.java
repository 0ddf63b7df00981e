package org.propertydesk.adapters.jdbc.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;

/**
 * K-1 and DESIGN.md "Scale-out": one office is one shard, so every PropertyDesk table's primary
 * key starts with {@code office_id} — the distribution column a Citus deployment would use.
 */
class ShardingByOfficeTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("K-1: every table's primary key starts with office_id")
    void everyPrimaryKeyStartsWithOffice(TestDatabase database) throws SQLException {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            PropertyDeskJdbc.on(fresh.dataSource()).migrate();

            Map<String, String> firstKeyColumn = new TreeMap<>();
            try (Connection connection = fresh.dataSource().getConnection()) {
                DatabaseMetaData meta = connection.getMetaData();
                try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
                    while (tables.next()) {
                        String table = tables.getString("TABLE_NAME");
                        if (!table.toLowerCase(Locale.ROOT).startsWith("pd_")) {
                            continue;
                        }
                        try (ResultSet keys = meta.getPrimaryKeys(tables.getString("TABLE_CAT"), tables.getString("TABLE_SCHEM"), table)) {
                            while (keys.next()) {
                                if (keys.getInt("KEY_SEQ") == 1) {
                                    firstKeyColumn.put(table.toLowerCase(Locale.ROOT), keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                                }
                            }
                        }
                    }
                }
            }

            assertThat(firstKeyColumn).containsKeys("pd_staff", "pd_calendar", "pd_audit_entry");
            assertThat(firstKeyColumn).allSatisfy((table, column) -> assertThat(column).as(table).isEqualTo("office_id"));
        }
    }
}
