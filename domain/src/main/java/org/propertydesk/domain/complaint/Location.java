package org.propertydesk.domain.complaint;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Where the matter is, e.g. "Building 3 lift lobby" or "3栋地下车库". Compared without case and
 * surrounding blanks, so the same place written twice is the same place (R-CO-8).
 */
@ValueObject
public record Location(String value) {

    /** Compiled once: every repeat and recurrence check compares places (String.replaceAll compiles per call). */
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    public Location {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a location cannot be blank");
        }
        value = value.strip();
    }

    /** The form two locations are compared in. */
    public String key() {
        return BLANKS.matcher(value.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    public boolean samePlaceAs(Location other) {
        return key().equals(other.key());
    }

    @Override
    public String toString() {
        return value;
    }
}
