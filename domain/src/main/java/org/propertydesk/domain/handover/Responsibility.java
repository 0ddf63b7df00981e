package org.propertydesk.domain.handover;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.propertydesk.domain.kernel.StaffId;

/**
 * Who answers for a post at an instant, derived from the post's handovers (R-HO-7): the person on
 * post stays responsible until a handover is signed by both, so there is always exactly one.
 */
public final class Responsibility {

    private Responsibility() {}

    /**
     * The responsible person of the post whose handovers are {@code handovers}: the latest handover
     * prepared by {@code instant} decides (its outgoing person until its second signature, its
     * incoming person from then on); before the first one, that handover's outgoing person. Empty
     * only when the post has no handover at all — then the duty schedule decides.
     */
    public static Option<StaffId> of(Seq<? extends Handover> handovers, Instant instant) {
        Seq<Handover> ordered = io.vavr.collection.List.<Handover>ofAll(handovers).sortBy(h -> h.terms().preparation().at());
        return ordered.filter(h -> !h.terms().preparation().at().isAfter(instant))
                .lastOption()
                .map(h -> h.responsibleAt(instant))
                .orElse(() -> ordered.headOption().map(Handover::outgoing));
    }
}
