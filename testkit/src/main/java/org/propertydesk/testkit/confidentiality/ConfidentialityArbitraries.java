package org.propertydesk.testkit.confidentiality;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.propertydesk.domain.confidentiality.Approval;
import org.propertydesk.domain.confidentiality.ClassificationPolicy;
import org.propertydesk.domain.confidentiality.Document;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.confidentiality.DocumentKind;
import org.propertydesk.domain.confidentiality.Loan;
import org.propertydesk.domain.confidentiality.LoanId;
import org.propertydesk.domain.confidentiality.LoanPolicy;
import org.propertydesk.domain.confidentiality.LoanTerm;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * jqwik arbitraries of the records office, valid by construction: staff with any role and
 * clearance, documents graded at or above their kind's level (R-CF-1), personnel files with a
 * subject, and loans that a cleared borrower requested and an office manager approved and lent
 * (R-CF-4). Ids are small numbers, so shrunk examples read well.
 */
public final class ConfidentialityArbitraries {

    /** Noon in Shanghai on a working Tuesday; the instants below are near it. */
    public static final Instant EPOCH = Instant.parse("2026-03-10T04:00:00Z");

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ConfidentialityArbitraries() {}

    public static Arbitrary<StaffId> staffIds() {
        return Arbitraries.longs().between(1, 10_000).map(n -> new StaffId(new UUID(7, n)));
    }

    public static Arbitrary<DocumentId> documentIds() {
        return Arbitraries.longs().between(1, 10_000).map(n -> new DocumentId(new UUID(8, n)));
    }

    public static Arbitrary<LoanId> loanIds() {
        return Arbitraries.longs().between(1, 10_000).map(n -> new LoanId(new UUID(9, n)));
    }

    /** A staff member of {@code office} with any role and any clearance; company leadership has no superior. */
    public static Arbitrary<StaffMember> staff(OfficeId office) {
        return Combinators.combine(staffIds(), Arbitraries.of(Role.class), Arbitraries.of(Department.class),
                        Arbitraries.of(ClearanceLevel.class))
                .as((id, role, department, clearance) -> new StaffMember(id, office, "staff " + id.value().getLeastSignificantBits(),
                        role, department, role == Role.COMPANY_LEADERSHIP ? Option.none() : Option.some(new StaffId(new UUID(7, 0))),
                        clearance));
    }

    /** A staff member holding {@code role} with its default clearance. */
    public static Arbitrary<StaffMember> staff(OfficeId office, Role role) {
        return staff(office).map(member -> new StaffMember(member.id(), office, member.name(), role, member.department(),
                role == Role.COMPANY_LEADERSHIP ? Option.none() : Option.some(new StaffId(new UUID(7, 0))),
                role.defaultClearance()));
    }

    /** An instant within 30 days after {@link #EPOCH}, to the minute. */
    public static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, 30L * 24 * 60).map(minutes -> EPOCH.plus(Duration.ofMinutes(minutes)));
    }

    /**
     * A document of {@code office}, of any kind, graded at its kind's level or higher; a personnel
     * file is about {@code subjects}' staff member.
     */
    public static Arbitrary<Document> documents(OfficeId office, Arbitrary<StaffId> subjects) {
        return Combinators.combine(documentIds(), Arbitraries.of(DocumentKind.class), Arbitraries.of(ClearanceLevel.class),
                        subjects, staffIds())
                .as((id, kind, raise, subject, custodian) -> {
                    ClearanceLevel level = raise.covers(kind.defaultLevel()) ? raise : kind.defaultLevel();
                    return Document.classify(id, office, kind + " " + id.value().getLeastSignificantBits(), kind, Option.some(level),
                                    kind == DocumentKind.PERSONNEL_FILE ? Option.some(subject) : Option.none(), custodian,
                                    ClassificationPolicy.defaults(), EPOCH)
                            .getOrElseThrow(rejections -> new IllegalStateException(rejections.toString()))
                            .state();
                });
    }

    public static Arbitrary<Document> documents(OfficeId office) {
        return documents(office, staffIds());
    }

    /**
     * A loan of {@code document} to a borrower cleared for it (a department manager, or leadership for
     * confidential and above), approved by an office manager and lent at some instant: on the same day
     * for classified documents, 7 or 15 days for internal archive originals.
     */
    public static Arbitrary<Loan> loansOf(Document document) {
        Role borrowerRole = document.level().compareTo(ClearanceLevel.SECRET) > 0 ? Role.COMPANY_LEADERSHIP : Role.DEPARTMENT_MANAGER;
        Arbitrary<LoanTerm> terms = document.isClassified() ? Arbitraries.just(LoanTerm.SAME_DAY) : Arbitraries.of(LoanTerm.class);
        return Combinators.combine(loanIds(), staff(document.office(), borrowerRole), staff(document.office(), Role.OFFICE_MANAGER),
                        staff(document.office(), Role.DEPARTMENT_MANAGER), terms, instants())
                .as((id, borrower, manager, head, term, at) -> {
                    Loan loan = Loan.request(id, document, borrower, term, at).get().state();
                    loan = loan.approve(Approval.writtenBy(manager, document.id(), Approval.Purpose.LOAN, at)).get().state();
                    if (!loan.missingApprovals().isEmpty()) {
                        loan = loan.approve(Approval.writtenBy(head, document.id(), Approval.Purpose.LOAN, at)).get().state();
                    }
                    return loan.lend(at, LoanPolicy.defaults(), ZONE).get().state();
                });
    }

    /** A lent loan of some non-personnel document of {@code office}. */
    public static Arbitrary<Loan> loans(OfficeId office) {
        return documents(office).filter(document -> document.kind() != DocumentKind.PERSONNEL_FILE)
                .flatMap(ConfidentialityArbitraries::loansOf);
    }
}
