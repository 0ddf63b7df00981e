package org.propertydesk.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.risk.NoticeFixture.*;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("R-RN-3: arrears get a lawfully served demand within the limitation period")
class ArrearsLimitationTest {

    private static final LocalDate DUE = LocalDate.of(2024, 1, 31);

    private static Arrears arrears(int n, LocalDate dueOn) {
        return Arrears.record(new ArrearsId(new UUID(4, n)), OFFICE, "fee-" + n, "3-120" + n, dueOn, MONDAY_9AM).state();
    }

    private static Arrears servedOn(Arrears arrears, LocalDate day, LimitationPolicy policy) {
        return arrears.recordServedDemand(anyNoticeId(), day, policy, MONDAY_9AM).get().state();
    }

    @Test
    @DisplayName("R-RN-3: by default the manual's two years run from the due date")
    void twoYearsByDefault() {
        assertThat(arrears(1, DUE).limitationEnds(LimitationPolicy.defaults())).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    @DisplayName("R-RN-3: under the Civil Code preset, three years")
    void threeYearsUnderCivilCode() {
        assertThat(arrears(1, DUE).limitationEnds(LimitationPolicy.civilCode())).isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @Test
    @DisplayName("R-RN-3: a demand proven served within the period restarts it from the day of service")
    void proofOfServiceRestarts() {
        Arrears served = servedOn(arrears(1, DUE), LocalDate.of(2025, 6, 1), LimitationPolicy.defaults());

        assertThat(served.limitationEnds(LimitationPolicy.defaults())).isEqualTo(LocalDate.of(2027, 6, 1));
    }

    @Test
    @DisplayName("R-RN-3: a demand served after the period ended revives nothing")
    void lateServiceDoesNotRevive() {
        Arrears served = servedOn(arrears(1, DUE), LocalDate.of(2026, 3, 1), LimitationPolicy.defaults());

        assertThat(served.limitationEnds(LimitationPolicy.defaults())).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(served.lapsed(LimitationPolicy.defaults(), LocalDate.of(2026, 3, 2))).isTrue();
    }

    @Test
    @DisplayName("R-RN-3: demands due lists exactly the unsettled, unserved arrears whose limitation ends within the window")
    void demandsDue() {
        LimitationPolicy policy = LimitationPolicy.defaults(); // two years, three-month window
        LocalDate today = LocalDate.of(2025, 12, 1);
        Arrears endsInWindow = arrears(1, LocalDate.of(2024, 1, 31));        // ends 2026-01-31
        Arrears endsOnLastDayOfWindow = arrears(2, LocalDate.of(2024, 3, 1)); // ends 2026-03-01
        Arrears endsAfterWindow = arrears(3, LocalDate.of(2024, 3, 2));       // ends 2026-03-02
        Arrears alreadyLapsed = arrears(4, LocalDate.of(2023, 11, 30));       // ended 2025-11-30
        Arrears restartedByService = servedOn(arrears(5, LocalDate.of(2024, 1, 31)), LocalDate.of(2025, 11, 1), policy);
        Arrears paid = arrears(6, LocalDate.of(2024, 1, 31)).settle(LocalDate.of(2025, 11, 1), MONDAY_9AM).get().state();

        var due = policy.demandsDue(
                List.of(endsInWindow, endsOnLastDayOfWindow, endsAfterWindow, alreadyLapsed, restartedByService, paid), today);

        assertThat(due).containsExactly(endsInWindow, endsOnLastDayOfWindow);
    }

    @Test
    @DisplayName("R-RN-3: without restart, a demand served within the period secures the arrears and takes them off the list")
    void securedWithoutRestart() {
        LimitationPolicy asWritten = new LimitationPolicy(Period.ofYears(2), false, Period.ofMonths(3));
        Arrears served = servedOn(arrears(1, DUE), LocalDate.of(2025, 6, 1), asWritten);

        assertThat(served.limitationEnds(asWritten)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(asWritten.demandsDue(List.of(arrears(2, DUE), served), LocalDate.of(2025, 12, 1)))
                .containsExactly(arrears(2, DUE));
    }

    @Test
    @DisplayName("R-RN-3: a payment demand goes to the debtor by a legally recognised channel only")
    void demandNeedsLegalChannel() {
        Notice demand = draft(new Particulars.ArrearsDemand(new ArrearsId(new UUID(4, 1))), OWNER_BY_LETTER);

        var result = demand.issue(MONDAY_9AM, stubOnly(), KeyRecipients.none(), RiskPolicy.defaults());

        assertThat(result.getLeft().reasons()).containsExactly(
                new RiskRejection.ChannelNotLegallyRecognised(demand.id(), NoticeKind.ARREARS_DEMAND, OWNER_BY_LETTER));
        assertThat(result.getLeft().names(Rule.R_RN_3)).isTrue();
    }

    @Test
    @DisplayName("R-RN-3: serving a demand names the arrears, so the limitation can restart from the proven day")
    void servedDemandNamesArrears() {
        ArrearsId arrears = new ArrearsId(new UUID(4, 1));
        Notice issued = issued(draft(new Particulars.ArrearsDemand(arrears), OWNER_BY_REGISTERED_MAIL), stubOnly());

        var served = issued.recordService(MONDAY_9AM.plusSeconds(86_400 * 3), List.of(receipt(OWNER_BY_REGISTERED_MAIL, MONDAY_9AM.plusSeconds(86_400 * 2))));

        assertThat(served.get().events()).singleElement().isInstanceOfSatisfying(RiskEvent.NoticeServed.class, event -> {
            assertThat(event.arrears()).contains(arrears);
            assertThat(event.servedAt()).isEqualTo(MONDAY_9AM.plusSeconds(86_400 * 2));
        });
    }

    @Test
    @DisplayName("R-RN-3: no demand is recorded on settled arrears, before the due date, or twice")
    void demandRecordingRefusals() {
        NoticeId notice = anyNoticeId();
        Arrears served = arrears(1, DUE).recordServedDemand(notice, LocalDate.of(2024, 6, 1), LimitationPolicy.defaults(), MONDAY_9AM).get().state();
        Arrears paid = served.settle(LocalDate.of(2024, 7, 1), MONDAY_9AM).get().state();

        var result = paid.recordServedDemand(notice, LocalDate.of(2024, 1, 1), LimitationPolicy.defaults(), MONDAY_9AM);

        assertThat(result.getLeft().reasons()).containsExactly(
                new RiskRejection.ArrearsSettled(paid.id()),
                new RiskRejection.DemandBeforeDue(paid.id(), DUE, LocalDate.of(2024, 1, 1)),
                new RiskRejection.DemandAlreadyRecorded(paid.id(), notice));
    }
}
