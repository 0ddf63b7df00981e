package org.propertydesk.domain.handover;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;

/** A prepared handover waiting for the face-to-face count. */
@AggregateRoot
public record Ready(@Identity HandoverId id, long version, HandoverTerms terms, Circumstances circumstances)
        implements Handover.BeforeCount {

    public Ready {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(circumstances, "circumstances");
    }

    @Override
    public HandoverState state() {
        return HandoverState.READY;
    }

    @Override
    public Ready with(Circumstances changed) {
        return new Ready(id, version + 1, terms, changed);
    }

    /**
     * The handover itself begins: both parties face to face, so the incoming person must have
     * arrived (R-HO-5), and none of the R-HO-3 blockers may hold — all that do are listed.
     */
    public Either<Rejections<HandoverRejection>, HandoverOutcome<InCount>> beginCount(
            StaffId actor, PostSituation situation, Instant at) {
        List<HandoverRejection> reasons = List.empty();
        if (!actor.equals(outgoing()) && !actor.equals(incoming())) {
            reasons = reasons.append(new HandoverRejection.NotAParty(actor));
        }
        if (circumstances.arrival().isEmpty()) {
            reasons = reasons.append(new HandoverRejection.IncomingNotArrived(incoming()));
        }
        reasons = reasons.appendAll(blockersIn(situation));
        return Rejections.unless(reasons, () -> new HandoverOutcome<>(
                Handover.step(this, "begin count", new InCount(id, version + 1, terms, circumstances, Count.begin())),
                List.of(new HandoverEvent.CountStarted(id, office(), at))));
    }
}
