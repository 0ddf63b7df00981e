package org.propertydesk.testkit.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.roster.Rosters;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.roster.Roster;

/**
 * What PropertyDesk relies on from every {@link Rosters} store. Extend it in your tests, return a
 * new, empty store of your implementation from {@link #newRosters()}, and every behaviour below
 * is checked against it.
 */
public abstract class RostersContract {

    /** A new, empty store; called once per test. */
    protected abstract Rosters newRosters();

    private static final OfficeId OTHER_OFFICE = new OfficeId(new UUID(0x0C7, 0xFF));

    @Test
    @DisplayName("R-RO-6: a published roster reads back with every version, state and acknowledgement")
    void roundTrip() {
        Rosters rosters = newRosters();
        Roster published = OctoberOffice.publishedRoster();
        rosters.add(published);
        assertThat(rosters.find(OctoberOffice.OFFICE, published.id())).contains(published);
    }

    @Test
    @DisplayName("R-RO-6: an update on a stale version, or one not carrying the next version, is a conflict and stores nothing")
    void optimisticConcurrency() {
        Rosters rosters = newRosters();
        Roster planned = OctoberOffice.plannedRoster();
        rosters.add(planned);
        assertThatThrownBy(() -> rosters.add(planned)).isInstanceOf(ConcurrencyConflict.class);
        Roster edited = planned.plan(List.empty(), List.empty()).get().roster();
        assertThatThrownBy(() -> rosters.update(planned, planned.version())).isInstanceOf(ConcurrencyConflict.class);
        rosters.update(edited, planned.version());
        assertThatThrownBy(() -> rosters.update(edited, planned.version())).isInstanceOf(ConcurrencyConflict.class);
        assertThat(rosters.find(OctoberOffice.OFFICE, planned.id())).contains(edited);
    }

    @Test
    @DisplayName("K-1: a roster is found only in its own office, and by the dates its period shares with the query")
    void scopedByOfficeAndPeriod() {
        Rosters rosters = newRosters();
        Roster planned = OctoberOffice.plannedRoster();
        rosters.add(planned);
        assertThat(rosters.find(OTHER_OFFICE, planned.id())).isEmpty();
        assertThat(rosters.overlapping(OTHER_OFFICE, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))).isEmpty();
        assertThat(rosters.overlapping(OctoberOffice.OFFICE, LocalDate.of(2026, 9, 29), LocalDate.of(2026, 9, 30))).isEmpty();
        assertThat(rosters.overlapping(OctoberOffice.OFFICE, LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1))).containsExactly(planned);
        assertThat(rosters.overlapping(OctoberOffice.OFFICE, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 1))).containsExactly(planned);
    }
}
