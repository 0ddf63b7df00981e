package org.propertydesk.domain.confidentiality;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** A copy of an original kept after the task, with the work need that justifies it (R-CF-5). */
@ValueObject
public record KeptCopy(String need, Instant at) {

    public KeptCopy {
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(at, "at");
    }
}
