package org.propertydesk.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.risk.NoticeFixture.*;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("R-RN-4: owners whose rights roof works touch are told before they start and as they proceed")
class AdvanceNoticeOfRoofWorksTest {

    private static final Instant WORKS_START = MONDAY_9AM.plus(Duration.ofDays(2));
    private static final Particulars.AdvanceNotice ROOF_WORKS = new Particulars.AdvanceNotice("roof waterproofing above block 3", WORKS_START);

    @Test
    @DisplayName("R-RN-4: a notice issued once the works have started is refused")
    void tooLate() {
        Notice notice = draft(ROOF_WORKS, NOTICE_BOARD);

        var result = notice.issue(WORKS_START.plusSeconds(60), List.empty(), KeyRecipients.none(), RiskPolicy.defaults());

        assertThat(result.getLeft().reasons()).containsExactly(
                new RiskRejection.NoticeAfterMatterStarts(notice.id(), WORKS_START.plusSeconds(60), WORKS_START, Duration.ZERO));
        assertThat(result.getLeft().rules()).containsExactly(Rule.R_RN_4);
    }

    @Test
    @DisplayName("R-RN-4: a policy lead time of three days refuses a notice two days ahead")
    void policyLeadTime() {
        RiskPolicy threeDays = new RiskPolicy(Duration.ofHours(24), Duration.ofDays(3), RiskPolicy.defaults().evidenceRetention());

        var result = draft(ROOF_WORKS, NOTICE_BOARD).issue(MONDAY_9AM, List.empty(), KeyRecipients.none(), threeDays);

        assertThat(result.getLeft().names(Rule.R_RN_4)).isTrue();
    }

    @Test
    @DisplayName("R-RN-4: the notice closes only after the owners were informed while the works proceeded")
    void progressBeforeClosing() {
        Notice served = draft(ROOF_WORKS, NOTICE_BOARD)
                .issue(MONDAY_9AM, List.empty(), KeyRecipients.none(), RiskPolicy.defaults()).get().state()
                .recordService(MONDAY_9AM.plusSeconds(600), List.of(photo(NOTICE_BOARD, MONDAY_9AM.plusSeconds(600)))).get().state();

        var early = served.close(WORKS_START.plus(Duration.ofDays(5)));
        assertThat(early.getLeft().reasons()).containsExactly(new RiskRejection.ProgressNotReported(served.id(), WORKS_START));

        Notice informed = served.addEvidence(new Evidence.ProgressUpdate("update-1", WORKS_START.plus(Duration.ofDays(1))),
                WORKS_START.plus(Duration.ofDays(1))).get().state();
        assertThat(informed.close(WORKS_START.plus(Duration.ofDays(5))).get().state().state()).isEqualTo(NoticeState.CLOSED);
    }
}
