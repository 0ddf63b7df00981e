package org.propertydesk.testkit.handover;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.handover.DutySchedule;
import org.propertydesk.application.handover.ShiftChange;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * A {@link DutySchedule} a test writes shift changes into: each says who goes off and who comes on
 * at an instant; the person scheduled on a post is the incoming person of the latest change at or
 * before the instant, or the outgoing person of the first one.
 */
@SecondaryAdapter
public final class InMemoryDutySchedule implements DutySchedule {

    private record Entry(OfficeId office, ShiftChange change) {}

    private final CopyOnWriteArrayList<Entry> changes = new CopyOnWriteArrayList<>();

    public InMemoryDutySchedule schedule(OfficeId office, ShiftChange change) {
        changes.add(new Entry(office, change));
        return this;
    }

    @Override
    public Option<ShiftChange> nextShiftChange(OfficeId office, PostId post, Instant from) {
        return changesOf(office, post).find(change -> !change.at().isBefore(from));
    }

    @Override
    public Option<StaffId> scheduledOn(OfficeId office, PostId post, Instant instant) {
        List<ShiftChange> ofPost = changesOf(office, post);
        return ofPost.filter(change -> !change.at().isAfter(instant)).lastOption().map(ShiftChange::incoming)
                .orElse(() -> ofPost.headOption().map(ShiftChange::outgoing));
    }

    private List<ShiftChange> changesOf(OfficeId office, PostId post) {
        return List.ofAll(changes)
                .filter(entry -> entry.office().equals(office) && entry.change().post().equals(post))
                .map(Entry::change)
                .sortBy(ShiftChange::at);
    }
}
