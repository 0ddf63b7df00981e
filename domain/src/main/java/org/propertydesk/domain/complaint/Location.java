package org.propertydesk.domain.complaint;

import java.util.Locale;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Where the matter is, e.g. "Building 3 lift lobby" or "3栋地下车库". Compared without case and
 * surrounding blanks, so the same place written twice is the same place (R-CO-8).
 */
@ValueObject
public record Location(String value) {

    public Location {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a location cannot be blank");
        }
        value = value.strip();
    }

    /**
     * The form two locations are compared in: lower case, every run of blanks (space, tab, line
     * break, vertical tab, form feed: a regex's {@code \s}) as one space. Written as one pass: every
     * registration keys its place twice (JDBC stores it as {@code pd_complaint.location_key}).
     */
    public String key() {
        String lower = value.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        boolean inBlanks = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean blank = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!blank) {
                key.append(c);
            } else if (!inBlanks) {
                key.append(' ');
            }
            inBlanks = blank;
        }
        return key.toString();
    }

    public boolean samePlaceAs(Location other) {
        return key().equals(other.key());
    }

    @Override
    public String toString() {
        return value;
    }
}
