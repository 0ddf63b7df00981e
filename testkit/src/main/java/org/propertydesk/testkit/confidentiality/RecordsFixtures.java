package org.propertydesk.testkit.confidentiality;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.UUID;
import org.propertydesk.domain.confidentiality.Approval;
import org.propertydesk.domain.confidentiality.ClassificationPolicy;
import org.propertydesk.domain.confidentiality.Document;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.confidentiality.DocumentKind;
import org.propertydesk.domain.confidentiality.Loan;
import org.propertydesk.domain.confidentiality.LoanId;
import org.propertydesk.domain.confidentiality.LoanPolicy;
import org.propertydesk.domain.confidentiality.LoanTerm;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/** Fixed records for the port contracts: readable ids, one office manager, one department manager. */
final class RecordsFixtures {

    static final OfficeId OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final OfficeId OTHER_OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000c2"));
    static final Instant AT = ConfidentialityArbitraries.EPOCH;

    static final StaffMember OFFICE_MANAGER = member(1, Role.OFFICE_MANAGER);
    static final StaffMember DEPARTMENT_MANAGER = member(2, Role.DEPARTMENT_MANAGER);

    private RecordsFixtures() {}

    static StaffMember member(long id, Role role) {
        return new StaffMember(new StaffId(new UUID(0, id)), OFFICE, role.name(), role, Department.ADMINISTRATION_HR,
                role == Role.COMPANY_LEADERSHIP ? Option.none() : Option.some(new StaffId(new UUID(0, 99))), role.defaultClearance());
    }

    static Document document(OfficeId office, long id, DocumentKind kind, StaffId custodian, Option<StaffId> subject) {
        return Document.classify(new DocumentId(new UUID(1, id)), office, kind + " " + id, kind, Option.none(), subject, custodian,
                ClassificationPolicy.defaults(), AT).get().state();
    }

    static Loan lent(Document document, long id, StaffMember borrower) {
        Loan loan = Loan.request(new LoanId(new UUID(2, id)), document, borrower,
                document.isClassified() ? LoanTerm.SAME_DAY : LoanTerm.SHORT_TERM, AT).get().state();
        loan = loan.approve(Approval.givenBy(OFFICE_MANAGER, document.id(), Approval.Purpose.LOAN, AT)).get().state();
        return loan.lend(AT, LoanPolicy.defaults(), ConfidentialityArbitraries.ZONE).get().state();
    }
}
