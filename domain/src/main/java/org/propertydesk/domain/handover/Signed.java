package org.propertydesk.domain.handover;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.StaffId;

/**
 * A completed handover: both signed (R-HO-7). From {@code completedAt} the incoming person answers
 * for the post, its items and any fault not found at handover; the outgoing person was released
 * only then, so a late incoming person's delay is the outgoing person's overtime.
 */
@AggregateRoot
public record Signed(
        @Identity HandoverId id,
        long version,
        HandoverTerms terms,
        Circumstances circumstances,
        Count count,
        Instant completedAt)
        implements Handover {

    public Signed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(circumstances, "circumstances");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(completedAt, "completedAt");
    }

    @Override
    public HandoverState state() {
        return HandoverState.SIGNED;
    }

    @Override
    public StaffId responsibleAt(Instant instant) {
        return instant.isBefore(completedAt) ? outgoing() : incoming();
    }

    /** How long past the shift change the outgoing person had to stay on post (zero if none). */
    public Duration outgoingOvertime() {
        Duration past = Duration.between(terms.shiftChange(), completedAt);
        return past.isNegative() ? Duration.ZERO : past;
    }
}
