package org.propertydesk.benchmarks.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** What a query returns, as one column-name → value map per row: how the drivers' tests compare what both sides wrote. */
public final class Rows {

    private Rows() {}

    /** The rows of {@code query}, without the {@code ignored} columns. */
    public static List<Map<String, Object>> of(DataSource pool, String query, String... ignored) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    row.put(result.getMetaData().getColumnName(i), result.getObject(i));
                }
                for (String column : ignored) {
                    row.remove(column);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
