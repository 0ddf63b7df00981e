package org.propertydesk.adapters.jdbc.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.propertydesk.adapters.jdbc.kernel.Sql;

/**
 * The columns of one row to write, named once and in order, so an insert and a version-checked
 * update of the same record cannot disagree about which value goes where. Table and column names
 * are the stores' constants; every value is a bound parameter.
 */
final class Row {

    private final Map<String, Object> columns = new LinkedHashMap<>();

    Row put(String column, Object value) {
        columns.put(column, value);
        return this;
    }

    /** An instant as its {@code <name>_second} and {@code <name>_nano} columns; null in both when absent. */
    Row instant(String name, Instant instant) {
        return put(name + "_second", Columns.second(instant)).put(name + "_nano", Columns.nano(instant));
    }

    Row date(String column, LocalDate date) {
        return put(column, Columns.date(date));
    }

    void insertInto(Sql sql, String table) {
        sql.update("insert into " + table + " (" + String.join(", ", columns.keySet()) + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")", columns.values().toArray());
    }

    /** Sets every column on the rows {@code where} selects (its parameters are {@code keys}); returns how many changed. */
    int update(Sql sql, String table, String where, Object... keys) {
        List<String> assignments = new ArrayList<>();
        columns.keySet().forEach(column -> assignments.add(column + " = ?"));
        List<Object> values = new ArrayList<>(columns.values());
        values.addAll(Arrays.asList(keys));
        return sql.update("update " + table + " set " + String.join(", ", assignments) + " where " + where, values.toArray());
    }
}
