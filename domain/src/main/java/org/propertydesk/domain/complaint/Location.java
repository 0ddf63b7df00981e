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

    /** The form two locations are compared in. */
    public String key() {
        return value.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    public boolean samePlaceAs(Location other) {
        return key().equals(other.key());
    }

    @Override
    public String toString() {
        return value;
    }
}
