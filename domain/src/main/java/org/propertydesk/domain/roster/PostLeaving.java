package org.propertydesk.domain.roster;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * A staff member away from their post during their shift (R-RO-7): a temporary absence when the
 * duty supervisor consented and a relief was already there, otherwise a post-leaving incident
 * (脱岗).
 */
public sealed interface PostLeaving {

    StaffId staff();

    PostId post();

    Interval away();

    /** Who stood in, and when they arrived. */
    @ValueObject
    record Relief(StaffId staff, Instant arrivedAt) {
        public Relief {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(arrivedAt, "arrivedAt");
        }
    }

    @ValueObject
    record TemporaryAbsence(StaffId staff, PostId post, Interval away, StaffId consentBy, Relief relief) implements PostLeaving {
        public TemporaryAbsence {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(away, "away");
            Objects.requireNonNull(consentBy, "consentBy");
            Objects.requireNonNull(relief, "relief");
        }
    }

    /**
     * Left the post without what R-RO-7 requires.
     *
     * @param withoutConsent no consent from the duty supervisor
     * @param withoutRelief  no relief present when leaving
     */
    @ValueObject
    record LeftPost(StaffId staff, PostId post, Interval away, Option<StaffId> consentBy, Option<Relief> relief,
            boolean withoutConsent, boolean withoutRelief) implements PostLeaving {
        public LeftPost {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(away, "away");
            Objects.requireNonNull(consentBy, "consentBy");
            Objects.requireNonNull(relief, "relief");
        }
    }
}
