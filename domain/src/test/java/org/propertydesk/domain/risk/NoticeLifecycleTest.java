package org.propertydesk.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.risk.NoticeFixture.*;

import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-RN-9: the notice lifecycle is declared once and obeyed")
class NoticeLifecycleTest {

    @Test
    @DisplayName("R-RN-9: every state is reachable from DRAFTED and only DISPOSED is terminal")
    void machineShape() {
        assertThat(Notice.LIFECYCLE.reachable()).containsExactlyInAnyOrder(NoticeState.values());
        assertThat(Notice.LIFECYCLE.terminal()).containsExactly(NoticeState.DISPOSED);
        assertThat(Notice.LIFECYCLE.allows(NoticeState.SERVED, Notice.WITHDRAW)).isFalse();
    }

    @Test
    @DisplayName("R-RN-2: a drafted notice cannot be served or closed; a served one cannot be withdrawn")
    void wrongState() {
        Notice drafted = draft(minorBreach(), OWNER_BY_LETTER);
        assertThat(drafted.recordService(MONDAY_9AM, List.of(stub())).getLeft().reasons())
                .containsExactly(new RiskRejection.NotAllowedInState(drafted.id(), NoticeKind.RECTIFICATION, NoticeState.DRAFTED, Notice.SERVE));
        assertThat(drafted.close(MONDAY_9AM).isLeft()).isTrue();

        Notice served = issued(drafted, stubOnly()).recordService(MONDAY_9AM, List.empty()).get().state();
        assertThat(served.withdraw(MONDAY_9AM).getLeft().reasons())
                .containsExactly(new RiskRejection.NotAllowedInState(drafted.id(), NoticeKind.RECTIFICATION, NoticeState.SERVED, Notice.WITHDRAW));
    }

    @Test
    @DisplayName("R-RN-9: each accepted move raises the version by one and never loses evidence")
    void versionsAndEvidence() {
        Notice drafted = draft(minorBreach(), OWNER_BY_LETTER);
        Notice issued = issued(drafted, stubOnly());
        Notice more = issued.addEvidence(photo(NOTICE_BOARD, MONDAY_9AM), MONDAY_9AM).get().state();

        assertThat(List.of(drafted.version(), issued.version(), more.version())).containsExactly(0L, 1L, 2L);
        assertThat(more.evidence()).containsExactly(stub(), photo(NOTICE_BOARD, MONDAY_9AM));
    }
}
