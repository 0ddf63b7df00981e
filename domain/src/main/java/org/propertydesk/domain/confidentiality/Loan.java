package org.propertydesk.domain.confidentiality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.kernel.StateMachine;

/**
 * One document lent to one borrower (R-CF-4, 借阅). It guards that only someone cleared may borrow
 * (R-CF-2, R-CF-8), that nothing is handed out without the office manager's approval, that a CCTV
 * recording needs written notes from a department head and the office manager, that classified
 * material comes back the same day and archive originals within 7 or 15 days, and that a renewal is
 * asked for before the due date. Overdue is derived from the due instant, never stored.
 *
 * @param level     the document's level when the loan was requested
 * @param approvals the approvals given so far, in order
 * @param lentAt    set when handed out
 * @param due       when it must be back; set when handed out, moved by a renewal
 * @param closedAt  when it was returned or refused
 * @param version   1 when requested, one more after every change
 */
@AggregateRoot
public record Loan(
        @Identity LoanId id,
        OfficeId office,
        DocumentId document,
        DocumentKind kind,
        ClearanceLevel level,
        StaffId borrower,
        LoanTerm term,
        LoanStatus status,
        Instant requestedAt,
        Seq<Approval> approvals,
        Option<Instant> lentAt,
        Option<Instant> due,
        Option<Instant> closedAt,
        long version) {

    public static final StateMachine<LoanStatus> LIFECYCLE = StateMachine.named("loan", LoanStatus.class, LoanStatus.REQUESTED)
            .on(LoanStatus.REQUESTED, "approve", LoanStatus.REQUESTED)
            .on(LoanStatus.REQUESTED, "refuse", LoanStatus.REFUSED)
            .on(LoanStatus.REQUESTED, "lend", LoanStatus.ON_LOAN)
            .on(LoanStatus.ON_LOAN, "renew", LoanStatus.ON_LOAN)
            .on(LoanStatus.ON_LOAN, "return", LoanStatus.RETURNED)
            .build();

    public Loan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(borrower, "borrower");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(approvals, "approvals");
        Objects.requireNonNull(lentAt, "lentAt");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(closedAt, "closedAt");
    }

    /**
     * A staff member asks to borrow a document. Refused when they could not read it (R-CF-2,
     * R-CF-8, K-1), when it no longer exists (R-CF-6), or when a classified document is asked for
     * longer than the day (R-CF-4).
     */
    public static Either<Rejections<ConfidentialityRejection>, Outcome<Loan>> request(
            LoanId id, Document document, StaffMember borrower, LoanTerm term, Instant at) {
        Objects.requireNonNull(term, "term");
        List<ConfidentialityRejection> reasons = List.empty();
        if (!borrower.office().equals(document.office())) {
            reasons = reasons.append(new ConfidentialityRejection.OutsideOffice(borrower.id(), borrower.office(), document.id()));
        }
        if (document.isDestroyed()) {
            reasons = reasons.append(new ConfidentialityRejection.DocumentDestroyed(document.id()));
        }
        if (document.isPersonnelFileOfSomeoneOtherThan(borrower.id())) {
            reasons = reasons.append(new ConfidentialityRejection.AnotherPersonsPersonnelFile(
                    borrower.id(), document.id(), document.subject().get()));
        }
        if (!borrower.clearedFor(document.level())) {
            reasons = reasons.append(new ConfidentialityRejection.AboveClearance(
                    borrower.id(), borrower.clearance(), document.id(), document.level()));
        }
        if (document.isClassified() && term != LoanTerm.SAME_DAY) {
            reasons = reasons.append(new ConfidentialityRejection.ClassifiedLoanBeyondTheDay(document.id(), document.level(), term));
        }
        return Rejections.unless(reasons, () -> Outcome.of(
                new Loan(id, document.office(), document.id(), document.kind(), document.level(), borrower.id(), term,
                        LoanStatus.REQUESTED, at, List.empty(), Option.none(), Option.none(), Option.none(), 1),
                new ConfidentialityEvent.LoanRequested(document.office(), id, document.id(), borrower.id(), term, at)));
    }

    /**
     * Records an approval. The office manager approves every loan; for a CCTV recording a
     * department head's note counts too, and both must be written notes (R-CF-4).
     */
    public Either<Rejections<ConfidentialityRejection>, Outcome<Loan>> approve(Approval approval) {
        Objects.requireNonNull(approval, "approval");
        List<ConfidentialityRejection> reasons = lifecycle("approve");
        if (!approval.document().equals(document) || approval.purpose() != Approval.Purpose.LOAN) {
            reasons = reasons.append(new ConfidentialityRejection.ApprovalForSomethingElse(id, approval.document(), approval.purpose()));
        }
        if (!mayApprove(approval.role())) {
            reasons = reasons.append(new ConfidentialityRejection.NotEntitledToApproveLoan(id, approval.approver(), approval.role()));
        }
        if (kind == DocumentKind.CCTV_RECORDING && !approval.written()) {
            reasons = reasons.append(new ConfidentialityRejection.CctvNoteNotWritten(id, approval.approver()));
        }
        return Rejections.unless(reasons, () -> Outcome.of(
                with(status, approvals.append(approval), lentAt, due, closedAt),
                new ConfidentialityEvent.LoanApproved(office, id, approval.approver(), approval.written(), approval.at())));
    }

    private boolean mayApprove(Role role) {
        return role == Role.OFFICE_MANAGER || (kind == DocumentKind.CCTV_RECORDING && role == Role.DEPARTMENT_MANAGER);
    }

    /** The roles whose approval this loan still lacks before it may be handed out (R-CF-4). */
    public Seq<Role> missingApprovals() {
        Seq<Role> needed = kind == DocumentKind.CCTV_RECORDING
                ? List.of(Role.DEPARTMENT_MANAGER, Role.OFFICE_MANAGER)
                : List.of(Role.OFFICE_MANAGER);
        return needed.filter(role -> !approvals.exists(approval -> approval.role() == role));
    }

    /** The loan is not approved; nothing is handed out. */
    public Either<Rejections<ConfidentialityRejection>, Outcome<Loan>> refuse(StaffMember by, Instant at) {
        Objects.requireNonNull(by, "by");
        List<ConfidentialityRejection> reasons = lifecycle("refuse");
        if (!mayApprove(by.role())) {
            reasons = reasons.append(new ConfidentialityRejection.NotEntitledToApproveLoan(id, by.id(), by.role()));
        }
        return Rejections.unless(reasons, () -> Outcome.of(
                with(LoanStatus.REFUSED, approvals, lentAt, due, Option.some(at)),
                new ConfidentialityEvent.LoanRefused(office, id, by.id(), at)));
    }

    /** Hands the document out once every approval is in; the due instant follows from the term (R-CF-4). */
    public Either<Rejections<ConfidentialityRejection>, Outcome<Loan>> lend(Instant at, LoanPolicy policy, ZoneId zone) {
        Objects.requireNonNull(at, "at");
        List<ConfidentialityRejection> reasons = lifecycle("lend");
        Seq<Role> missing = missingApprovals();
        if (!missing.isEmpty()) {
            reasons = reasons.append(new ConfidentialityRejection.LoanNotApproved(id, missing));
        }
        return Rejections.unless(reasons, () -> {
            Instant dueAt = policy.due(term, at, zone);
            return Outcome.of(
                    with(LoanStatus.ON_LOAN, approvals, Option.some(at), Option.some(dueAt), closedAt),
                    new ConfidentialityEvent.DocumentLent(office, id, document, borrower, dueAt, at));
        });
    }

    /**
     * Extends an archive loan by its term, asked for before the due instant and approved by the
     * office manager (R-CF-4). A same-day loan of a classified document is never renewed.
     */
    public Either<Rejections<ConfidentialityRejection>, Outcome<Loan>> renew(
            Approval approval, Instant at, LoanPolicy policy, ZoneId zone) {
        Objects.requireNonNull(approval, "approval");
        List<ConfidentialityRejection> reasons = lifecycle("renew");
        if (term == LoanTerm.SAME_DAY) {
            reasons = reasons.append(new ConfidentialityRejection.SameDayLoanNotRenewable(id));
        }
        if (due.exists(dueAt -> !at.isBefore(dueAt))) {
            reasons = reasons.append(new ConfidentialityRejection.RenewalAfterDue(id, due.get(), at));
        }
        if (approval.role() != Role.OFFICE_MANAGER
                || !approval.covers(document, Approval.Purpose.LOAN, at)) {
            reasons = reasons.append(new ConfidentialityRejection.NotEntitledToApproveLoan(id, approval.approver(), approval.role()));
        }
        return Rejections.unless(reasons, () -> {
            Instant previous = due.get();
            Instant next = policy.due(term, previous, zone);
            return Outcome.of(
                    with(status, approvals.append(approval), lentAt, Option.some(next), closedAt),
                    new ConfidentialityEvent.LoanRenewed(office, id, previous, next, at));
        });
    }

    /** The borrower brings the document back; a late return is recorded as late. */
    public Either<Rejections<ConfidentialityRejection>, Outcome<Loan>> giveBack(Instant at) {
        Objects.requireNonNull(at, "at");
        List<ConfidentialityRejection> reasons = lifecycle("return");
        return Rejections.unless(reasons, () -> Outcome.of(
                with(LoanStatus.RETURNED, approvals, lentAt, due, Option.some(at)),
                new ConfidentialityEvent.LoanReturned(office, id, document, due.exists(at::isAfter), at)));
    }

    /** Out with the borrower past its due instant (derived, R-CF-4). */
    public boolean isOverdueAt(Instant now) {
        return status == LoanStatus.ON_LOAN && due.exists(now::isAfter);
    }

    /** Whether it came back after it was due. */
    public boolean returnedLate() {
        return status == LoanStatus.RETURNED && due.exists(dueAt -> closedAt.exists(dueAt::isBefore));
    }

    /** Whether {@code staff} may have {@code doc} out of the records office at {@code at} on this loan. */
    public boolean lets(StaffId staff, DocumentId doc, Instant at) {
        return status == LoanStatus.ON_LOAN
                && borrower.equals(staff)
                && document.equals(doc)
                && lentAt.exists(start -> !at.isBefore(start))
                && due.exists(at::isBefore);
    }

    /** Whether the borrower still has the document (R-CF-10). */
    public boolean isOut() {
        return status == LoanStatus.ON_LOAN;
    }

    private List<ConfidentialityRejection> lifecycle(String action) {
        return LIFECYCLE.allows(status, action)
                ? List.empty()
                : List.of(new ConfidentialityRejection.LoanNotInState(id, status, action));
    }

    private Loan with(
            LoanStatus newStatus, Seq<Approval> newApprovals, Option<Instant> newLentAt, Option<Instant> newDue,
            Option<Instant> newClosedAt) {
        return new Loan(id, office, document, kind, level, borrower, term, newStatus, requestedAt, newApprovals, newLentAt, newDue,
                newClosedAt, version + 1);
    }
}
