package org.propertydesk.domain.roster;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The staff one shift of a post needs at every moment (R-RO-2), and the higher number it needs on
 * a statutory holiday (加强值班, R-RO-5), never below the ordinary one: a lobby may need two guards
 * by day and one at night, and three by day on 国庆节.
 */
@ValueObject
public record Staffing(int ordinary, int holiday) {

    public Staffing {
        if (ordinary < 0 || holiday < ordinary) {
            throw new IllegalArgumentException("need 0 <= ordinary <= holiday staffing: " + ordinary + ", " + holiday);
        }
    }

    /** The same number on ordinary days and on holidays. */
    public static Staffing of(int minimum) {
        return new Staffing(minimum, minimum);
    }

    public static Staffing of(int ordinary, int holiday) {
        return new Staffing(ordinary, holiday);
    }

    /** The number for a shift dated on a statutory holiday or not. */
    public int on(boolean statutoryHoliday) {
        return statutoryHoliday ? holiday : ordinary;
    }
}
