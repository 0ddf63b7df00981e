package org.propertydesk.domain.roster;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/** Who stands a post and the shift (or relief) interval during which they do. */
@ValueObject
public record OnDuty(PostId post, StaffId staff, Interval interval) {

    public OnDuty {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(interval, "interval");
    }
}
