package org.propertydesk.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.risk.Addressee;
import org.propertydesk.domain.risk.Channel;
import org.propertydesk.domain.risk.Evidence;
import org.propertydesk.domain.risk.KeyRecipients;
import org.propertydesk.domain.risk.Notice;
import org.propertydesk.domain.risk.NoticeId;
import org.propertydesk.domain.risk.Particulars;
import org.propertydesk.domain.risk.Party;
import org.propertydesk.domain.risk.RiskPolicy;

@DisplayName("R-RN-9: the in-memory notice store keeps every office's notices apart and refuses stale writes")
class InMemoryRiskStoresTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private final Notice drafted = Notice.draft(new NoticeId(new UUID(1, 1)), RiskDeskFixture.OFFICE, new org.propertydesk.domain.kernel.StaffId(new UUID(2, 2)),
            new Particulars.Rectification("bicycle", false, false), List.of(Addressee.of(Party.OWNER, "3-1201", Channel.LETTER)), T0);
    private final Notice issued = drafted.issue(T0, List.of(new Evidence.Stub("s", T0)), KeyRecipients.none(), RiskPolicy.defaults()).get().state();

    @Test
    @DisplayName("R-RN-9: an update based on a stale version is a concurrency conflict; the stored notice is unchanged")
    void staleWrite() {
        InMemoryNotices notices = new InMemoryNotices();
        notices.add(drafted);
        notices.update(issued, 0);

        assertThatThrownBy(() -> notices.update(issued, 0)).isInstanceOf(ConcurrencyConflict.class);
        assertThat(notices.find(RiskDeskFixture.OFFICE, drafted.id()).get()).isEqualTo(issued);
    }

    @Test
    @DisplayName("R-RN-9: another office does not see the notice (K-1)")
    void officeScoped() {
        InMemoryNotices notices = new InMemoryNotices();
        notices.add(drafted);

        assertThat(notices.find(RiskDeskFixture.OTHER_OFFICE, drafted.id())).isEmpty();
        assertThat(notices.all(RiskDeskFixture.OTHER_OFFICE)).isEmpty();
        assertThat(notices.all(RiskDeskFixture.OFFICE)).containsExactly(drafted);
    }
}
