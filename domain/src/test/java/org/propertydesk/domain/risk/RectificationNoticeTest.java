package org.propertydesk.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.risk.NoticeFixture.*;

import io.vavr.collection.List;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("R-RN-2: a breach gets a rectification notice whose stub is kept, served lawfully when serious")
class RectificationNoticeTest {

    @Test
    @DisplayName("R-RN-2: a rectification notice without its stub is not issued")
    void stubRequired() {
        var result = draft(minorBreach(), OWNER_BY_LETTER)
                .issue(MONDAY_9AM, List.empty(), KeyRecipients.none(), RiskPolicy.defaults());

        assertThat(result.getLeft().reasons()).singleElement().isInstanceOf(RiskRejection.StubNotKept.class);
        assertThat(result.getLeft().names(Rule.R_RN_2)).isTrue();
    }

    @Test
    @DisplayName("R-RN-2: a minor breach may go by ordinary letter with the stub kept")
    void minorBreachByLetter() {
        var result = draft(minorBreach(), OWNER_BY_LETTER).issue(MONDAY_9AM, stubOnly(), KeyRecipients.none(), RiskPolicy.defaults());

        assertThat(result.isRight()).isTrue();
        assertThat(result.get().state().state()).isEqualTo(NoticeState.ISSUED);
        assertThat(result.get().state().evidence()).containsExactly(stub());
    }

    @Test
    @DisplayName("R-RN-2: a serious breach by ordinary letter is refused, naming the addressee and every other reason")
    void seriousBreachNeedsLegalChannel() {
        Notice notice = draft(new Particulars.Rectification("illegal structure on the roof", true, true), OWNER_BY_LETTER);

        var result = notice.issue(MONDAY_9AM, List.empty(), KeyRecipients.none(), RiskPolicy.defaults());

        assertThat(result.getLeft().reasons()).containsExactlyInAnyOrder(
                new RiskRejection.StubNotKept(notice.id(), NoticeKind.RECTIFICATION),
                new RiskRejection.ChannelNotLegallyRecognised(notice.id(), NoticeKind.RECTIFICATION, OWNER_BY_LETTER),
                new RiskRejection.NotCopiedToAuthority(notice.id()));
        assertThat(result.getLeft().rules()).containsExactly(Rule.R_RN_2);
    }

    @Test
    @DisplayName("R-RN-2: a serious breach by registered mail, copied to the authority, is issued and served only with the receipt")
    void seriousBreachServedWithProof() {
        Notice notice = draft(new Particulars.Rectification("illegal structure on the roof", true, true),
                OWNER_BY_REGISTERED_MAIL, AUTHORITY);
        Notice issued = notice.issue(MONDAY_9AM, stubOnly(), KeyRecipients.none(), RiskPolicy.defaults()).get().state();

        var withoutReceipt = issued.recordService(MONDAY_9AM.plus(Duration.ofDays(3)), List.empty());
        assertThat(withoutReceipt.getLeft().reasons()).containsExactly(
                new RiskRejection.ProofOfServiceMissing(notice.id(), NoticeKind.RECTIFICATION, OWNER_BY_REGISTERED_MAIL));
        assertThat(withoutReceipt.getLeft().names(Rule.R_RN_2)).isTrue();

        var served = issued.recordService(MONDAY_9AM.plus(Duration.ofDays(3)),
                List.of(receipt(OWNER_BY_REGISTERED_MAIL, MONDAY_9AM.plus(Duration.ofDays(2)))));
        assertThat(served.get().state().state()).isEqualTo(NoticeState.SERVED);
        assertThat(served.get().state().servedAt()).contains(MONDAY_9AM.plus(Duration.ofDays(2)));
    }

    @Test
    @DisplayName("R-RN-2: the copy to the authority is optional")
    void copyOptional() {
        var result = draft(seriousBreach(), OWNER_BY_REGISTERED_MAIL).issue(MONDAY_9AM, stubOnly(), KeyRecipients.none(), RiskPolicy.defaults());

        assertThat(result.isRight()).isTrue();
    }

    @Test
    @DisplayName("R-RN-2: a rectification notice goes to the owner or occupant in breach")
    void addressedToDebtor() {
        Notice notice = draft(minorBreach(), NOTICE_BOARD);

        var result = notice.issue(MONDAY_9AM, stubOnly(), KeyRecipients.none(), RiskPolicy.defaults());

        assertThat(result.getLeft().reasons()).containsExactly(new RiskRejection.MissingAddressee(notice.id(), NoticeKind.RECTIFICATION));
    }
}
