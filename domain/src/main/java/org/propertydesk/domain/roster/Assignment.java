package org.propertydesk.domain.roster;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.TimeWindow;

/**
 * One line of a roster: a staff member × post × shift × date. A staggered meal break replaces the
 * shift's default one, so that somebody always stays on post (R-RO-2).
 */
@ValueObject
public record Assignment(StaffId staff, PostId post, String shift, LocalDate date, Option<TimeWindow> mealBreak) {

    public Assignment {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(shift, "shift");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(mealBreak, "mealBreak");
    }

    public static Assignment of(StaffId staff, PostId post, String shift, LocalDate date) {
        return new Assignment(staff, post, shift, date, Option.none());
    }

    public Assignment withMealBreak(LocalTime from, LocalTime to) {
        return new Assignment(staff, post, shift, date, Option.some(new TimeWindow(from, to)));
    }

    /** The same slot held by someone else (a swap or a replacement). */
    public Assignment heldBy(StaffId other) {
        return new Assignment(other, post, shift, date, mealBreak);
    }

    /** Same post, shift and date, whoever holds it. */
    public boolean sameSlot(Assignment other) {
        return post.equals(other.post) && shift.equals(other.shift) && date.equals(other.date);
    }
}
