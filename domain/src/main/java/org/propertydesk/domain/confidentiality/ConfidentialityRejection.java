package org.propertydesk.domain.confidentiality;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.Rejection;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;

/**
 * Why the records office refused: one record per reason, each naming its rule. Those that mean
 * "not you" (office, clearance, someone else's personnel file, an approver without standing) are
 * also {@link PermissionRejection}s.
 */
public sealed interface ConfidentialityRejection extends Rejection {

    /** Registering a document needs a title to find it by (R-CF-1). */
    record UntitledDocument() implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_1;
        }

        @Override
        public String reason() {
            return "a document needs a title";
        }
    }

    /** A document is never graded below its kind's level (R-CF-1). */
    record BelowMinimumLevel(DocumentKind kind, ClearanceLevel level, ClearanceLevel minimum) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_1;
        }

        @Override
        public String reason() {
            return "a " + kind + " is graded at least " + minimum + ", not " + level;
        }
    }

    /** A personnel file names the staff member it is about, so that nobody else reads it (R-CF-8). */
    record PersonnelFileWithoutSubject() implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_8;
        }

        @Override
        public String reason() {
            return "a personnel file must name the staff member it is about";
        }
    }

    /** Only a personnel file is about a staff member (R-CF-8). */
    record SubjectOutsidePersonnelFile(DocumentKind kind) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_8;
        }

        @Override
        public String reason() {
            return "only a personnel file names a staff member it is about, not a " + kind;
        }
    }

    /** Only a personnel file records its subject's departure (R-CF-7). */
    record NotAPersonnelFile(DocumentId document, DocumentKind kind) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_7;
        }

        @Override
        public String reason() {
            return "document " + document + " is a " + kind + ", not a personnel file";
        }
    }

    /** A destroyed document is gone: nothing more is done with it (R-CF-6). */
    record DocumentDestroyed(DocumentId document) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_6;
        }

        @Override
        public String reason() {
            return "document " + document + " has been destroyed";
        }
    }

    /** Only the office manager approves destroying an archive (R-CF-6). */
    record DestructionNotApproved(DocumentId document, Option<StaffId> approver, Option<Role> approverRole) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_6;
        }

        @Override
        public String reason() {
            return "destroying document " + document + " needs the office manager's approval" + approver.map(by -> ", not that of " + by + " (" + approverRole.get() + ")").getOrElse("");
        }
    }

    /** Classified waste is destroyed, never thrown away (R-CF-6). */
    record ClassifiedWasteDiscarded(DocumentId document, ClearanceLevel level) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_6;
        }

        @Override
        public String reason() {
            return "document " + document + " is " + level + " and must be shredded or incinerated, not discarded";
        }
    }

    /** A serving staff member's personnel file is kept; retention starts at departure (R-CF-7). */
    record SubjectStillEmployed(DocumentId document, StaffId subject) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_7;
        }

        @Override
        public String reason() {
            return "personnel file " + document + " belongs to " + subject + ", who has not left; it is kept";
        }
    }

    /** A departed staff member's file is kept 2 years, a key position's 3 (R-CF-7). */
    record RetentionNotOver(DocumentId document, Instant retainedUntil, Instant at) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_7;
        }

        @Override
        public String reason() {
            return "personnel file " + document + " must be kept until " + retainedUntil + "; it cannot be destroyed at " + at;
        }
    }

    /** Records are read only by staff of the office that keeps them (K-1). */
    record OutsideOffice(StaffId staff, OfficeId staffOffice, DocumentId document) implements ConfidentialityRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.K_1;
        }

        @Override
        public String reason() {
            return "staff member " + staff + " of office " + staffOffice + " has no access to document " + document + " of another office";
        }
    }

    /** Nobody reads another person's personnel file, custodians included (R-CF-8). */
    record AnotherPersonsPersonnelFile(StaffId staff, DocumentId document, StaffId subject) implements ConfidentialityRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_8;
        }

        @Override
        public String reason() {
            return "staff member " + staff + " may not read personnel file " + document + " of " + subject;
        }
    }

    /** Reading above one's clearance is denied (R-CF-2). */
    record AboveClearance(StaffId staff, ClearanceLevel clearance, DocumentId document, ClearanceLevel level) implements ConfidentialityRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_2;
        }

        @Override
        public String reason() {
            return "staff member " + staff + " is cleared for " + clearance + " but document " + document + " is " + level;
        }
    }

    /** A classified document is copied or excerpted only with the approval of someone cleared for its level (R-CF-3). */
    record CopyNotApproved(DocumentId document, ClearanceLevel level, Access access) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_3;
        }

        @Override
        public String reason() {
            return "to " + access + " document " + document + " (" + level + ") needs the approval of someone cleared for " + level;
        }
    }

    /** Only someone cleared for a document's level may approve copying it (R-CF-3). */
    record ApproverNotCleared(StaffId approver, ClearanceLevel clearance, DocumentId document, ClearanceLevel level)
            implements ConfidentialityRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_3;
        }

        @Override
        public String reason() {
            return "staff member " + approver + " is cleared for " + clearance + " and cannot approve copying document " + document
                    + ", which is " + level;
        }
    }

    /** A document leaves the records office only on the actor's own current loan (R-CF-4). */
    record NoCurrentLoan(StaffId staff, DocumentId document, Instant at) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_4;
        }

        @Override
        public String reason() {
            return "staff member " + staff + " has no current loan of document " + document + " at " + at;
        }
    }

    /** A classified document is returned the day it is lent (R-CF-4). */
    record ClassifiedLoanBeyondTheDay(DocumentId document, ClearanceLevel level, LoanTerm term) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_4;
        }

        @Override
        public String reason() {
            return "document " + document + " is " + level + " and is lent for the day only, not " + term;
        }
    }

    /** An approval counts only for the loan of its document (R-CF-4). */
    record ApprovalForSomethingElse(LoanId loan, DocumentId document, Approval.Purpose purpose) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_4;
        }

        @Override
        public String reason() {
            return "the approval is for " + purpose + " of document " + document + ", not for loan " + loan;
        }
    }

    /** Loans are approved by the office manager; a CCTV loan also by a department head (R-CF-4). */
    record NotEntitledToApproveLoan(LoanId loan, StaffId approver, Role role) implements ConfidentialityRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_4;
        }

        @Override
        public String reason() {
            return "staff member " + approver + " (" + role + ") cannot approve loan " + loan;
        }
    }

    /** A CCTV recording is lent only on written notes (批条) (R-CF-4). */
    record CctvNoteNotWritten(LoanId loan, StaffId approver) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_4;
        }

        @Override
        public String reason() {
            return "CCTV loan " + loan + " needs a written note from " + approver;
        }
    }

    /** Nothing is handed out before every required approval is in (R-CF-4). */
    record LoanNotApproved(LoanId loan, Seq<Role> missing) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_4;
        }

        @Override
        public String reason() {
            return "loan " + loan + " still needs the approval of " + missing.mkString(" and ");
        }
    }

    /** A classified document's same-day loan cannot be extended (R-CF-4). */
    record SameDayLoanNotRenewable(LoanId loan) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_4;
        }

        @Override
        public String reason() {
            return "loan " + loan + " is for the day only and cannot be renewed";
        }
    }

    /** A renewal is asked for before the due date (R-CF-4). */
    record RenewalAfterDue(LoanId loan, Instant due, Instant at) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_4;
        }

        @Override
        public String reason() {
            return "loan " + loan + " was due at " + due + "; a renewal at " + at + " comes too late";
        }
    }

    /** The loan's lifecycle does not allow the step (R-CF-4). */
    record LoanNotInState(LoanId loan, LoanStatus status, String action) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_4;
        }

        @Override
        public String reason() {
            return "loan " + loan + " is " + status + " and cannot " + action;
        }
    }

    /** No copy of an original is kept without a work need (R-CF-5). */
    record CopyWithoutNeed(CustodyId custody, DocumentId document) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_5;
        }

        @Override
        public String reason() {
            return "a copy of document " + document + " is kept only for a stated work need";
        }
    }

    /** The custody's lifecycle does not allow the step (R-CF-5). */
    record CustodyNotInState(CustodyId custody, CustodyStatus status, String action) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_5;
        }

        @Override
        public String reason() {
            return "original hand-out " + custody + " is " + status + " and cannot " + action;
        }
    }

    /** Only the custodian, or the office manager, passes a document to another keeper (R-CF-10). */
    record NotCustodian(StaffId staff, DocumentId document, StaffId custodian)
            implements ConfidentialityRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_10;
        }

        @Override
        public String reason() {
            return "document " + document + " is kept by " + custodian + ", not by " + staff;
        }
    }

    /** The hand-back is received by the office manager or an administration and HR manager (R-CF-10). */
    record NotEntitledToRecordDeparture(StaffId staff, Role role, Department department)
            implements ConfidentialityRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_10;
        }

        @Override
        public String reason() {
            return "staff member " + staff + " (" + role + ", " + department + ") cannot record a departure";
        }
    }

    /** A leaver hands back every document they keep (R-CF-10). */
    record StillCustodian(StaffId staff, DocumentId document) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_10;
        }

        @Override
        public String reason() {
            return "staff member " + staff + " still keeps document " + document + "; hand it to the designated keeper";
        }
    }

    /** A leaver returns every loan (R-CF-10). */
    record StillBorrowing(StaffId staff, LoanId loan, DocumentId document) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_10;
        }

        @Override
        public String reason() {
            return "staff member " + staff + " still has document " + document + " on loan " + loan;
        }
    }

    /** A leaver returns every original held for a task (R-CF-10). */
    record StillHoldsOriginal(StaffId staff, CustodyId custody, DocumentId document) implements ConfidentialityRejection {
        @Override
        public Rule rule() {
            return Rule.R_CF_10;
        }

        @Override
        public String reason() {
            return "staff member " + staff + " still holds the original of document " + document + " (" + custody + ")";
        }
    }
}
