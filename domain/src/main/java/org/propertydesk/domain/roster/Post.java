package org.propertydesk.domain.roster;

import java.time.LocalDate;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * A duty post (岗位: front desk, lobby, residential, clubhouse, CCTV room, duty manager …) as a
 * roster plans it: its shifts, the staff each shift needs (R-RO-2), the higher number on statutory
 * holidays (加强值班, R-RO-5), and the supervisor who approves changes to it (R-RO-6).
 *
 * @param aroundTheClock   staffed 24 h, so its shifts must tile the day (R-RO-1)
 * @param workingDaysOnly  staffed only on the calendar's working days (make-up days included, K-3)
 * @param dutyManagerPost  the post of the day's manager on duty (R-RO-3)
 * @param minimum          staff needed at every moment of each of its shifts
 * @param holidayMinimum   staff needed on a statutory holiday; never below {@code minimum}
 */
@ValueObject
public record Post(
        PostId id,
        String name,
        Department department,
        StaffId supervisor,
        ShiftPattern pattern,
        boolean aroundTheClock,
        boolean workingDaysOnly,
        boolean dutyManagerPost,
        int minimum,
        int holidayMinimum) {

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(pattern, "pattern");
        if (minimum < 0 || holidayMinimum < minimum) {
            throw new IllegalArgumentException("need 0 <= minimum <= holidayMinimum: " + minimum + ", " + holidayMinimum);
        }
    }

    /** A post staffed around the clock in the three-shift system. */
    public static Post roundTheClock(PostId id, String name, Department department, StaffId supervisor, int minimum, int holidayMinimum) {
        return new Post(id, name, department, supervisor, ShiftPattern.threeShifts(), true, false, false, minimum, holidayMinimum);
    }

    /** A daytime post staffed on working days only, e.g. the front desk in office hours. */
    public static Post officeHours(PostId id, String name, Department department, StaffId supervisor, ShiftPattern pattern, int minimum) {
        return new Post(id, name, department, supervisor, pattern, false, true, false, minimum, minimum);
    }

    /** The manager-on-duty post (值班管理员, R-RO-3): one shift each day, every day. */
    public static Post dutyManager(PostId id, StaffId supervisor, Department department, Shift shift) {
        return new Post(id, "duty manager", department, supervisor, ShiftPattern.of(shift), false, false, true, 1, 1);
    }

    public boolean staffedOn(LocalDate date, BusinessCalendar calendar) {
        return !workingDaysOnly || calendar.isWorkingDay(date);
    }

    /** Staff needed on the post's shifts dated {@code date}: the holiday number on a statutory holiday. */
    public int required(LocalDate date, BusinessCalendar calendar) {
        if (!staffedOn(date, calendar)) {
            return 0;
        }
        return calendar.holidays().contains(date) ? holidayMinimum : minimum;
    }
}
