package org.propertydesk.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.application.risk.RiskDesk;
import org.propertydesk.domain.risk.ConductAction;
import org.propertydesk.domain.risk.RiskEvent;
import org.propertydesk.domain.risk.RiskRejection;

@DisplayName("R-RN-8: a guard who records keeping a visitor's ID card is told to escort the visitor instead")
class IncidentOnTheDeskTest {

    private final RiskDeskFixture office = new RiskDeskFixture();

    @Test
    @DisplayName("R-RN-8: the record is refused with the lawful alternative, and nothing is kept or published")
    void keepingIdRefused() {
        var result = office.desk.recordIncident(new RiskDesk.RecordIncident(RiskDeskFixture.OFFICE, office.clerk.id(),
                "visitor refused to register", List.of(ConductAction.KEEP_ID_DOCUMENT)));

        assertThat(result.getLeft().reasons()).singleElement().isInstanceOfSatisfying(RiskRejection.UnlawfulConduct.class,
                refused -> assertThat(refused.lawfulAlternatives()).contains(ConductAction.ESCORT_VISITOR_WITH_PATROL));
        assertThat(office.incidents.all(RiskDeskFixture.OFFICE)).isEmpty();
        assertThat(office.outbox.events(RiskDeskFixture.OFFICE)).isEmpty();
    }

    @Test
    @DisplayName("R-RN-8: a lawful record is kept and published as conduct risk")
    void lawfulKept() {
        var result = office.desk.recordIncident(new RiskDesk.RecordIncident(RiskDeskFixture.OFFICE, office.clerk.id(),
                "visitor refused to register", List.of(ConductAction.ESCORT_VISITOR_WITH_PATROL)));

        assertThat(office.incidents.all(RiskDeskFixture.OFFICE)).containsExactly(result.get());
        assertThat(office.outbox.events(RiskDeskFixture.OFFICE, RiskEvent.IncidentRecorded.class)).hasSize(1);
    }

    @Test
    @DisplayName("R-RN-8: staff of another office are not found (K-1)")
    void otherOffice() {
        assertThatThrownBy(() -> office.desk.recordIncident(new RiskDesk.RecordIncident(RiskDeskFixture.OFFICE, office.stranger.id(),
                "x", List.of(ConductAction.CALL_POLICE)))).isInstanceOf(NotFound.class);
    }
}
