package org.propertydesk.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.application.risk.RiskDesk;
import org.propertydesk.domain.risk.Addressee;
import org.propertydesk.domain.risk.Arrears;
import org.propertydesk.domain.risk.ArrearsId;
import org.propertydesk.domain.risk.Channel;
import org.propertydesk.domain.risk.Evidence;
import org.propertydesk.domain.risk.Notice;
import org.propertydesk.domain.risk.Particulars;
import org.propertydesk.domain.risk.Party;
import org.propertydesk.domain.risk.RiskEvent;

@DisplayName("R-RN-3: the desk lists arrears near their limitation end, and a proven demand restarts the period")
class ArrearsDemandBeforeLimitationEndsTest {

    private final RiskDeskFixture office = new RiskDeskFixture();
    private final Addressee owner = Addressee.to(Party.OWNER, "3-1201", Channel.REGISTERED_MAIL);

    private Arrears recordArrears(LocalDate due) {
        return office.desk.recordArrears(new RiskDesk.RecordArrears(
                RiskDeskFixture.OFFICE, office.clerk.id(), "mgmt-fee-2024-01", "3-1201", due)).get();
    }

    @Test
    @DisplayName("R-RN-3: arrears due 2024-03-31 are a demand due on 2026-03-02 (two years end 2026-03-31), and leave the list once a demand is proven served")
    void demandDueThenServed() {
        Arrears owed = recordArrears(LocalDate.of(2024, 3, 31));
        recordArrears(LocalDate.of(2025, 3, 31)); // ends 2027-03-31, outside the window

        assertThat(office.desk.demandsDue(RiskDeskFixture.OFFICE, office.clerk.id()))
                .containsExactly(new RiskDesk.DemandDue(owed.id(), "mgmt-fee-2024-01", "3-1201",
                        LocalDate.of(2024, 3, 31), LocalDate.of(2026, 3, 31)));

        Notice demand = office.desk.issueNotice(new RiskDesk.IssueNotice(RiskDeskFixture.OFFICE, office.clerk.id(),
                new Particulars.ArrearsDemand(owed.id()), List.of(owner),
                List.of(new Evidence.Stub("demand-stub-7", office.clock.now())))).get();
        Instant deliveredAt = office.clock.advance(Duration.ofDays(3));
        var served = office.desk.recordService(new RiskDesk.RecordService(RiskDeskFixture.OFFICE, office.clerk.id(), demand.id(),
                List.of(new Evidence.DeliveryReceipt(owner, deliveredAt, "EMS-123", deliveredAt))));

        assertThat(served.isRight()).isTrue();
        assertThat(office.arrears.find(RiskDeskFixture.OFFICE, owed.id()).get()
                .limitationEnds(org.propertydesk.domain.risk.LimitationPolicy.defaults())).isEqualTo(LocalDate.of(2028, 3, 5));
        assertThat(office.desk.demandsDue(RiskDeskFixture.OFFICE, office.clerk.id())).isEmpty();
        assertThat(office.outbox.events(RiskDeskFixture.OFFICE, RiskEvent.DemandServed.class)).singleElement()
                .satisfies(event -> assertThat(event.servedOn()).isEqualTo(LocalDate.of(2026, 3, 5)));
    }

    @Test
    @DisplayName("R-RN-3: a demand by ordinary letter is refused and nothing is stored")
    void letterRefused() {
        Arrears owed = recordArrears(LocalDate.of(2024, 3, 31));

        var result = office.desk.issueNotice(new RiskDesk.IssueNotice(RiskDeskFixture.OFFICE, office.clerk.id(),
                new Particulars.ArrearsDemand(owed.id()), List.of(Addressee.to(Party.OWNER, "3-1201", Channel.LETTER)),
                List.of(new Evidence.Stub("stub", office.clock.now()))));

        assertThat(result.isLeft()).isTrue();
        assertThat(office.notices.all(RiskDeskFixture.OFFICE)).isEmpty();
    }

    @Test
    @DisplayName("R-RN-3: a demand for arrears the office does not have is not found")
    void unknownArrears() {
        assertThatThrownBy(() -> office.desk.issueNotice(new RiskDesk.IssueNotice(RiskDeskFixture.OFFICE, office.clerk.id(),
                new Particulars.ArrearsDemand(new ArrearsId(new java.util.UUID(9, 9))), List.of(owner), List.empty())))
                .isInstanceOf(NotFound.class);
    }
}
