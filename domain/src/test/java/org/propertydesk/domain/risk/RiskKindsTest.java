package org.propertydesk.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-RN-1: risks are contract, notification or conduct risks")
class RiskKindsTest {

    @Test
    @DisplayName("R-RN-1: the three risk kinds of the manual, no more")
    void threeKinds() {
        assertThat(RiskKind.values()).containsExactly(RiskKind.CONTRACT, RiskKind.NOTIFICATION, RiskKind.CONDUCT);
    }

    @Test
    @DisplayName("R-RN-1: every notice guards against notification risk (告知风险) and its event says so")
    void noticesAreNotificationRisk() {
        for (NoticeKind kind : NoticeKind.values()) {
            assertThat(kind.riskKind()).isEqualTo(RiskKind.NOTIFICATION);
        }
        Notice notice = NoticeFixture.draft(NoticeFixture.minorBreach(), NoticeFixture.OWNER_BY_LETTER);
        var issued = notice.issue(NoticeFixture.MONDAY_9AM, NoticeFixture.stubOnly(), KeyRecipients.none(), RiskPolicy.defaults());
        assertThat(issued.get().events()).singleElement()
                .isInstanceOfSatisfying(RiskEvent.NoticeIssued.class, event -> assertThat(event.riskKind()).isEqualTo(RiskKind.NOTIFICATION));
    }

    @Test
    @DisplayName("R-RN-1: an incident record and a refused unlawful act are conduct risk (行为风险)")
    void conductIsConductRisk() {
        var recorded = IncidentRecord.record(new IncidentId(new UUID(9, 1)), NoticeFixture.OFFICE, NoticeFixture.CLERK,
                "theft suspect caught", List.of(ConductAction.CALL_POLICE), NoticeFixture.MONDAY_9AM);
        assertThat(recorded.get().state().riskKind()).isEqualTo(RiskKind.CONDUCT);
        var refused = IncidentRecord.record(new IncidentId(new UUID(9, 2)), NoticeFixture.OFFICE, NoticeFixture.CLERK,
                "theft suspect caught", List.of(ConductAction.DETAIN), NoticeFixture.MONDAY_9AM);
        assertThat(refused.getLeft().reasons()).singleElement()
                .isInstanceOfSatisfying(RiskRejection.UnlawfulConduct.class, rejection -> assertThat(rejection.riskKind()).isEqualTo(RiskKind.CONDUCT));
    }
}
