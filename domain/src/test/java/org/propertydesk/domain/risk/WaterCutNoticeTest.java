package org.propertydesk.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.risk.NoticeFixture.*;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("R-RN-7: a water cut is posted in advance and written to shops and key units")
class WaterCutNoticeTest {

    private static final Instant CUT = MONDAY_9AM.plus(Duration.ofHours(48));

    @Test
    @DisplayName("R-RN-7: a planned cut posted and written to every shop and key unit 48 h ahead is issued")
    void plannedCutInTime() {
        var result = draft(new Particulars.PlannedOutage(Utility.WATER, CUT), NOTICE_BOARD, BAKERY, CLINIC)
                .issue(MONDAY_9AM, stubOnly(), BAKERY_AND_CLINIC, RiskPolicy.defaults());

        assertThat(result.isRight()).isTrue();
    }

    @Test
    @DisplayName("R-RN-7: a planned cut posted 2 h ahead, not written to the clinic, is refused for both reasons")
    void plannedCutTooLateAndIncomplete() {
        Instant soon = MONDAY_9AM.plus(Duration.ofHours(2));
        Notice notice = draft(new Particulars.PlannedOutage(Utility.POWER, soon), NOTICE_BOARD, BAKERY);

        var result = notice.issue(MONDAY_9AM, stubOnly(), BAKERY_AND_CLINIC, RiskPolicy.defaults());

        assertThat(result.getLeft().reasons()).containsExactlyInAnyOrder(
                new RiskRejection.NotWrittenTo(notice.id(), NoticeKind.PLANNED_OUTAGE, Party.KEY_UNIT, "clinic"),
                new RiskRejection.OutageNoticeTooLate(notice.id(), MONDAY_9AM, soon, Duration.ofHours(24)));
        assertThat(result.getLeft().rules()).containsExactly(Rule.R_RN_7);
    }

    @Test
    @DisplayName("R-RN-7: a municipal cut is posted together with the utility's own notice")
    void municipalCutWithUtilityNotice() {
        Notice notice = draft(new Particulars.MunicipalOutage(Utility.WATER, MONDAY_9AM.plusSeconds(3600)), NOTICE_BOARD);

        var without = notice.issue(MONDAY_9AM, List.empty(), BAKERY_AND_CLINIC, RiskPolicy.defaults());
        assertThat(without.getLeft().reasons()).containsExactly(new RiskRejection.UtilityNoticeMissing(notice.id()));

        var with = notice.issue(MONDAY_9AM, List.of(new Evidence.UtilityNotice("water-co-2026-118", MONDAY_9AM)),
                BAKERY_AND_CLINIC, RiskPolicy.defaults());
        assertThat(with.get().state().evidence()).hasSize(1);
    }
}
