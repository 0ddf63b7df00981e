package org.propertydesk.domain.handover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The handover lifecycle declared as data")
class HandoverLifecycleTest {

    @Test
    @DisplayName("R-HO-7: every state is reachable from preparing, and signed is the only end")
    void reachableAndTerminal() {
        assertThat(Handover.LIFECYCLE.reachable()).containsExactlyInAnyOrder(HandoverState.values());
        assertThat(Handover.LIFECYCLE.terminal()).containsExactly(HandoverState.SIGNED);
        assertThat(Handover.LIFECYCLE.initial()).isEqualTo(HandoverState.PREPARING);
    }

    @Test
    @DisplayName("R-HO-6: refusal leads to the superior and back to the count, never straight to signed")
    void refusalPath() {
        assertThat(Handover.LIFECYCLE.actionsFrom(HandoverState.REFUSED)).containsExactly("escalate");
        assertThat(Handover.LIFECYCLE.target(HandoverState.ESCALATED, "settle")).contains(HandoverState.IN_COUNT);
        assertThat(Handover.LIFECYCLE.transitions().filter(t -> t.to() == HandoverState.SIGNED).map(t -> t.from()))
                .containsExactly(HandoverState.IN_COUNT);
    }
}
