package org.propertydesk.domain.confidentiality;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How long the files of departed staff are kept before they may be destroyed (R-CF-7, 档案管理规程
 * 3.3.4): at least 2 years, key positions at least 3. Years are counted on the office's calendar.
 */
@ValueObject
public record RetentionPolicy(Period departedStaff, Period keyPosition) {

    public RetentionPolicy {
        Objects.requireNonNull(departedStaff, "departedStaff");
        Objects.requireNonNull(keyPosition, "keyPosition");
    }

    public static RetentionPolicy defaults() {
        return new RetentionPolicy(Period.ofYears(2), Period.ofYears(3));
    }

    /** The first instant the file of someone who left at {@code departedAt} may be destroyed. */
    public Instant retainedUntil(Instant departedAt, boolean keyPost, ZoneId zone) {
        return departedAt.atZone(zone).plus(keyPost ? keyPosition : departedStaff).toInstant();
    }
}
