package org.propertydesk.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.risk.NoticeFixture.*;

import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("R-RN-6: before a typhoon shops are written to and a public notice is posted, each posting photographed")
class TyphoonWarningTest {

    private static final Particulars.ForceMajeure TYPHOON = new Particulars.ForceMajeure("typhoon signal no. 8 expected");

    @Test
    @DisplayName("R-RN-6: a typhoon notice that skips a shop and the public posting is refused for both")
    void shopsAndPosting() {
        Notice notice = draft(TYPHOON, Addressee.to(Party.OWNER, "3-1201", Channel.LETTER));

        var result = notice.issue(MONDAY_9AM, stubOnly(), BAKERY_AND_CLINIC, RiskPolicy.defaults());

        assertThat(result.getLeft().reasons()).containsExactlyInAnyOrder(
                new RiskRejection.NotPosted(notice.id(), NoticeKind.FORCE_MAJEURE),
                new RiskRejection.NotWrittenTo(notice.id(), NoticeKind.FORCE_MAJEURE, Party.SHOP, "bakery"));
        assertThat(result.getLeft().rules()).containsExactly(Rule.R_RN_6);
    }

    @Test
    @DisplayName("R-RN-6: the notice counts as given only once a photo of the posted notice is archived")
    void photoArchived() {
        Notice issued = issued(draft(TYPHOON, NOTICE_BOARD, BAKERY), stubOnly());

        var noPhoto = issued.recordService(MONDAY_9AM.plusSeconds(3600), List.empty());
        assertThat(noPhoto.getLeft().reasons()).containsExactly(
                new RiskRejection.ProofOfServiceMissing(issued.id(), NoticeKind.FORCE_MAJEURE, NOTICE_BOARD));
        assertThat(noPhoto.getLeft().rules()).containsExactly(Rule.R_RN_6);

        var withPhoto = issued.recordService(MONDAY_9AM.plusSeconds(3600), List.of(photo(NOTICE_BOARD, MONDAY_9AM.plusSeconds(1800))));
        assertThat(withPhoto.get().state().evidence()).contains(photo(NOTICE_BOARD, MONDAY_9AM.plusSeconds(1800)));
    }
}
