package org.propertydesk.adapters.jdbc.risk;

import io.vavr.control.Option;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How the risk tables spell instants and dates: an instant is a {@code <name>_second} and
 * {@code <name>_nano} column pair (exact to the nanosecond, as in the kernel), a date is a SQL
 * {@code date}; an absent value is null in every column of it.
 */
final class Columns {

    private Columns() {}

    static Object second(Instant instant) {
        return instant == null ? null : instant.getEpochSecond();
    }

    static Object nano(Instant instant) {
        return instant == null ? null : instant.getNano();
    }

    static Instant instant(ResultSet row, String name) throws SQLException {
        return optionalInstant(row, name).getOrElseThrow(() -> new IllegalStateException(name + " is missing"));
    }

    static Option<Instant> optionalInstant(ResultSet row, String name) throws SQLException {
        long second = row.getLong(name + "_second");
        if (row.wasNull()) {
            return Option.none();
        }
        return Option.some(Instant.ofEpochSecond(second, row.getInt(name + "_nano")));
    }

    static Object date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static Option<LocalDate> optionalDate(ResultSet row, String column) throws SQLException {
        return Option.of(row.getObject(column, LocalDate.class));
    }

    static LocalDate date(ResultSet row, String column) throws SQLException {
        return optionalDate(row, column).getOrElseThrow(() -> new IllegalStateException(column + " is missing"));
    }
}
