package org.propertydesk.testkit.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.testkit.confidentiality.RecordsOfficeHarness.OFFICE;
import static org.propertydesk.testkit.confidentiality.RecordsOfficeHarness.accepted;

import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.confidentiality.RecordsOffice;
import org.propertydesk.application.kernel.AuditEntry;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.domain.confidentiality.Access;
import org.propertydesk.domain.confidentiality.ConfidentialityEvent;
import org.propertydesk.domain.confidentiality.DocumentKind;
import org.propertydesk.domain.confidentiality.LoanStatus;
import org.propertydesk.domain.confidentiality.LoanTerm;
import org.propertydesk.domain.kernel.Rule;

/** The walkthrough's scene: a secret owner record denied to an assistant and lent to a manager. */
class SecretFileDeniedToAssistantLentToManagerTest {

    private final RecordsOfficeHarness desk = new RecordsOfficeHarness();

    @Test
    @DisplayName("R-CF-2, R-CF-9: the assistant is denied the owner record and the denial is in the audit trail with its rule")
    void assistantDeniedAndAudited() {
        var record = desk.registered(DocumentKind.OWNER_RECORD);

        var denial = desk.office.consult(new RecordsOffice.Consult(OFFICE, desk.assistant.id(), record, Access.READ));

        assertThat(denial.getLeft().rules()).containsExactly(Rule.R_CF_2);
        AuditEntry entry = desk.audit.entries(OFFICE).last();
        assertThat(entry.event().outcome()).isEqualTo(AuditEvent.Outcome.DENIED);
        assertThat(entry.event().rule()).contains(Rule.R_CF_2);
        assertThat(entry.event().actor()).isEqualTo(desk.assistant.id());
        assertThat(entry.event().action()).isEqualTo("document.read");
        assertThat(entry.event().subject()).isEqualTo("offices/" + OFFICE + "/documents/" + record);
    }

    @Test
    @DisplayName("R-CF-4, R-CF-9: the manager borrows it with the office manager's approval, takes it out, and it is listed overdue after midnight")
    void lentToManager() {
        var record = desk.registered(DocumentKind.OWNER_RECORD);
        var manager = desk.departmentManager.id();

        var loan = accepted(desk.office.requestLoan(new RecordsOffice.RequestLoan(OFFICE, manager, record, LoanTerm.SAME_DAY)));
        var early = desk.office.lend(new RecordsOffice.OnLoan(OFFICE, desk.clerk.id(), loan));
        assertThat(early.getLeft().rules()).containsExactly(Rule.R_CF_4);

        accepted(desk.office.approveLoan(new RecordsOffice.ApproveLoan(OFFICE, desk.officeManager.id(), loan, false)));
        var lent = accepted(desk.office.lend(new RecordsOffice.OnLoan(OFFICE, desk.clerk.id(), loan)));
        assertThat(lent.status()).isEqualTo(LoanStatus.ON_LOAN);

        assertThat(desk.office.consult(new RecordsOffice.Consult(OFFICE, manager, record, Access.TAKE_OUT)).isRight()).isTrue();
        assertThat(desk.office.overdueLoans(OFFICE, desk.clerk.id())).isEmpty();

        desk.clock.advance(Duration.ofHours(13));
        assertThat(desk.office.overdueLoans(OFFICE, desk.clerk.id()).map(l -> l.id())).containsExactly(loan);
        assertThat(desk.office.consult(new RecordsOffice.Consult(OFFICE, manager, record, Access.TAKE_OUT)).isLeft()).isTrue();

        var returned = accepted(desk.office.returnLoan(new RecordsOffice.OnLoan(OFFICE, desk.clerk.id(), loan)));
        assertThat(returned.returnedLate()).isTrue();
        assertThat(desk.office.overdueLoans(OFFICE, desk.clerk.id())).isEmpty();
        assertThat(desk.outbox.events(OFFICE, ConfidentialityEvent.LoanReturned.class)).hasSize(1);

        assertThat(desk.audit.entries(OFFICE).map(entry -> entry.event().action() + ":" + entry.event().outcome()))
                .containsExactly("document.borrow:GRANTED", "document.take-out:GRANTED", "document.take-out:DENIED");
        assertThat(desk.office.verifyAudit(OFFICE).intact()).isTrue();
    }

    @Test
    @DisplayName("R-CF-3: a copy of the owner record is granted only after a department head approves it")
    void copyAfterApproval() {
        var record = desk.registered(DocumentKind.OWNER_RECORD);
        var copy = new RecordsOffice.Consult(OFFICE, desk.clerk.id(), record, Access.COPY);

        assertThat(desk.office.consult(copy).getLeft().rules()).containsExactly(Rule.R_CF_3);
        assertThat(desk.office.approveCopy(new RecordsOffice.OnDocument(OFFICE, desk.assistant.id(), record)).getLeft().rules())
                .containsExactly(Rule.R_CF_3);
        accepted(desk.office.approveCopy(new RecordsOffice.OnDocument(OFFICE, desk.departmentManager.id(), record)));
        desk.clock.advance(Duration.ofMinutes(1));

        assertThat(desk.office.consult(copy).isRight()).isTrue();
        assertThat(desk.audit.entries(OFFICE).last().event().rule()).contains(Rule.R_CF_3);
    }

    @Test
    @DisplayName("R-CF-8: the records clerk who keeps the personnel files cannot read a colleague's, and the refusal is audited")
    void custodianDenied() {
        var file = desk.personnelFileOf(desk.assistant);

        var denial = desk.office.consult(new RecordsOffice.Consult(OFFICE, desk.clerk.id(), file, Access.READ));

        assertThat(denial.getLeft().rules()).containsExactly(Rule.R_CF_8);
        assertThat(desk.audit.entries(OFFICE).last().event().rule()).contains(Rule.R_CF_8);
        assertThat(desk.documents.find(OFFICE, file).get().custodian()).isEqualTo(desk.clerk.id());
    }

    @Test
    @DisplayName("R-CF-4: a CCTV recording needs written notes from the department head and the office manager")
    void cctv() {
        var recording = desk.registered(DocumentKind.CCTV_RECORDING);
        var loan = accepted(desk.office.requestLoan(
                new RecordsOffice.RequestLoan(OFFICE, desk.departmentManager.id(), recording, LoanTerm.SAME_DAY)));

        accepted(desk.office.approveLoan(new RecordsOffice.ApproveLoan(OFFICE, desk.officeManager.id(), loan, true)));
        assertThat(desk.office.lend(new RecordsOffice.OnLoan(OFFICE, desk.clerk.id(), loan)).isLeft()).isTrue();
        accepted(desk.office.approveLoan(new RecordsOffice.ApproveLoan(OFFICE, desk.hire(org.propertydesk.domain.kernel.Role.DEPARTMENT_MANAGER).id(), loan, true)));

        assertThat(accepted(desk.office.lend(new RecordsOffice.OnLoan(OFFICE, desk.clerk.id(), loan))).status())
                .isEqualTo(LoanStatus.ON_LOAN);
        assertThat(Option.of(desk.loans.find(OFFICE, loan).get().version())).contains(4L);
    }
}
