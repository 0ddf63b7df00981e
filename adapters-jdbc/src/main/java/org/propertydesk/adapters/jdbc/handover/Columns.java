package org.propertydesk.adapters.jdbc.handover;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.propertydesk.adapters.jdbc.kernel.DatabaseFailure;
import org.propertydesk.adapters.jdbc.kernel.Sql;

/**
 * How the handover tables spell values: instants as epoch second + nanosecond, absent values as
 * null; batched inserts of child rows; and child rows read for many aggregates at once.
 */
final class Columns {

    private Columns() {}

    static Long second(Instant at) {
        return at == null ? null : at.getEpochSecond();
    }

    static Integer nano(Instant at) {
        return at == null ? null : at.getNano();
    }

    /** The instant in {@code <prefix>_second} and {@code <prefix>_nano}, or null when absent. */
    static Instant instant(ResultSet row, String prefix) throws SQLException {
        long second = row.getLong(prefix + "_second");
        return row.wasNull() ? null : Instant.ofEpochSecond(second, row.getInt(prefix + "_nano"));
    }

    /** A nullable id column as an option of a typed id. */
    static <I> Option<I> optionalId(ResultSet row, String column, Function<UUID, I> type) throws SQLException {
        return Option.of(Sql.id(row, column, type));
    }

    /** Runs {@code statement} once per row of values, sent to the database in one batch. */
    static void batch(Sql sql, String statement, java.util.List<Object[]> rows) {
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

    /**
     * Child rows of every aggregate a query selects, grouped by the aggregate's id column: the query
     * is run once, however many aggregates it covers.
     */
    static <T> Map<String, List<T>> byParent(Sql sql, String query, String parentColumn, Sql.RowMapper<T> mapper,
            Object... parameters) {
        return sql.query(query, row -> io.vavr.Tuple.of(row.getString(parentColumn).trim(), mapper.map(row)), parameters)
                .groupBy(io.vavr.Tuple2::_1)
                .mapValues(rows -> rows.map(io.vavr.Tuple2::_2));
    }
}
