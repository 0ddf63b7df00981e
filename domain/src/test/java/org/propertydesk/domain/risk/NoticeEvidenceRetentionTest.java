package org.propertydesk.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.risk.NoticeFixture.*;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("R-RN-9: every notice keeps its proof while the matter can be litigated")
class NoticeEvidenceRetentionTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Notice closedRectification() {
        Notice issued = issued(draft(minorBreach(), OWNER_BY_LETTER), stubOnly());
        return issued.recordService(MONDAY_9AM.plusSeconds(60), List.empty()).get().state()
                .close(MONDAY_9AM.plusSeconds(120)).get().state();
    }

    @Test
    @DisplayName("R-RN-9: a letter notice without a kept stub is not issued")
    void letterNeedsStub() {
        Notice notice = draft(new Particulars.PlannedOutage(Utility.WATER, MONDAY_9AM.plus(Duration.ofDays(3))), NOTICE_BOARD, BAKERY, CLINIC);

        var result = notice.issue(MONDAY_9AM, List.empty(), BAKERY_AND_CLINIC, RiskPolicy.defaults());

        assertThat(result.getLeft().reasons()).containsExactly(new RiskRejection.StubNotKept(notice.id(), NoticeKind.PLANNED_OUTAGE));
        assertThat(result.getLeft().rules()).containsExactly(Rule.R_RN_9);
    }

    @Test
    @DisplayName("R-RN-9: the evidence of a closed notice is kept three years by default; disposing of it earlier is refused")
    void keptUntilLitigationEnds() {
        Notice closed = closedRectification();
        LocalDate keptUntil = LocalDate.of(2029, 3, 2);
        assertThat(closed.keptUntil(RiskPolicy.defaults(), SHANGHAI)).contains(keptUntil);

        Instant onLastDay = keptUntil.atTime(10, 0).atZone(SHANGHAI).toInstant();
        assertThat(closed.disposeEvidence(onLastDay, RiskPolicy.defaults(), SHANGHAI).getLeft().reasons())
                .containsExactly(new RiskRejection.EvidenceStillKept(closed.id(), keptUntil, onLastDay));

        Instant dayAfter = onLastDay.plus(Duration.ofDays(1));
        assertThat(closed.disposeEvidence(dayAfter, RiskPolicy.defaults(), SHANGHAI).get().state().state())
                .isEqualTo(NoticeState.DISPOSED);
    }

    @Test
    @DisplayName("R-RN-9: evidence of an open notice cannot be disposed of at all")
    void openNoticeKeepsEvidence() {
        Notice issued = issued(draft(minorBreach(), OWNER_BY_LETTER), stubOnly());

        var result = issued.disposeEvidence(MONDAY_9AM.plus(Duration.ofDays(5000)), RiskPolicy.defaults(), SHANGHAI);

        assertThat(result.getLeft().reasons()).singleElement().isInstanceOf(RiskRejection.NotAllowedInState.class);
    }

    @Test
    @DisplayName("R-RN-9: a receipt dated before the notice was issued proves nothing")
    void receiptBeforeIssue() {
        Notice issued = issued(draft(seriousBreach(), OWNER_BY_REGISTERED_MAIL), stubOnly());
        Instant before = MONDAY_9AM.minusSeconds(3600);

        var result = issued.recordService(MONDAY_9AM.plusSeconds(3600), List.of(receipt(OWNER_BY_REGISTERED_MAIL, before)));

        assertThat(result.getLeft().reasons()).containsExactly(
                new RiskRejection.ServedBeforeIssue(issued.id(), OWNER_BY_REGISTERED_MAIL, before, MONDAY_9AM));
    }
}
