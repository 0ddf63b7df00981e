package org.propertydesk.testkit.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertydesk.testkit.confidentiality.RecordsOfficeHarness.OFFICE;
import static org.propertydesk.testkit.confidentiality.RecordsOfficeHarness.accepted;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.confidentiality.RecordsOffice;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.domain.confidentiality.CustodyId;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.confidentiality.DocumentKind;
import org.propertydesk.domain.confidentiality.LoanId;
import org.propertydesk.domain.confidentiality.LoanTerm;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.StaffId;

/** The records office's reads that decide no access, which the gRPC API's Get and List calls stand on. */
@DisplayName("The records office's reads")
class RecordsOfficeReadsTest {

    private final RecordsOfficeHarness desk = new RecordsOfficeHarness();

    @Test
    @DisplayName("R-CF-2, R-CF-8: a document's filing tells anyone in the office its kind, level and keeper, never its title or subject, and is no access decision")
    void filingHidesTitleAndSubject() {
        DocumentId file = desk.personnelFileOf(desk.departmentManager);

        RecordsOffice.Filing filing = desk.office.filing(OFFICE, desk.assistant.id(), file);

        assertThat(filing).isEqualTo(new RecordsOffice.Filing(file, DocumentKind.PERSONNEL_FILE, ClearanceLevel.SECRET,
                desk.clerk.id(), Option.none(), 1));
        assertThat(filing.toString()).doesNotContain("file of").doesNotContain(desk.departmentManager.id().toString());
        assertThat(desk.audit.entries(OFFICE)).isEmpty();
    }

    @Test
    @DisplayName("R-CF-4: a loan is read by any staff member; the loans out are listed, and a borrower's loans whatever their state")
    void loans() {
        DocumentId record = desk.registered(DocumentKind.OWNER_RECORD);
        LoanId requested = accepted(desk.office.requestLoan(
                new RecordsOffice.RequestLoan(OFFICE, desk.departmentManager.id(), record, LoanTerm.SAME_DAY)));
        desk.clock.advance(Duration.ofMinutes(1));
        LoanId lent = accepted(desk.office.requestLoan(
                new RecordsOffice.RequestLoan(OFFICE, desk.departmentManager.id(), record, LoanTerm.SAME_DAY)));
        accepted(desk.office.approveLoan(new RecordsOffice.ApproveLoan(OFFICE, desk.officeManager.id(), lent, false)));
        accepted(desk.office.lend(new RecordsOffice.OnLoan(OFFICE, desk.clerk.id(), lent)));

        assertThat(desk.office.loan(OFFICE, desk.assistant.id(), requested).borrower()).isEqualTo(desk.departmentManager.id());
        assertThat(desk.office.loans(OFFICE, desk.clerk.id(), Option.none()).map(loan -> loan.id())).containsExactly(lent);
        assertThat(desk.office.loans(OFFICE, desk.clerk.id(), Option.some(desk.departmentManager.id())).map(loan -> loan.id()))
                .containsExactly(requested, lent);
        assertThat(desk.office.loans(OFFICE, desk.clerk.id(), Option.some(desk.assistant.id()))).isEmpty();
    }

    @Test
    @DisplayName("R-CF-5: an original handed out is read, listed while out, and by its holder after it is back")
    void custodies() {
        DocumentId certificate = desk.registered(DocumentKind.CERTIFICATE);
        CustodyId custody = accepted(desk.office.handOutOriginal(new RecordsOffice.OnDocument(OFFICE, desk.assistant.id(), certificate)));

        assertThat(desk.office.custody(OFFICE, desk.clerk.id(), custody).holder()).isEqualTo(desk.assistant.id());
        assertThat(desk.office.custodies(OFFICE, desk.clerk.id(), Option.none()).map(held -> held.id())).containsExactly(custody);

        accepted(desk.office.returnOriginal(new RecordsOffice.OnCustody(OFFICE, desk.assistant.id(), custody)));

        assertThat(desk.office.custodies(OFFICE, desk.clerk.id(), Option.none())).isEmpty();
        assertThat(desk.office.custodies(OFFICE, desk.clerk.id(), Option.some(desk.assistant.id())).map(held -> held.id()))
                .containsExactly(custody);
    }

    @Test
    @DisplayName("K-1: an unknown actor, document, loan or hand-out is NotFound")
    void unknown() {
        UUID unknown = new UUID(9, 9);
        DocumentId record = desk.registered(DocumentKind.OWNER_RECORD);

        assertThatThrownBy(() -> desk.office.filing(OFFICE, new StaffId(unknown), record)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> desk.office.filing(OFFICE, desk.clerk.id(), new DocumentId(unknown))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> desk.office.loan(OFFICE, desk.clerk.id(), new LoanId(unknown))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> desk.office.custody(OFFICE, desk.clerk.id(), new CustodyId(unknown))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> desk.office.loans(OFFICE, new StaffId(unknown), Option.none())).isInstanceOf(NotFound.class);
    }
}
