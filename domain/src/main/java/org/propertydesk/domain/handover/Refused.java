package org.propertydesk.domain.handover;

import io.vavr.collection.List;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.StaffId;

/**
 * The incoming person refused to take over because a question had no clear answer (R-HO-6). The
 * outgoing person stays on post and responsible until a superior settles the matter.
 */
@AggregateRoot
public record Refused(
        @Identity HandoverId id, long version, HandoverTerms terms, Circumstances circumstances, Count count, Instant refusedAt)
        implements Handover {

    public Refused {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(circumstances, "circumstances");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(refusedAt, "refusedAt");
    }

    @Override
    public HandoverState state() {
        return HandoverState.REFUSED;
    }

    /** The refusal goes to {@code superior} (报上级领导处理). */
    public HandoverOutcome<Escalated> escalate(StaffId superior, Instant at) {
        Objects.requireNonNull(superior, "superior");
        return new HandoverOutcome<>(
                Handover.step(this, "escalate", new Escalated(id, version + 1, terms, circumstances, count, superior, at)),
                List.of(new HandoverEvent.HandoverEscalated(id, office(), superior, at)));
    }
}
