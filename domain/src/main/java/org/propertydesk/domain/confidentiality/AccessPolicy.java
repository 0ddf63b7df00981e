package org.propertydesk.domain.confidentiality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * The access decision: one pure function of who asks (role, clearance, office), the document, what
 * they want to do, when, and the approvals and loans on record. It grants or denies and names the
 * rule that decided; the records office writes every decision, either way, to the audit trail
 * (R-CF-9).
 *
 * <ul>
 *   <li>K-1: only staff of the document's office.
 *   <li>R-CF-2: circulation by clearance — reading above one's clearance is denied.
 *   <li>R-CF-8: nobody reads another person's personnel file, whatever their clearance, custodians
 *       included.
 *   <li>R-CF-3: a classified document is copied or excerpted only with the approval of someone
 *       cleared for its level.
 *   <li>R-CF-4: it leaves the records office only on the actor's own current loan.
 *   <li>R-CF-6: a destroyed document is not available.
 * </ul>
 */
public final class AccessPolicy {

    private AccessPolicy() {}

    public static Either<Rejections<ConfidentialityRejection>, ConfidentialityEvent.AccessGranted> decide(
            StaffMember actor, Document document, Access access, Instant at, Seq<Approval> approvals, Seq<Loan> loans) {
        List<ConfidentialityRejection> reasons = List.empty();
        if (!actor.office().equals(document.office())) {
            reasons = reasons.append(new ConfidentialityRejection.OutsideOffice(actor.id(), actor.office(), document.id()));
        }
        if (document.isDestroyed()) {
            reasons = reasons.append(new ConfidentialityRejection.DocumentDestroyed(document.id()));
        }
        if (document.isPersonnelFileOfSomeoneOtherThan(actor.id())) {
            reasons = reasons.append(new ConfidentialityRejection.AnotherPersonsPersonnelFile(
                    actor.id(), document.id(), document.subject().get()));
        }
        if (!actor.clearedFor(document.level())) {
            reasons = reasons.append(new ConfidentialityRejection.AboveClearance(
                    actor.id(), actor.clearance(), document.id(), document.level()));
        }
        if (access.reproduces() && document.isClassified() && !copyApproved(document, at, approvals)) {
            reasons = reasons.append(new ConfidentialityRejection.CopyNotApproved(document.id(), document.level(), access));
        }
        if (access == Access.TAKE_OUT && !loans.exists(loan -> loan.lets(actor.id(), document.id(), at))) {
            reasons = reasons.append(new ConfidentialityRejection.NoCurrentLoan(actor.id(), document.id(), at));
        }
        return Rejections.unless(reasons, () -> new ConfidentialityEvent.AccessGranted(
                document.office(), actor.id(), document.id(), access, document.level(), grantingRule(document, access), at));
    }

    /** Whether {@code actor} may read {@code document}: the "no read up" rule with R-CF-8. */
    public static boolean mayRead(StaffMember actor, Document document) {
        return actor.office().equals(document.office())
                && !document.isDestroyed()
                && actor.clearedFor(document.level())
                && !document.isPersonnelFileOfSomeoneOtherThan(actor.id());
    }

    private static boolean copyApproved(Document document, Instant at, Seq<Approval> approvals) {
        return approvals.exists(approval -> approval.covers(document.id(), Approval.Purpose.COPY, at)
                && approval.clearance().covers(document.level()));
    }

    private static Rule grantingRule(Document document, Access access) {
        if (access == Access.TAKE_OUT) {
            return Rule.R_CF_4;
        }
        if (access.reproduces() && document.isClassified()) {
            return Rule.R_CF_3;
        }
        if (document.kind() == DocumentKind.PERSONNEL_FILE) {
            return Rule.R_CF_8;
        }
        return Rule.R_CF_2;
    }
}
