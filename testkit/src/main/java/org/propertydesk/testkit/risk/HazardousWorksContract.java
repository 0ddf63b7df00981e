package org.propertydesk.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.risk.HazardousWorks;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.HazardousWork;
import org.propertydesk.domain.risk.WorkOrderId;

/**
 * What PropertyDesk relies on from every {@link HazardousWorks} store (R-RN-5, K-1). Extend it and
 * return a new, empty store of your implementation from {@link #newWorks()}.
 */
public abstract class HazardousWorksContract {

    protected abstract HazardousWorks newWorks();

    private static final OfficeId OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final OfficeId OTHER_OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000a2"));
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private static HazardousWork planned() {
        return HazardousWork.plan(new WorkOrderId(new UUID(0, 1)), OFFICE, "gate 2", "open manhole", T0).state();
    }

    @Test
    @DisplayName("R-RN-5: a work order reads back as stored, only in its own office (K-1)")
    void roundTrip() {
        HazardousWorks works = newWorks();
        works.add(planned());

        assertThat(works.find(OFFICE, planned().id())).contains(planned());
        assertThat(works.find(OTHER_OFFICE, planned().id())).isEmpty();
    }

    @Test
    @DisplayName("R-RN-5: a write based on a stale version is a concurrency conflict and changes nothing")
    void staleWrite() {
        HazardousWorks works = newWorks();
        works.add(planned());
        HazardousWork changed = new HazardousWork(planned().id(), OFFICE, 1, "gate 2", "open manhole",
                HazardousWork.State.PLANNED, planned().warning());
        works.update(changed, 0);

        assertThatThrownBy(() -> works.update(changed, 0)).isInstanceOf(ConcurrencyConflict.class);
        assertThat(works.find(OFFICE, planned().id())).contains(changed);
    }
}
