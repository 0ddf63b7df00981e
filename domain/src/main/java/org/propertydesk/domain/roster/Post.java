package org.propertydesk.domain.roster;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.time.LocalDate;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * A duty post (岗位: front desk, lobby, residential, clubhouse, CCTV room, duty manager …) as a
 * roster plans it: its shifts, the staff each shift needs (R-RO-2) and the higher number each
 * needs on statutory holidays (加强值班, R-RO-5), and the supervisor who approves changes to it
 * (R-RO-6). A lobby may need two guards on the day shift and one at night.
 *
 * @param aroundTheClock   staffed 24 h, so its shifts must tile the day (R-RO-1)
 * @param workingDaysOnly  staffed only on the calendar's working days (make-up days included, K-3)
 * @param dutyManagerPost  the post of the day's manager on duty (R-RO-3)
 * @param staffing         by shift code, exactly one entry for each shift of {@code pattern}, in
 *                         the pattern's order
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
        Map<String, Staffing> staffing) {

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(staffing, "staffing");
        Map<String, Staffing> given = staffing;
        if (given.size() != pattern.shifts().size() || !pattern.shifts().forAll(shift -> given.get(shift.code()).exists(Objects::nonNull))) {
            throw new IllegalArgumentException("need the staffing of each shift of " + pattern + ", got " + given);
        }
        staffing = LinkedHashMap.ofEntries(pattern.shifts().map(shift -> io.vavr.Tuple.of(shift.code(), given.get(shift.code()).get())));
    }

    /** Every shift of the pattern needs {@code minimum} staff, and {@code holidayMinimum} on a statutory holiday. */
    public Post(PostId id, String name, Department department, StaffId supervisor, ShiftPattern pattern,
            boolean aroundTheClock, boolean workingDaysOnly, boolean dutyManagerPost, int minimum, int holidayMinimum) {
        this(id, name, department, supervisor, pattern, aroundTheClock, workingDaysOnly, dutyManagerPost,
                everyShift(pattern, Staffing.of(minimum, holidayMinimum)));
    }

    private static Map<String, Staffing> everyShift(ShiftPattern pattern, Staffing staffing) {
        Objects.requireNonNull(pattern, "pattern");
        return LinkedHashMap.ofEntries(pattern.shifts().map(shift -> io.vavr.Tuple.of(shift.code(), staffing)));
    }

    /** A post staffed around the clock in the three-shift system, every shift needing the same numbers. */
    public static Post roundTheClock(PostId id, String name, Department department, StaffId supervisor, int minimum, int holidayMinimum) {
        return new Post(id, name, department, supervisor, ShiftPattern.threeShifts(), true, false, false, minimum, holidayMinimum);
    }

    /** A daytime post staffed on working days only, e.g. the front desk in office hours; every shift needs {@code minimum}. */
    public static Post officeHours(PostId id, String name, Department department, StaffId supervisor, ShiftPattern pattern, int minimum) {
        return new Post(id, name, department, supervisor, pattern, false, true, false, minimum, minimum);
    }

    /** The manager-on-duty post (值班管理员, R-RO-3): one shift each day, every day. */
    public static Post dutyManager(PostId id, StaffId supervisor, Department department, Shift shift) {
        return new Post(id, "duty manager", department, supervisor, ShiftPattern.of(shift), false, false, true, 1, 1);
    }

    /** The same post with one shift's staffing changed, e.g. {@code withStaffing("D", Staffing.of(2, 3))}. */
    public Post withStaffing(String shiftCode, Staffing shiftStaffing) {
        Objects.requireNonNull(shiftCode, "shiftCode");
        Objects.requireNonNull(shiftStaffing, "shiftStaffing");
        if (!staffing.containsKey(shiftCode)) {
            throw new IllegalArgumentException("post " + name + " has no shift " + shiftCode + " in " + pattern);
        }
        return new Post(id, name, department, supervisor, pattern, aroundTheClock, workingDaysOnly, dutyManagerPost,
                staffing.put(shiftCode, shiftStaffing));
    }

    /** The staffing of one of the post's shifts. */
    public Staffing staffing(Shift shift) {
        return staffing.get(shift.code()).getOrElseThrow(() ->
                new IllegalArgumentException("post " + name + " has no shift " + shift.code() + " in " + pattern));
    }

    public boolean staffedOn(LocalDate date, BusinessCalendar calendar) {
        return !workingDaysOnly || calendar.isWorkingDay(date);
    }

    /**
     * Staff needed at every moment of {@code shift} dated {@code date}: that shift's holiday number
     * on a statutory holiday, its ordinary number otherwise, none on a day the post is not staffed.
     */
    public int required(Shift shift, LocalDate date, BusinessCalendar calendar) {
        return required(staffing(shift), calendar.isWorkingDay(date), calendar.holidays().contains(date));
    }

    /** {@link #required(Shift, LocalDate, BusinessCalendar)} with the shift's staffing and the day's standing on the calendar already looked up. */
    int required(Staffing shiftStaffing, boolean workingDay, boolean statutoryHoliday) {
        return workingDaysOnly && !workingDay ? 0 : shiftStaffing.on(statutoryHoliday);
    }
}
