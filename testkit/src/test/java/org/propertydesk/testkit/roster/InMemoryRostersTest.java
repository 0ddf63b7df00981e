package org.propertydesk.testkit.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.roster.Roster;

class InMemoryRostersTest {

    @Test
    @DisplayName("R-RO-6 / K-1: a stale update is a conflict, and rosters are found only in their own office")
    void versioningAndTenancy() {
        InMemoryRosters rosters = new InMemoryRosters();
        Roster planned = OctoberOffice.plannedRoster();
        rosters.add(planned);
        assertThatThrownBy(() -> rosters.add(planned)).isInstanceOf(ConcurrencyConflict.class);
        Roster edited = planned.plan(List.empty(), List.empty()).get().roster();
        rosters.update(edited, planned.version());
        assertThatThrownBy(() -> rosters.update(edited, planned.version())).isInstanceOf(ConcurrencyConflict.class);
        assertThat(rosters.find(OctoberOffice.OFFICE, planned.id())).contains(edited);
        assertThat(rosters.find(RosterDeskFixture.OTHER_OFFICE, planned.id())).isEmpty();
        assertThat(rosters.overlapping(OctoberOffice.OFFICE, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30))).isEmpty();
        assertThat(rosters.overlapping(OctoberOffice.OFFICE, LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1))).containsExactly(edited);
    }
}
