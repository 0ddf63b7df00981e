package org.propertydesk.adapters.jdbc.handover;

import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.propertydesk.adapters.jdbc.kernel.DatabaseFailure;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.kernel.ConcurrencyConflict;

/**
 * How the handover tables spell values: instants as epoch second + nanosecond, absent values as
 * null; batched inserts of child rows; and child rows read for many aggregates at once.
 */
final class Columns {

    /** How often a read starts again because writers keep committing new versions under it. */
    private static final int READ_ATTEMPTS = 20;

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

    /**
     * Aggregates spread over several tables, each as one committed version. Under READ COMMITTED
     * (H2's and PostgreSQL's default) each statement sees the latest commit, so a writer committing
     * between the row of an aggregate and its child rows would leave the read with parts of two
     * versions. Every writer moves the version on, so {@code versions} reads the versions (by id) of
     * what {@code read} covers once more afterwards: if any moved, or an aggregate came or went, the
     * read starts over.
     */
    static <T> Seq<T> whole(String what, Supplier<Seq<T>> read, Function<T, String> id, ToLongFunction<T> version,
            Supplier<Map<String, Long>> versions) {
        for (int attempt = 1; ; attempt++) {
            Seq<T> aggregates = read.get();
            Map<String, Long> seen = HashMap.ofEntries(aggregates.map(each -> Tuple.of(id.apply(each), version.applyAsLong(each))));
            if (seen.equals(versions.get())) {
                return aggregates;
            }
            if (attempt == READ_ATTEMPTS) {
                throw new ConcurrencyConflict(what, aggregates.headOption().map(version::applyAsLong).getOrElse(0L));
            }
        }
    }

    /** The versions, by id, of the rows {@code query} selects as {@code idColumn} and {@code version}. */
    static Map<String, Long> versions(Sql sql, String query, String idColumn, Object... parameters) {
        return HashMap.ofEntries(sql.query(query, row -> Tuple.of(row.getString(idColumn).trim(), row.getLong("version")), parameters));
    }
}
