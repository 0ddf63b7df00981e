package org.propertydesk.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.risk.RiskDesk;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.risk.Addressee;
import org.propertydesk.domain.risk.HazardousWork;
import org.propertydesk.domain.risk.Notice;
import org.propertydesk.domain.risk.Particulars;
import org.propertydesk.domain.risk.RiskEvent;
import org.propertydesk.domain.risk.RiskRejection;

@DisplayName("R-RN-5: a repairer registers the warning sign before the manhole work starts")
class HazardousWorkOnTheDeskTest {

    private final RiskDeskFixture office = new RiskDeskFixture();

    @Test
    @DisplayName("R-RN-5: start refused without a sign, allowed once the repairer's posted sign is registered")
    void signBeforeStart() {
        HazardousWork work = office.desk.planHazardousWork(
                new RiskDesk.PlanHazardousWork(RiskDeskFixture.OFFICE, office.repairer.id(), "gate 2", "open manhole"));
        RiskDesk.WorkCommand start = new RiskDesk.WorkCommand(RiskDeskFixture.OFFICE, office.repairer.id(), work.id());

        assertThat(office.desk.startHazardousWork(start).getLeft().reasons())
                .containsExactly(new RiskRejection.WarningNotRegistered(work.id()));

        Notice sign = office.desk.issueNotice(new RiskDesk.IssueNotice(RiskDeskFixture.OFFICE, office.repairer.id(),
                new Particulars.SafetyWarning(work.id(), "open manhole"), List.of(Addressee.posting("gate 2")), List.empty())).get();
        office.desk.registerWarning(new RiskDesk.RegisterWarning(RiskDeskFixture.OFFICE, office.repairer.id(), work.id(), sign.id())).get();

        assertThat(office.desk.startHazardousWork(start).get().state()).isEqualTo(HazardousWork.State.STARTED);
        assertThat(office.outbox.events(RiskDeskFixture.OFFICE, RiskEvent.HazardousWorkStarted.class)).hasSize(1);
    }

    @Test
    @DisplayName("R-RN-2: a repairer may put up a warning sign but not issue a rectification notice; every reason is named")
    void operatorsOnlyPostSigns() {
        var result = office.desk.issueNotice(new RiskDesk.IssueNotice(RiskDeskFixture.OFFICE, office.repairer.id(),
                new Particulars.Rectification("bicycle in corridor", false, false), List.of(Addressee.posting("lobby")), List.empty()));

        assertThat(result.getLeft().reasons()).hasSize(3);
        assertThat(result.getLeft().reasons().head()).isInstanceOf(RiskRejection.RoleMayNot.class)
                .isInstanceOf(org.propertydesk.domain.kernel.PermissionRejection.class);
        assertThat(result.getLeft().rules()).containsExactly(Rule.R_RN_2);
    }
}
