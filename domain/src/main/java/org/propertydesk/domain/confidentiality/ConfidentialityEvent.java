package org.propertydesk.domain.confidentiality;

import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;

/** What happened in the records office, with typed ids and the instant. */
public sealed interface ConfidentialityEvent extends DomainEvent {

    OfficeId office();

    Instant at();

    record DocumentClassified(OfficeId office, DocumentId document, DocumentKind kind, ClearanceLevel level, Instant at)
            implements ConfidentialityEvent {}

    record CustodyHandedOver(OfficeId office, DocumentId document, StaffId from, StaffId to, Instant at)
            implements ConfidentialityEvent {}

    record SubjectDeparted(OfficeId office, DocumentId document, StaffId subject, Instant at, boolean keyPosition)
            implements ConfidentialityEvent {}

    record DocumentDestroyed(OfficeId office, DocumentId document, Disposal disposal, StaffId approvedBy, Instant at)
            implements ConfidentialityEvent {}

    /** An access decision that granted; denials are rejections, and both go to the audit trail (R-CF-9). */
    record AccessGranted(
            OfficeId office, StaffId actor, DocumentId document, Access access, ClearanceLevel level, Rule decidedBy, Instant at)
            implements ConfidentialityEvent {}

    record LoanRequested(OfficeId office, LoanId loan, DocumentId document, StaffId borrower, LoanTerm term, Instant at)
            implements ConfidentialityEvent {}

    record LoanApproved(OfficeId office, LoanId loan, StaffId approver, boolean written, Instant at)
            implements ConfidentialityEvent {}

    record LoanRefused(OfficeId office, LoanId loan, StaffId refusedBy, Instant at) implements ConfidentialityEvent {}

    record DocumentLent(OfficeId office, LoanId loan, DocumentId document, StaffId borrower, Instant due, Instant at)
            implements ConfidentialityEvent {}

    record LoanRenewed(OfficeId office, LoanId loan, Instant previousDue, Instant due, Instant at)
            implements ConfidentialityEvent {}

    record LoanReturned(OfficeId office, LoanId loan, DocumentId document, boolean late, Instant at)
            implements ConfidentialityEvent {}

    record OriginalHandedOut(OfficeId office, CustodyId custody, DocumentId document, StaffId holder, Instant at)
            implements ConfidentialityEvent {}

    record TaskCompleted(OfficeId office, CustodyId custody, Instant returnDue, Instant at) implements ConfidentialityEvent {}

    record CopyKept(OfficeId office, CustodyId custody, String need, Instant at) implements ConfidentialityEvent {}

    record OriginalReturned(OfficeId office, CustodyId custody, DocumentId document, boolean late, Instant at)
            implements ConfidentialityEvent {}

    /** Everything handed back; the duty of secrecy continues (R-CF-10). */
    record StaffDeparted(OfficeId office, StaffId staff, Instant at) implements ConfidentialityEvent {}
}
