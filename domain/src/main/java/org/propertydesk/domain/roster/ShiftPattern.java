package org.propertydesk.domain.roster;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalTime;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The shifts a post is staffed in (R-RO-1). The default is the three-shift system (三班制): night
 * 00:00–08:00, day 08:00–16:00, evening 16:00–24:00, which tiles the 24 h of a day. Offices
 * configure other times; a post that is not staffed around the clock may use split shifts.
 */
@ValueObject
public record ShiftPattern(Seq<Shift> shifts) {

    public ShiftPattern {
        Objects.requireNonNull(shifts, "shifts");
        if (shifts.isEmpty() || shifts.map(Shift::code).distinct().size() != shifts.size()) {
            throw new IllegalArgumentException("a pattern needs at least one shift and unique codes: " + shifts);
        }
    }

    public static ShiftPattern of(Shift... shifts) {
        return new ShiftPattern(List.of(shifts));
    }

    /** 三班制: night 00:00–08:00, day 08:00–16:00, evening 16:00–24:00. */
    public static ShiftPattern threeShifts() {
        return of(
                Shift.of("N", LocalTime.MIDNIGHT, LocalTime.of(8, 0)),
                Shift.of("D", LocalTime.of(8, 0), LocalTime.of(16, 0)),
                Shift.of("E", LocalTime.of(16, 0), LocalTime.MIDNIGHT));
    }

    public Option<Shift> shift(String code) {
        return shifts.find(shift -> shift.code().equals(code));
    }
}
