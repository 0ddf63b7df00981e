package org.propertydesk.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RosterLifecycleTest {

    @Test
    @DisplayName("R-RO-6: draft → published → superseded, and a superseded version is terminal (read-only)")
    void lifecycle() {
        assertThat(Roster.LIFECYCLE.initial()).isEqualTo(RosterState.DRAFT);
        assertThat(Roster.LIFECYCLE.target(RosterState.DRAFT, "publish")).contains(RosterState.PUBLISHED);
        assertThat(Roster.LIFECYCLE.target(RosterState.PUBLISHED, "supersede")).contains(RosterState.SUPERSEDED);
        assertThat(Roster.LIFECYCLE.terminal()).containsExactly(RosterState.SUPERSEDED);
        assertThat(Roster.LIFECYCLE.reachable()).containsExactlyInAnyOrder(RosterState.values());
        assertThat(Roster.LIFECYCLE.allows(RosterState.PUBLISHED, "plan")).isFalse();
    }
}
