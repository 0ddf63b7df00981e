package org.propertydesk.domain.roster;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.StaffId;

/** A manager's recorded approval to publish a roster after its deadline (R-RO-5). */
@ValueObject
public record LatePublicationApproval(StaffId approvedBy, Instant approvedAt, String reason) {

    public LatePublicationApproval {
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedAt, "approvedAt");
        Objects.requireNonNull(reason, "reason");
    }
}
