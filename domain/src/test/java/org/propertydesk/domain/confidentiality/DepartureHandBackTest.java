package org.propertydesk.domain.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.confidentiality.ConfidentialityFixture.*;

import io.vavr.collection.List;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Rule;

class DepartureHandBackTest {

    @Test
    @DisplayName("R-CF-10: a leaver who still keeps a document, has a loan out and holds an original is refused, every item named")
    void everythingHandedBack() {
        var leaver = departmentManager();
        var kept = keptBy(document(DocumentKind.CONTRACT), leaver);
        var loan = lent(document(DocumentKind.INTERNAL_DOCUMENT), leaver, LoanTerm.SHORT_TERM, TUESDAY_10AM);
        var custody = TaskCustody.handOut(new CustodyId(nextId()), OFFICE, document(DocumentKind.CERTIFICATE).id(), leaver.id(),
                TUESDAY_10AM).state();

        var refusal = refused(Departure.complete(OFFICE, leaver.id(), TUESDAY_10AM, List.of(kept), List.of(loan), List.of(custody)));

        assertThat(refusal.reasons()).containsExactly(
                new ConfidentialityRejection.StillCustodian(leaver.id(), kept.id()),
                new ConfidentialityRejection.StillBorrowing(leaver.id(), loan.id(), loan.document()),
                new ConfidentialityRejection.StillHoldsOriginal(leaver.id(), custody.id(), custody.document()));
        assertThat(refusal.rules()).containsExactly(Rule.R_CF_10);
    }

    @Test
    @DisplayName("R-CF-10: once everything is handed back the leaver may go, and the duty of secrecy still binds years later")
    void secrecyOutlastsEmployment() {
        var leaver = departmentManager();
        var successor = departmentManager();
        var handedOver = keptBy(keptBy(document(DocumentKind.CONTRACT), leaver), successor);

        var duty = accepted(Departure.complete(OFFICE, leaver.id(), TUESDAY_10AM, List.of(handedOver), List.empty(), List.empty()))
                .state();

        assertThat(duty.bindsAt(TUESDAY_10AM.plus(Duration.ofDays(3650)))).isTrue();
        assertThat(duty.madePublic(TUESDAY_10AM.plus(Duration.ofDays(10))).bindsAt(TUESDAY_10AM.plus(Duration.ofDays(11)))).isFalse();
    }

    @Test
    @DisplayName("R-CF-10: only the custodian or the office manager passes a document to another keeper")
    void onlyCustodianHandsOver() {
        var custodian = departmentManager();
        var contract = keptBy(document(DocumentKind.CONTRACT), custodian);
        var colleague = departmentManager();

        assertThat(refused(contract.handOver(colleague, colleague.id(), TUESDAY_10AM)).reasons())
                .containsExactly(new ConfidentialityRejection.NotCustodian(colleague.id(), contract.id(), custodian.id()));
        assertThat(accepted(contract.handOver(custodian, colleague.id(), TUESDAY_10AM)).state().custodian()).isEqualTo(colleague.id());
    }

    @Test
    @DisplayName("R-CF-10: a front-desk assistant cannot record a colleague's departure; the office manager can")
    void whoRecordsDeparture() {
        var leaver = departmentManager();
        var assistant = assistant();

        assertThat(refused(Departure.complete(assistant, leaver.id(), TUESDAY_10AM, List.empty(), List.empty(), List.empty()))
                .reasons()).containsExactly(new ConfidentialityRejection.NotEntitledToRecordDeparture(
                        assistant.id(), assistant.role(), assistant.department()));
        assertThat(Departure.complete(officeManager(), leaver.id(), TUESDAY_10AM, List.empty(), List.empty(), List.empty()).isRight())
                .isTrue();
    }
}
