package org.propertydesk.examples.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A fingerprint of everything PropertyDesk keeps in an H2 database: for every {@code pd_*} table,
 * its row count and the sum of a hash of each row (every column, nulls included), so it does not
 * depend on row order. Computed inside the database in one query, so it is cheap enough to take
 * after every fuzzed request.
 *
 * <p>The audit trail is fingerprinted in two parts, because R-CF-9 makes a <em>denied</em> access
 * decision write an audit entry (and record the refusal against its request id) even though the
 * request is refused: {@code pd_audit_entry} counts only its non-denied entries, and the denied
 * ones are counted apart, so a check can allow exactly that and nothing else.
 */
final class FuzzDatabaseSnapshot {

    /** The tables a refused access decision may write to, next to its DENIED audit entry (R-CF-9). */
    static final List<String> WRITTEN_BY_A_DENIAL = List.of("PD_AUDIT_HEAD", "PD_REQUEST");

    private static final String DENIED = "PD_AUDIT_ENTRY[DENIED]";

    private final DataSource dataSource;
    private final String query;

    private FuzzDatabaseSnapshot(DataSource dataSource, String query) {
        this.dataSource = dataSource;
        this.query = query;
    }

    /** Prepares the fingerprint query from the tables and columns the database has now. */
    static FuzzDatabaseSnapshot of(DataSource dataSource) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select table_name, column_name, data_type from information_schema.columns"
                        + " where table_schema = current_schema and table_name like 'PD\\_%' order by table_name, ordinal_position")) {
            while (rows.next()) {
                String column = "\"" + rows.getString(2) + "\"";
                // Binary columns are hashed as they are; everything else (dates included) as text.
                columns.computeIfAbsent(rows.getString(1), table -> new ArrayList<>())
                        .add(rows.getString(3).contains("BINARY") ? "cast(ora_hash(" + column + ") as varchar)" : "cast(" + column + " as varchar)");
            }
        }
        if (columns.size() < 40) {
            throw new IllegalStateException("expected PropertyDesk's pd_* tables, found " + columns.keySet());
        }
        List<String> parts = new ArrayList<>();
        columns.forEach((table, names) -> {
            String row = "ora_hash(concat_ws('|', " + names.stream()
                    .map(column -> "coalesce(" + column + ", '~')")
                    .collect(Collectors.joining(", ")) + "))";
            String where = table.equals("PD_AUDIT_ENTRY") ? " where outcome <> 'DENIED'" : "";
            parts.add("select '" + table + "', count(*), coalesce(sum(" + row + "), 0) from \"" + table + "\"" + where);
        });
        parts.add("select '" + DENIED + "', count(*), 0 from \"PD_AUDIT_ENTRY\" where outcome = 'DENIED'");
        return new FuzzDatabaseSnapshot(dataSource, String.join("\nunion all\n", parts));
    }

    /**
     * H2's modification counters of the {@code pd_*} tables: they move whenever a table is
     * written (even by a transaction that then rolls back), so while they stand still the
     * fingerprint cannot have changed — a cheap first look before {@link #take()}.
     */
    String modifications() {
        StringBuilder counters = new StringBuilder();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select table_name, last_modification from information_schema.tables"
                        + " where table_schema = current_schema and table_name like 'PD\\_%' order by table_name")) {
            while (rows.next()) {
                counters.append(rows.getString(1)).append('=').append(rows.getLong(2)).append(' ');
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the tables' modification counters", e);
        }
        return counters.toString();
    }

    /** Every table's row count and row-hash sum, now. */
    Fingerprint take() {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                tables.put(rows.getString(1), rows.getLong(2) + "/" + rows.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not fingerprint the database", e);
        }
        return new Fingerprint(tables);
    }

    /** What the database held at one moment, table by table. */
    record Fingerprint(Map<String, String> tables) {

        Fingerprint {
            Objects.requireNonNull(tables, "tables");
        }

        /** The tables whose rows differ from {@code before}'s. */
        List<String> changedSince(Fingerprint before) {
            return tables.keySet().stream().filter(table -> !tables.get(table).equals(before.tables.get(table))).toList();
        }

        /**
         * What a refused request changed that it may not: nothing at all, except that a denied
         * access decision adds DENIED audit entries, moves the audit chain's head and records the
         * refusal as the answer to its request id (R-CF-9).
         */
        List<String> forbiddenChangesSince(Fingerprint before) {
            List<String> changed = changedSince(before);
            if (changed.contains(DENIED) && deniedCount() > before.deniedCount()) {
                return changed.stream().filter(table -> !table.equals(DENIED) && !WRITTEN_BY_A_DENIAL.contains(table)).toList();
            }
            return changed;
        }

        private long deniedCount() {
            String value = tables.get(DENIED);
            return value == null ? 0 : Long.parseLong(value.substring(0, value.indexOf('/')));
        }
    }
}
