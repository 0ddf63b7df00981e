package org.propertydesk.adapters.jdbc.kernel;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.kernel.Calendar;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.TimeWindow;
import org.propertydesk.domain.kernel.WorkingHours;

/**
 * Business calendars in relational form: {@code pd_calendar} (zone), {@code pd_calendar_window}
 * (working windows), {@code pd_calendar_weekend} and {@code pd_calendar_day} (holidays and
 * make-up working days), so a report can ask "which offices are closed on 2026-10-05".
 *
 * <p>Every definition stamps {@code pd_calendar.version} with a fresh random number, and a read asks
 * for the zone and that stamp first (one statement): when this instance already holds the
 * calendar of that stamp it answers from memory instead of reading the other three tables. The
 * stamp is read in the caller's transaction, so a change committed by any server is seen at once;
 * a stamp is random rather than counted so that a definition rolled back after a read cannot be
 * followed by a different one under the same stamp. Change a calendar through this adapter (or
 * give {@code version} a new value in the same transaction).
 */
@SecondaryAdapter
final class JdbcCalendar implements Calendar {

    private static final int END_OF_DAY = 24 * 60 * 60;
    private static final String HOLIDAY = "HOLIDAY";
    private static final String MAKE_UP = "MAKE_UP";

    private final Sql sql;

    /** The calendar last read per office, with the stamp it was read under. */
    private final Map<String, Known> read = new ConcurrentHashMap<>();

    JdbcCalendar(Sql sql) {
        this.sql = sql;
    }

    /** What {@code pd_calendar} says of an office's calendar: its zone and the stamp of its last definition. */
    private record Stamp(long version, String zone) {}

    private record Known(Stamp stamp, BusinessCalendar calendar) {}

    @Override
    public Option<BusinessCalendar> of(OfficeId office) {
        String id = Sql.id(office.value());
        return sql.inUnit("read business calendar", connection -> {
            Option<Stamp> stamp = sql.query("select zone, version from pd_calendar where office_id = ?",
                            row -> new Stamp(row.getLong("version"), row.getString("zone")), id)
                    .headOption();
            if (stamp.isEmpty()) {
                return Option.none();
            }
            Known known = read.get(id);
            if (known != null && known.stamp().equals(stamp.get())) {
                return Option.some(known.calendar());
            }
            ZoneId zone = ZoneId.of(stamp.get().zone());
            List<TimeWindow> windows = sql.query(
                    "select start_second, end_second from pd_calendar_window where office_id = ? order by position",
                    row -> new TimeWindow(time(row.getInt("start_second")), time(row.getInt("end_second"))), id);
            List<DayOfWeek> weekend = sql.query("select day_of_week from pd_calendar_weekend where office_id = ?",
                    row -> DayOfWeek.valueOf(row.getString("day_of_week")), id);
            List<Day> days = sql.query("select calendar_date, kind from pd_calendar_day where office_id = ?",
                    row -> new Day(row.getObject("calendar_date", LocalDate.class), row.getString("kind")), id);
            BusinessCalendar calendar = new BusinessCalendar(
                    zone,
                    new WorkingHours(windows),
                    TreeSet.ofAll(weekend),
                    TreeSet.ofAll(days.filter(day -> day.kind.equals(HOLIDAY)).map(Day::date)),
                    TreeSet.ofAll(days.filter(day -> day.kind.equals(MAKE_UP)).map(Day::date)));
            read.put(id, new Known(stamp.get(), calendar));
            return Option.some(calendar);
        });
    }

    /** Defines (or replaces) the office's calendar in one unit of work. */
    void define(OfficeId office, BusinessCalendar calendar) {
        String id = Sql.id(office.value());
        sql.inUnit("define business calendar", connection -> {
            long stamp = ThreadLocalRandom.current().nextLong();
            read.remove(id);
            if (sql.update("update pd_calendar set zone = ?, version = ? where office_id = ?",
                            calendar.zone().getId(), stamp, id) == 0) {
                sql.update("insert into pd_calendar (office_id, zone, version) values (?, ?, ?)", id, calendar.zone().getId(), stamp);
            }
            sql.update("delete from pd_calendar_window where office_id = ?", id);
            sql.update("delete from pd_calendar_weekend where office_id = ?", id);
            sql.update("delete from pd_calendar_day where office_id = ?", id);
            int position = 0;
            for (TimeWindow window : calendar.hours().windows()) {
                sql.update("insert into pd_calendar_window (office_id, position, start_second, end_second) values (?, ?, ?, ?)",
                        id, position++, window.start().toSecondOfDay(),
                        window.endsAtMidnight() ? END_OF_DAY : window.end().toSecondOfDay());
            }
            for (DayOfWeek day : calendar.weekend()) {
                sql.update("insert into pd_calendar_weekend (office_id, day_of_week) values (?, ?)", id, day.name());
            }
            for (LocalDate day : calendar.holidays()) {
                sql.update("insert into pd_calendar_day (office_id, calendar_date, kind) values (?, ?, ?)", id, Date.valueOf(day), HOLIDAY);
            }
            for (LocalDate day : calendar.makeUpWorkingDays()) {
                sql.update("insert into pd_calendar_day (office_id, calendar_date, kind) values (?, ?, ?)", id, Date.valueOf(day), MAKE_UP);
            }
            return null;
        });
    }

    private static LocalTime time(int secondOfDay) {
        return secondOfDay == END_OF_DAY ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(secondOfDay);
    }

    private record Day(LocalDate date, String kind) {}
}
