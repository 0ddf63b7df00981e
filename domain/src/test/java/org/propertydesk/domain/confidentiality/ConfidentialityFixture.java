package org.propertydesk.domain.confidentiality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/** Intention-revealing builders for the records office's staff, documents and loans. */
final class ConfidentialityFixture {

    static final OfficeId OFFICE = new OfficeId(new UUID(1, 1));
    static final OfficeId OTHER_OFFICE = new OfficeId(new UUID(1, 2));
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A Tuesday, 10:00 in Shanghai. */
    static final Instant TUESDAY_10AM = Instant.parse("2026-03-10T02:00:00Z");

    private static final AtomicLong IDS = new AtomicLong(1000);
    private static final StaffId BOSS = new StaffId(new UUID(2, 1));

    private ConfidentialityFixture() {}

    static UUID nextId() {
        return new UUID(3, IDS.incrementAndGet());
    }

    static StaffMember staff(Role role) {
        return staff(role, role.defaultClearance());
    }

    static StaffMember staff(Role role, ClearanceLevel clearance) {
        Option<StaffId> superior = role == Role.COMPANY_LEADERSHIP ? Option.none() : Option.some(BOSS);
        return new StaffMember(new StaffId(nextId()), OFFICE, role.name().toLowerCase(), role, Department.ADMINISTRATION_HR,
                superior, clearance);
    }

    static StaffMember assistant() {
        return staff(Role.CUSTOMER_SERVICE_ASSISTANT);
    }

    static StaffMember departmentManager() {
        return staff(Role.DEPARTMENT_MANAGER);
    }

    static StaffMember officeManager() {
        return staff(Role.OFFICE_MANAGER);
    }

    static StaffMember leadership() {
        return staff(Role.COMPANY_LEADERSHIP);
    }

    static Document document(DocumentKind kind) {
        return document(kind, Option.none());
    }

    static Document document(DocumentKind kind, Option<ClearanceLevel> level) {
        return accepted(Document.classify(new DocumentId(nextId()), OFFICE, "a " + kind, kind, level, Option.none(),
                new StaffId(nextId()), ClassificationPolicy.defaults(), TUESDAY_10AM)).state();
    }

    static Document personnelFileOf(StaffMember subject) {
        return accepted(Document.classify(new DocumentId(nextId()), OFFICE, "file of " + subject.name(),
                DocumentKind.PERSONNEL_FILE, Option.none(), Option.some(subject.id()), new StaffId(nextId()),
                ClassificationPolicy.defaults(), TUESDAY_10AM)).state();
    }

    static Document keptBy(Document document, StaffMember custodian) {
        return accepted(document.handOver(officeManager(), custodian.id(), TUESDAY_10AM)).state();
    }

    static Loan requested(Document document, StaffMember borrower, LoanTerm term) {
        return accepted(Loan.request(new LoanId(nextId()), document, borrower, term, TUESDAY_10AM)).state();
    }

    /** A loan approved by an office manager and handed out at {@code at}. */
    static Loan lent(Document document, StaffMember borrower, LoanTerm term, Instant at) {
        Loan loan = requested(document, borrower, term);
        loan = accepted(loan.approve(Approval.givenBy(officeManager(), document.id(), Approval.Purpose.LOAN, at))).state();
        return accepted(loan.lend(at, LoanPolicy.defaults(), SHANGHAI)).state();
    }

    static Seq<Approval> none() {
        return List.empty();
    }

    static <T> T accepted(Either<Rejections<ConfidentialityRejection>, T> result) {
        if (result.isLeft()) {
            throw new AssertionError("expected the command to be accepted, but: " + result.getLeft());
        }
        return result.get();
    }

    static <T> Rejections<ConfidentialityRejection> refused(Either<Rejections<ConfidentialityRejection>, T> result) {
        if (result.isRight()) {
            throw new AssertionError("expected the command to be refused, but it was accepted: " + result.get());
        }
        return result.getLeft();
    }
}
