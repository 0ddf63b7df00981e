package org.propertydesk.domain.handover;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.StaffId;

/** A party's signature on the handover (R-HO-7). */
@ValueObject
public record Signature(StaffId signer, Instant at) {

    public Signature {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(at, "at");
    }
}
