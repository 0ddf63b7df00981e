package org.propertydesk.domain.roster;

import java.time.Duration;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The numbers of the roster rules, injectable so an integrator changes a number without forking.
 *
 * @param minimumRest            rest between two shifts of one person (R-RO-4; DOMAIN.md leaves the number to the office)
 * @param maxConsecutiveNights   night shifts in a row (R-RO-4; likewise an office's number)
 * @param publicationDayOfMonth  next month's roster is published by the end of this day (R-RO-5: the 25th)
 * @param holidayLeadDays        a holiday roster is published this many days before the holiday (R-RO-5: 一周前)
 * @param changeLeadTime         a swap or replacement is requested this long before the shift (R-RO-6: 提前申请)
 */
@ValueObject
public record RosterPolicy(
        Duration minimumRest, int maxConsecutiveNights, int publicationDayOfMonth, int holidayLeadDays, Duration changeLeadTime) {

    public RosterPolicy {
        Objects.requireNonNull(minimumRest, "minimumRest");
        Objects.requireNonNull(changeLeadTime, "changeLeadTime");
        if (minimumRest.isNegative() || changeLeadTime.isNegative() || maxConsecutiveNights < 1
                || publicationDayOfMonth < 1 || publicationDayOfMonth > 28 || holidayLeadDays < 0) {
            throw new IllegalArgumentException("not a roster policy: " + minimumRest + ", " + maxConsecutiveNights
                    + ", " + publicationDayOfMonth + ", " + holidayLeadDays + ", " + changeLeadTime);
        }
    }

    /** 8 h rest, at most 3 nights in a row, publish by the 25th, holidays 7 days ahead, changes 24 h ahead. */
    public static RosterPolicy defaults() {
        return new RosterPolicy(Duration.ofHours(8), 3, 25, 7, Duration.ofHours(24));
    }

    public RosterPolicy withMaxConsecutiveNights(int nights) {
        return new RosterPolicy(minimumRest, nights, publicationDayOfMonth, holidayLeadDays, changeLeadTime);
    }

    public RosterPolicy withMinimumRest(Duration rest) {
        return new RosterPolicy(rest, maxConsecutiveNights, publicationDayOfMonth, holidayLeadDays, changeLeadTime);
    }
}
