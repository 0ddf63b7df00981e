package org.propertydesk.adapters.jdbc.kernel;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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
 */
@SecondaryAdapter
final class JdbcCalendar implements Calendar {

    private static final int END_OF_DAY = 24 * 60 * 60;
    private static final String HOLIDAY = "HOLIDAY";
    private static final String MAKE_UP = "MAKE_UP";

    private final Sql sql;

    JdbcCalendar(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Option<BusinessCalendar> of(OfficeId office) {
        String id = Sql.id(office.value());
        return sql.inUnit("read business calendar", connection -> {
            Option<ZoneId> zone = sql.query("select zone from pd_calendar where office_id = ?",
                            row -> ZoneId.of(row.getString("zone")), id)
                    .headOption();
            if (zone.isEmpty()) {
                return Option.none();
            }
            List<TimeWindow> windows = sql.query(
                    "select start_second, end_second from pd_calendar_window where office_id = ? order by position",
                    row -> new TimeWindow(time(row.getInt("start_second")), time(row.getInt("end_second"))), id);
            List<DayOfWeek> weekend = sql.query("select day_of_week from pd_calendar_weekend where office_id = ?",
                    row -> DayOfWeek.valueOf(row.getString("day_of_week")), id);
            List<Day> days = sql.query("select calendar_date, kind from pd_calendar_day where office_id = ?",
                    row -> new Day(row.getObject("calendar_date", LocalDate.class), row.getString("kind")), id);
            return Option.some(new BusinessCalendar(
                    zone.get(),
                    new WorkingHours(windows),
                    TreeSet.ofAll(weekend),
                    TreeSet.ofAll(days.filter(day -> day.kind.equals(HOLIDAY)).map(Day::date)),
                    TreeSet.ofAll(days.filter(day -> day.kind.equals(MAKE_UP)).map(Day::date))));
        });
    }

    /** Defines (or replaces) the office's calendar in one unit of work. */
    void define(OfficeId office, BusinessCalendar calendar) {
        String id = Sql.id(office.value());
        sql.inUnit("define business calendar", connection -> {
            if (sql.update("update pd_calendar set zone = ?, version = version + 1 where office_id = ?",
                            calendar.zone().getId(), id) == 0) {
                sql.update("insert into pd_calendar (office_id, zone, version) values (?, ?, 1)", id, calendar.zone().getId());
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
