package org.propertydesk.domain.confidentiality;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The departure of the person a personnel file is about, which starts its retention (R-CF-7).
 *
 * @param keyPosition whether they held a key position (关键岗位), kept a year longer
 */
@ValueObject
public record SubjectDeparture(Instant departedAt, boolean keyPosition) {

    public SubjectDeparture {
        Objects.requireNonNull(departedAt, "departedAt");
    }
}
