package org.propertydesk.domain.confidentiality;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.ClearanceLevel;

/**
 * The lowest level each kind of document may be graded at (R-CF-1). A document may be graded
 * higher than its kind's minimum, never lower: owner and occupant records are secret unless the
 * office raises them. An integrator may replace any level.
 */
@ValueObject
public record ClassificationPolicy(Map<DocumentKind, ClearanceLevel> minimumLevels) {

    public ClassificationPolicy {
        Objects.requireNonNull(minimumLevels, "minimumLevels");
    }

    /** DOMAIN.md's levels: {@link DocumentKind#defaultLevel()} for every kind. */
    public static ClassificationPolicy defaults() {
        return new ClassificationPolicy(HashMap.ofEntries(
                List.of(DocumentKind.values()).map(kind -> io.vavr.Tuple.of(kind, kind.defaultLevel()))));
    }

    public ClassificationPolicy with(DocumentKind kind, ClearanceLevel level) {
        return new ClassificationPolicy(minimumLevels.put(kind, level));
    }

    /** The level a document of {@code kind} gets when nobody grades it higher. */
    public ClearanceLevel minimumFor(DocumentKind kind) {
        return minimumLevels.get(kind).getOrElse(kind.defaultLevel());
    }
}
