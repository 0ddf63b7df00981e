package org.propertydesk.testkit.handover;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.handover.Handovers;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverId;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;

/** {@link Handovers} in memory, safe for concurrent use. */
@SecondaryAdapter
public final class InMemoryHandovers implements Handovers {

    private final VersionedStore<HandoverId, Handover> store = new VersionedStore<>("handover", Handover::version);

    @Override
    public Option<Handover> find(OfficeId office, HandoverId id) {
        return store.find(office, id);
    }

    @Override
    public Seq<Handover> ofPost(OfficeId office, PostId post) {
        return store.all(office, handover -> handover.post().equals(post));
    }

    @Override
    public void add(Handover handover) {
        store.add(handover.office(), handover.id(), handover);
    }

    @Override
    public void update(Handover updated, long expectedVersion) {
        store.update(updated.office(), updated.id(), updated, expectedVersion);
    }
}
