package org.propertydesk.testkit.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.testkit.confidentiality.RecordsOfficeHarness.OFFICE;
import static org.propertydesk.testkit.confidentiality.RecordsOfficeHarness.accepted;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.confidentiality.RecordsOffice;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.domain.confidentiality.ConfidentialityEvent;
import org.propertydesk.domain.confidentiality.ConfidentialityRejection;
import org.propertydesk.domain.confidentiality.Disposal;
import org.propertydesk.domain.confidentiality.DocumentKind;
import org.propertydesk.domain.confidentiality.LoanTerm;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;

class DestructionDepartureAndOriginalsTest {

    private final RecordsOfficeHarness desk = new RecordsOfficeHarness();

    @Test
    @DisplayName("R-CF-6, R-CF-9: the department manager's order to destroy a contract is refused and audited; the office manager's to shred it is carried out")
    void destruction() {
        var contract = desk.registered(DocumentKind.CONTRACT);

        var refused = desk.office.destroy(new RecordsOffice.Destroy(OFFICE, desk.departmentManager.id(), contract, Disposal.SHREDDED));
        assertThat(refused.getLeft().rules()).containsExactly(Rule.R_CF_6);
        assertThat(desk.audit.entries(OFFICE).last().event().outcome()).isEqualTo(AuditEvent.Outcome.DENIED);

        var discarded = desk.office.destroy(new RecordsOffice.Destroy(OFFICE, desk.officeManager.id(), contract, Disposal.DISCARDED));
        assertThat(discarded.getLeft().reasons()).hasOnlyElementsOfType(ConfidentialityRejection.ClassifiedWasteDiscarded.class);

        var destroyed = accepted(desk.office.destroy(new RecordsOffice.Destroy(OFFICE, desk.officeManager.id(), contract, Disposal.SHREDDED)));
        assertThat(destroyed.isDestroyed()).isTrue();
        assertThat(desk.documents.find(OFFICE, contract).get().version()).isEqualTo(2);
        assertThat(desk.audit.entries(OFFICE).last().event().outcome()).isEqualTo(AuditEvent.Outcome.GRANTED);
    }

    @Test
    @DisplayName("R-CF-10, R-CF-7: a leaver with a loan out and documents in keeping is refused; after handing back, their file's retention starts")
    void departure() {
        var leaver = desk.hire(Role.DEPARTMENT_MANAGER);
        var file = desk.personnelFileOf(leaver);
        var archive = desk.registered(DocumentKind.INTERNAL_DOCUMENT);
        accepted(desk.office.handOver(new RecordsOffice.HandOver(OFFICE, desk.clerk.id(), archive, leaver.id())));
        var loan = accepted(desk.office.requestLoan(new RecordsOffice.RequestLoan(OFFICE, leaver.id(), archive, LoanTerm.SHORT_TERM)));
        accepted(desk.office.approveLoan(new RecordsOffice.ApproveLoan(OFFICE, desk.officeManager.id(), loan, false)));
        accepted(desk.office.lend(new RecordsOffice.OnLoan(OFFICE, desk.clerk.id(), loan)));
        var departure = new RecordsOffice.RecordDeparture(OFFICE, desk.officeManager.id(), leaver.id(), true);

        var refused = desk.office.recordDeparture(departure);
        assertThat(refused.getLeft().reasons()).containsExactly(
                new ConfidentialityRejection.StillCustodian(leaver.id(), archive),
                new ConfidentialityRejection.StillBorrowing(leaver.id(), loan, archive));

        accepted(desk.office.returnLoan(new RecordsOffice.OnLoan(OFFICE, desk.clerk.id(), loan)));
        assertThat(desk.office.handOver(new RecordsOffice.HandOver(OFFICE, desk.assistant.id(), archive, desk.clerk.id())).getLeft()
                .rules()).containsExactly(Rule.R_CF_10);
        accepted(desk.office.handOver(new RecordsOffice.HandOver(OFFICE, leaver.id(), archive, desk.clerk.id())));
        var duty = accepted(desk.office.recordDeparture(departure));

        assertThat(duty.bindsAt(desk.now().plus(Duration.ofDays(5000)))).isTrue();
        var stored = desk.documents.find(OFFICE, file).get();
        assertThat(stored.departure()).isNotEmpty();
        assertThat(stored.departure().get().keyPosition()).isTrue();
        assertThat(desk.office.destroy(new RecordsOffice.Destroy(OFFICE, desk.officeManager.id(), file, Disposal.SHREDDED)).getLeft()
                .rules()).containsExactly(Rule.R_CF_7);
        assertThat(desk.outbox.events(OFFICE, ConfidentialityEvent.StaffDeparted.class)).hasSize(1);
    }

    @Test
    @DisplayName("R-CF-5: a business licence taken out for a task is listed overdue 24 h after the task is done, until it is back")
    void originals() {
        var licence = desk.registered(DocumentKind.CERTIFICATE);
        var custody = accepted(desk.office.handOutOriginal(new RecordsOffice.OnDocument(OFFICE, desk.assistant.id(), licence)));
        var onCustody = new RecordsOffice.OnCustody(OFFICE, desk.assistant.id(), custody);
        accepted(desk.office.completeTask(onCustody));

        desk.clock.advance(Duration.ofHours(24));
        assertThat(desk.office.overdueOriginals(OFFICE, desk.clerk.id())).isEmpty();
        desk.clock.advance(Duration.ofMinutes(1));
        assertThat(desk.office.overdueOriginals(OFFICE, desk.clerk.id()).map(c -> c.id())).containsExactly(custody);

        accepted(desk.office.returnOriginal(onCustody));
        assertThat(desk.office.overdueOriginals(OFFICE, desk.clerk.id())).isEmpty();
        assertThat(desk.audit.entries(OFFICE).last().event().action()).isEqualTo("original.hand-out");
    }
}
