package org.propertydesk.domain.complaint;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** Why a communicative complaint was found mishandled and became effective (R-CO-5). */
public sealed interface EscalationTrigger {

    /** Its target passed without the complaint being handled or answered. */
    @ValueObject
    record DeadlinePassed(Target target, Instant due) implements EscalationTrigger {
        public DeadlinePassed {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(due, "due");
        }
    }

    /** The complainant was dissatisfied at the return visit. */
    @ValueObject
    record DissatisfiedAtReturnVisit(Instant visitedAt) implements EscalationTrigger {
        public DissatisfiedAtReturnVisit {
            Objects.requireNonNull(visitedAt, "visitedAt");
        }
    }

    /** The same complainant raised the same matter again within the policy's window. */
    @ValueObject
    record RaisedAgain(ComplaintId earlier) implements EscalationTrigger {
        public RaisedAgain {
            Objects.requireNonNull(earlier, "earlier");
        }
    }
}
