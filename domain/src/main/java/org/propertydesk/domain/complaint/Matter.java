package org.propertydesk.domain.complaint;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A matter complained about: a subject at a location. The same complainant raising the same matter
 * again escalates (R-CO-5); the same matter from anyone N times in a window is a recurring problem
 * (R-CO-8).
 */
@ValueObject
public record Matter(Subject subject, Location location) {

    public Matter {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(location, "location");
    }

    public boolean sameAs(Matter other) {
        return subject == other.subject && location.samePlaceAs(other.location);
    }
}
