package org.propertydesk.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.application.risk.RiskDesk;
import org.propertydesk.domain.risk.Addressee;
import org.propertydesk.domain.risk.ArrearsId;
import org.propertydesk.domain.risk.Channel;
import org.propertydesk.domain.risk.ConductAction;
import org.propertydesk.domain.risk.Evidence;
import org.propertydesk.domain.risk.IncidentId;
import org.propertydesk.domain.risk.Notice;
import org.propertydesk.domain.risk.NoticeId;
import org.propertydesk.domain.risk.Particulars;
import org.propertydesk.domain.risk.Party;
import org.propertydesk.domain.risk.WorkOrderId;

/** The risk desk's reads, which the gRPC API's Get and List calls stand on. */
@DisplayName("The risk desk's reads")
class RiskDeskReadsTest {

    private final RiskDeskFixture office = new RiskDeskFixture();
    private final RiskDesk desk = office.desk;

    private Notice issued() {
        return desk.issueNotice(new RiskDesk.IssueNotice(RiskDeskFixture.OFFICE, office.clerk.id(),
                new Particulars.Rectification("balcony enclosed", false, false),
                List.of(Addressee.to(Party.OWNER, "3-1201", Channel.LETTER)),
                List.of(new Evidence.Stub("stub-1", office.clock.now())))).get();
    }

    @Test
    @DisplayName("any staff member of the office reads a notice and lists the office's notices")
    void notices() {
        Notice first = issued();
        Notice second = issued();

        assertThat(desk.notice(RiskDeskFixture.OFFICE, office.repairer.id(), first.id())).isEqualTo(first);
        assertThat(desk.notices(RiskDeskFixture.OFFICE, office.manager.id())).containsExactlyInAnyOrder(first, second);
    }

    @Test
    @DisplayName("K-1: a staff member of another office reads nothing: the actor is not found in this office")
    void otherOffice() {
        Notice notice = issued();

        assertThatThrownBy(() -> desk.notice(RiskDeskFixture.OFFICE, office.stranger.id(), notice.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> desk.notices(RiskDeskFixture.OFFICE, office.stranger.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> desk.incidents(RiskDeskFixture.OFFICE, office.stranger.id())).isInstanceOf(NotFound.class);
    }

    @Test
    @DisplayName("an unknown notice, arrears, work order or incident is NotFound")
    void unknownRecords() {
        UUID unknown = new UUID(9, 9);

        assertThatThrownBy(() -> desk.notice(RiskDeskFixture.OFFICE, office.clerk.id(), new NoticeId(unknown))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> desk.arrears(RiskDeskFixture.OFFICE, office.clerk.id(), new ArrearsId(unknown))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> desk.hazardousWork(RiskDeskFixture.OFFICE, office.clerk.id(), new WorkOrderId(unknown)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> desk.incident(RiskDeskFixture.OFFICE, office.clerk.id(), new IncidentId(unknown)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    @DisplayName("R-RN-3: outstanding arrears are listed until settled, and each is read with its served demands")
    void arrears() {
        var owed = desk.recordArrears(new RiskDesk.RecordArrears(RiskDeskFixture.OFFICE, office.clerk.id(), "fee-1", "3-1201",
                LocalDate.of(2024, 3, 31))).get();
        var paid = desk.recordArrears(new RiskDesk.RecordArrears(RiskDeskFixture.OFFICE, office.clerk.id(), "fee-2", "3-1202",
                LocalDate.of(2024, 4, 30))).get();
        desk.settleArrears(new RiskDesk.SettleArrears(RiskDeskFixture.OFFICE, office.clerk.id(), paid.id(), LocalDate.of(2026, 3, 1)));

        assertThat(desk.outstandingArrears(RiskDeskFixture.OFFICE, office.clerk.id())).containsExactly(owed);
        assertThat(desk.arrears(RiskDeskFixture.OFFICE, office.clerk.id(), paid.id()).settledOn()).contains(LocalDate.of(2026, 3, 1));
    }

    @Test
    @DisplayName("a hazardous work order is read as planned")
    void hazardousWork() {
        var work = desk.planHazardousWork(new RiskDesk.PlanHazardousWork(RiskDeskFixture.OFFICE, office.repairer.id(), "roof", "height"));

        assertThat(desk.hazardousWork(RiskDeskFixture.OFFICE, office.clerk.id(), work.id())).isEqualTo(work);
    }

    @Test
    @DisplayName("R-RN-8: incident records are read one by one and listed oldest first")
    void incidents() {
        var first = record("first");
        office.clock.advance(Duration.ofHours(1));
        var second = record("second");

        assertThat(desk.incident(RiskDeskFixture.OFFICE, office.manager.id(), first.id())).isEqualTo(first);
        assertThat(desk.incidents(RiskDeskFixture.OFFICE, office.manager.id())).containsExactly(first, second);
    }

    private org.propertydesk.domain.risk.IncidentRecord record(String description) {
        return desk.recordIncident(new RiskDesk.RecordIncident(RiskDeskFixture.OFFICE, office.clerk.id(), description,
                List.of(ConductAction.CALL_POLICE))).get();
    }
}
