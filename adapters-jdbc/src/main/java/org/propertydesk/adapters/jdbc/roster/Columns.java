package org.propertydesk.adapters.jdbc.roster;

import io.vavr.control.Option;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.propertydesk.adapters.jdbc.kernel.DatabaseFailure;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.domain.kernel.TimeWindow;

/**
 * How the roster tables spell values: instants as epoch second + nanosecond, local times as
 * nanoseconds from midnight, absent values as null; and batched inserts of child rows.
 */
final class Columns {

    private Columns() {}

    static Long second(Instant at) {
        return at == null ? null : at.getEpochSecond();
    }

    static Integer nano(Instant at) {
        return at == null ? null : at.getNano();
    }

    static Instant instant(ResultSet row, String prefix) throws SQLException {
        long second = row.getLong(prefix + "_second");
        return row.wasNull() ? null : Instant.ofEpochSecond(second, row.getInt(prefix + "_nano"));
    }

    static LocalTime time(ResultSet row, String column) throws SQLException {
        return LocalTime.ofNanoOfDay(row.getLong(column));
    }

    static Long breakStart(Option<TimeWindow> window) {
        return window.map(w -> w.start().toNanoOfDay()).getOrNull();
    }

    static Long breakEnd(Option<TimeWindow> window) {
        return window.map(w -> w.end().toNanoOfDay()).getOrNull();
    }

    /** A meal break stored as two nullable local-time columns {@code <prefix>start_nano}, {@code <prefix>end_nano}. */
    static Option<TimeWindow> window(ResultSet row, String prefix) throws SQLException {
        long start = row.getLong(prefix + "start_nano");
        if (row.wasNull()) {
            return Option.none();
        }
        return Option.some(new TimeWindow(LocalTime.ofNanoOfDay(start), LocalTime.ofNanoOfDay(row.getLong(prefix + "end_nano"))));
    }

    static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    /** A nullable id column as an option of a typed id. */
    static <I> Option<I> optionalId(ResultSet row, String column, Function<UUID, I> type) throws SQLException {
        return Option.of(Sql.id(row, column, type));
    }

    /** Runs {@code statement} once per row of values, sent to the database in one batch. */
    static void batch(Sql sql, String statement, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        sql.inUnit(statement, connection -> {
            try (PreparedStatement prepared = connection.prepareStatement(statement)) {
                for (Object[] values : rows) {
                    for (int i = 0; i < values.length; i++) {
                        prepared.setObject(i + 1, values[i]);
                    }
                    prepared.addBatch();
                }
                prepared.executeBatch();
            }
            return null;
        });
    }

    /** Whether a failed insert was refused for a key already taken (SQL state class 23). */
    static boolean duplicateKey(DatabaseFailure failure) {
        return failure.sqlState() != null && failure.sqlState().startsWith("23");
    }
}
