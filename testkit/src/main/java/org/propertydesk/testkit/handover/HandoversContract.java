package org.propertydesk.testkit.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.handover.Handovers;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.handover.DutyLogId;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverId;
import org.propertydesk.domain.handover.HandoverPolicy;
import org.propertydesk.domain.handover.Item;
import org.propertydesk.domain.handover.ItemCategory;
import org.propertydesk.domain.handover.ItemId;
import org.propertydesk.domain.handover.Preparing;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * What PropertyDesk relies on from every {@link Handovers} store. Extend it in your tests and return
 * a new, empty store of your implementation from {@link #newHandovers()}.
 */
public abstract class HandoversContract {

    /** A new, empty store; called once per test. */
    protected abstract Handovers newHandovers();

    private static final OfficeId OFFICE = new OfficeId(new UUID(0xa1, 1));
    private static final OfficeId OTHER_OFFICE = new OfficeId(new UUID(0xa1, 2));
    private static final PostId POST = new PostId(new UUID(0xa2, 1));
    private static final StaffId OUTGOING = new StaffId(new UUID(0xa3, 1));
    private static final StaffId INCOMING = new StaffId(new UUID(0xa3, 2));
    private static final Instant SHIFT_CHANGE = Instant.parse("2026-11-23T00:00:00Z");

    private static Preparing preparing(OfficeId office, long id) {
        return Handover.prepare(new HandoverId(new UUID(0xa4, id)), office, POST, Department.CUSTOMER_SERVICE, OUTGOING,
                        INCOMING, SHIFT_CHANGE, new DutyLogId(new UUID(0xa5, 1)),
                        List.of(new Item(new ItemId(new UUID(0xa6, 1)), "radio", ItemCategory.RADIO, 1)),
                        SHIFT_CHANGE.minusSeconds(1200), HandoverPolicy.defaults())
                .get().handover();
    }

    @Test
    @DisplayName("R-HO-7: a handover reads back as stored, in its state, and is listed under its post")
    void roundTrip() {
        Handovers handovers = newHandovers();
        Preparing handover = preparing(OFFICE, 1);
        handovers.add(handover);

        assertThat(handovers.find(OFFICE, handover.id())).contains(handover);
        assertThat(handovers.ofPost(OFFICE, POST)).containsExactly(handover);
        assertThat(handovers.ofPost(OFFICE, new PostId(new UUID(0xa2, 9)))).isEmpty();
    }

    @Test
    @DisplayName("R-HO-7: an update at the expected version stores the next version; a stale one is a conflict")
    void optimisticConcurrency() {
        Handovers handovers = newHandovers();
        Preparing handover = preparing(OFFICE, 1);
        handovers.add(handover);
        Handover ready = handover.completePreparation(OUTGOING, SHIFT_CHANGE.minusSeconds(600)).get().handover();

        handovers.update(ready, handover.version());

        assertThat(handovers.find(OFFICE, handover.id())).contains(ready);
        assertThatThrownBy(() -> handovers.update(ready, handover.version())).isInstanceOf(ConcurrencyConflict.class);
        assertThat(handovers.find(OFFICE, handover.id())).contains(ready);
    }

    @Test
    @DisplayName("K-1: handovers are scoped to their office")
    void isolatedByOffice() {
        Handovers handovers = newHandovers();
        Preparing ours = preparing(OFFICE, 1);
        handovers.add(ours);

        assertThat(handovers.find(OTHER_OFFICE, ours.id())).isEmpty();
        assertThat(handovers.ofPost(OTHER_OFFICE, POST)).isEmpty();
    }
}
