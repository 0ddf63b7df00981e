package org.propertydesk.domain.handover;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;

/** A handover whose outgoing person is preparing it: tidying, closing out the log, filling in the register. */
@AggregateRoot
public record Preparing(@Identity HandoverId id, long version, HandoverTerms terms, Circumstances circumstances)
        implements Handover.BeforeCount {

    public Preparing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(circumstances, "circumstances");
    }

    @Override
    public HandoverState state() {
        return HandoverState.PREPARING;
    }

    @Override
    public Preparing with(Circumstances changed) {
        return new Preparing(id, version + 1, terms, changed);
    }

    /** The outgoing person declares the handover prepared. */
    public Either<Rejections<HandoverRejection>, HandoverOutcome<Ready>> completePreparation(StaffId actor, Instant at) {
        List<HandoverRejection> reasons = actor.equals(outgoing())
                ? List.empty()
                : List.of(new HandoverRejection.NotTheOutgoing(actor, outgoing()));
        return Rejections.unless(reasons, () -> new HandoverOutcome<>(
                Handover.step(this, "complete preparation", new Ready(id, version + 1, terms, circumstances)),
                List.of(new HandoverEvent.PreparationCompleted(id, office(), at))));
    }
}
