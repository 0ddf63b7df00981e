package org.propertydesk.domain.confidentiality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * The departure hand-back (R-CF-10, 离职交接): a leaver hands back every working document they keep,
 * every loan they have out and every original they hold for a task, and remains bound to secrecy.
 */
public final class Departure {

    private Departure() {}

    /** What {@code leaver} still holds, one reason per item; empty when they may go. */
    public static Seq<ConfidentialityRejection> stillHeld(
            StaffId leaver, Seq<Document> documents, Seq<Loan> loans, Seq<TaskCustody> custodies) {
        Seq<ConfidentialityRejection> kept = documents
                .filter(document -> document.custodian().equals(leaver) && !document.isDestroyed())
                .map(document -> new ConfidentialityRejection.StillCustodian(leaver, document.id()));
        Seq<ConfidentialityRejection> borrowed = loans
                .filter(loan -> loan.borrower().equals(leaver) && loan.isOut())
                .map(loan -> new ConfidentialityRejection.StillBorrowing(leaver, loan.id(), loan.document()));
        Seq<ConfidentialityRejection> originals = custodies
                .filter(custody -> custody.holder().equals(leaver) && custody.isOut())
                .map(custody -> new ConfidentialityRejection.StillHoldsOriginal(leaver, custody.id(), custody.document()));
        return List.<ConfidentialityRejection>empty().appendAll(kept).appendAll(borrowed).appendAll(originals);
    }

    /**
     * Completes the departure once nothing is held, naming every item still out otherwise. The
     * outcome is the secrecy duty that outlasts employment.
     */
    public static Either<Rejections<ConfidentialityRejection>, Outcome<SecrecyDuty>> complete(
            OfficeId office, StaffId leaver, Instant at, Seq<Document> documents, Seq<Loan> loans, Seq<TaskCustody> custodies) {
        return Rejections.unless(stillHeld(leaver, documents, loans, custodies), () -> Outcome.of(
                new SecrecyDuty(office, leaver, at, Option.none()),
                new ConfidentialityEvent.StaffDeparted(office, leaver, at)));
    }

    /**
     * As {@link #complete(OfficeId, StaffId, Instant, Seq, Seq, Seq)}, recorded by {@code by}: the
     * office manager or a manager of administration and HR (行政人事部), who receive the hand-back.
     */
    public static Either<Rejections<ConfidentialityRejection>, Outcome<SecrecyDuty>> complete(
            StaffMember by, StaffId leaver, Instant at, Seq<Document> documents, Seq<Loan> loans, Seq<TaskCustody> custodies) {
        boolean entitled = by.role() == Role.OFFICE_MANAGER
                || by.role() == Role.COMPANY_LEADERSHIP
                || (by.department() == Department.ADMINISTRATION_HR && by.role().isManagerial());
        Seq<ConfidentialityRejection> reasons = entitled
                ? List.empty()
                : List.of(new ConfidentialityRejection.NotEntitledToRecordDeparture(by.id(), by.role(), by.department()));
        reasons = reasons.appendAll(stillHeld(leaver, documents, loans, custodies));
        OfficeId office = by.office();
        return Rejections.unless(reasons, () -> Outcome.of(
                new SecrecyDuty(office, leaver, at, Option.none()),
                new ConfidentialityEvent.StaffDeparted(office, leaver, at)));
    }
}
