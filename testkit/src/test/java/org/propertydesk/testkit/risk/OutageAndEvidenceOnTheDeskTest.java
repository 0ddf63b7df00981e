package org.propertydesk.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.risk.RiskDesk;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.risk.Addressee;
import org.propertydesk.domain.risk.Channel;
import org.propertydesk.domain.risk.Evidence;
import org.propertydesk.domain.risk.Notice;
import org.propertydesk.domain.risk.NoticeState;
import org.propertydesk.domain.risk.Particulars;
import org.propertydesk.domain.risk.Party;
import org.propertydesk.domain.risk.RiskRejection;
import org.propertydesk.domain.risk.Utility;

@DisplayName("R-RN-7, R-RN-9: a water cut checked against the office's shops and key units, its proof kept")
class OutageAndEvidenceOnTheDeskTest {

    private final RiskDeskFixture office = new RiskDeskFixture();
    private final Addressee lobby = Addressee.posting("block 3 lobby");
    private final Addressee bakery = Addressee.to(Party.SHOP, "bakery", Channel.LETTER);
    private final Addressee clinic = Addressee.to(Party.KEY_UNIT, "clinic", Channel.LETTER);

    private RiskDesk.IssueNotice waterCut(Addressee... addressees) {
        return new RiskDesk.IssueNotice(RiskDeskFixture.OFFICE, office.clerk.id(),
                new Particulars.PlannedOutage(Utility.WATER, office.clock.now().plus(Duration.ofDays(2))),
                List.of(addressees), List.of(new Evidence.Stub("cut-stub", office.clock.now())));
    }

    @Test
    @DisplayName("R-RN-7: the outage check names the key unit the office has not written to, from the office's register")
    void outageCheck() {
        assertThat(office.desk.checkNotice(waterCut(lobby, bakery)))
                .singleElement().isInstanceOfSatisfying(RiskRejection.NotWrittenTo.class, missing -> {
                    assertThat(missing.party()).isEqualTo(Party.KEY_UNIT);
                    assertThat(missing.who()).isEqualTo("clinic");
                });
        assertThat(office.desk.checkNotice(waterCut(lobby, bakery, clinic))).isEmpty();
        assertThat(office.notices.all(RiskDeskFixture.OFFICE)).isEmpty();
    }

    @Test
    @DisplayName("R-RN-9: the clerk cannot dispose of evidence; the manager can, only after three years")
    void evidenceDisposal() {
        Notice notice = office.desk.issueNotice(waterCut(lobby, bakery, clinic)).get();
        office.desk.recordService(new RiskDesk.RecordService(RiskDeskFixture.OFFICE, office.clerk.id(), notice.id(),
                List.of(new Evidence.Photo(lobby, "IMG_0001", office.clock.now())))).get();
        office.desk.closeNotice(new RiskDesk.NoticeCommand(RiskDeskFixture.OFFICE, office.clerk.id(), notice.id())).get();

        var byClerk = office.desk.disposeEvidence(new RiskDesk.NoticeCommand(RiskDeskFixture.OFFICE, office.clerk.id(), notice.id()));
        assertThat(byClerk.getLeft().reasons()).first().isInstanceOf(PermissionRejection.class);
        assertThat(byClerk.getLeft().rules()).containsExactly(Rule.R_RN_9);

        var tooEarly = office.desk.disposeEvidence(new RiskDesk.NoticeCommand(RiskDeskFixture.OFFICE, office.manager.id(), notice.id()));
        assertThat(tooEarly.getLeft().reasons()).singleElement().isInstanceOf(RiskRejection.EvidenceStillKept.class);

        office.clock.advance(Duration.ofDays(3 * 366));
        var disposed = office.desk.disposeEvidence(new RiskDesk.NoticeCommand(RiskDeskFixture.OFFICE, office.manager.id(), notice.id()));
        assertThat(disposed.get().state()).isEqualTo(NoticeState.DISPOSED);
        assertThat(office.notices.find(RiskDeskFixture.OFFICE, notice.id()).get().version()).isEqualTo(4);
    }
}
