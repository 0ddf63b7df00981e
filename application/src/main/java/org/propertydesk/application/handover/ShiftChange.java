package org.propertydesk.application.handover;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/** A coming change of shift on a post, as the duty schedule has it: who goes off, who comes on, when. */
@ValueObject
public record ShiftChange(PostId post, Department department, StaffId outgoing, StaffId incoming, Instant at) {

    public ShiftChange {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(outgoing, "outgoing");
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(at, "at");
    }
}
