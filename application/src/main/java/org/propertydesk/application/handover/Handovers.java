package org.propertydesk.application.handover;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverId;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;

/**
 * The office's handovers, in whatever state. Versioning: the aggregate carries its version; a new
 * handover is added at the version it has, and {@link #update} stores {@code updated} (whose
 * version is {@code expectedVersion + 1}) only if the stored one is still at {@code expectedVersion},
 * otherwise it throws {@link org.propertydesk.application.kernel.ConcurrencyConflict}.
 */
@SecondaryPort
public interface Handovers {

    Option<Handover> find(OfficeId office, HandoverId id);

    /** Every handover of the post, in the order they were added. */
    Seq<Handover> ofPost(OfficeId office, PostId post);

    void add(Handover handover);

    void update(Handover updated, long expectedVersion);
}
