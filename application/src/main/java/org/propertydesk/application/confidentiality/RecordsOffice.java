package org.propertydesk.application.confidentiality;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.propertydesk.domain.confidentiality.Access;
import org.propertydesk.domain.confidentiality.Approval;
import org.propertydesk.domain.confidentiality.ConfidentialityRejection;
import org.propertydesk.domain.confidentiality.CustodyId;
import org.propertydesk.domain.confidentiality.Destruction;
import org.propertydesk.domain.confidentiality.Disposal;
import org.propertydesk.domain.confidentiality.Document;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.confidentiality.DocumentKind;
import org.propertydesk.domain.confidentiality.Loan;
import org.propertydesk.domain.confidentiality.LoanId;
import org.propertydesk.domain.confidentiality.LoanTerm;
import org.propertydesk.domain.confidentiality.SecrecyDuty;
import org.propertydesk.domain.confidentiality.TaskCustody;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.KernelRejection;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;

/**
 * What the records office does for its staff. Every command names the office and the acting staff
 * member, who is looked up in the directory (an unknown one, or one of another office, is
 * {@link org.propertydesk.application.kernel.NotFound}). Every access decision — read, copy,
 * excerpt, take-out, borrow, hand-out for a task — is written to the audit trail whether granted
 * or denied (R-CF-9).
 */
@PrimaryPort
public interface RecordsOffice {

    /** Registers a document, kept by the actor, at its kind's level or higher (R-CF-1). */
    Either<Rejections<ConfidentialityRejection>, DocumentId> classify(Classify command);

    /** Reads, copies, excerpts or takes out a document: the access decision, audited (R-CF-2, R-CF-3, R-CF-8, R-CF-9). */
    Either<Rejections<ConfidentialityRejection>, Document> consult(Consult command);

    /** The actor approves copying or excerpting a document (R-CF-3). */
    Either<Rejections<ConfidentialityRejection>, Approval> approveCopy(OnDocument command);

    /** The actor asks to borrow a document; an access decision, audited (R-CF-4, R-CF-9). */
    Either<Rejections<ConfidentialityRejection>, LoanId> requestLoan(RequestLoan command);

    /** The actor approves a loan, on a written note or not (R-CF-4). */
    Either<Rejections<ConfidentialityRejection>, Loan> approveLoan(ApproveLoan command);

    Either<Rejections<ConfidentialityRejection>, Loan> refuseLoan(OnLoan command);

    /** Hands the document out once approved (R-CF-4). */
    Either<Rejections<ConfidentialityRejection>, Loan> lend(OnLoan command);

    /** The actor, as approver, renews a loan before it is due (R-CF-4). */
    Either<Rejections<ConfidentialityRejection>, Loan> renewLoan(OnLoan command);

    Either<Rejections<ConfidentialityRejection>, Loan> returnLoan(OnLoan command);

    /** Loans out past their due instant now (R-CF-4). */
    Seq<Loan> overdueLoans(OfficeId office, StaffId actor);

    /** The actor takes an original out for a task; an access decision, audited (R-CF-5, R-CF-9). */
    Either<Rejections<ConfidentialityRejection>, CustodyId> handOutOriginal(OnDocument command);

    Either<Rejections<ConfidentialityRejection>, TaskCustody> completeTask(OnCustody command);

    Either<Rejections<ConfidentialityRejection>, TaskCustody> returnOriginal(OnCustody command);

    /** Originals whose task was done more than 24 h ago and that are not back (R-CF-5). */
    Seq<TaskCustody> overdueOriginals(OfficeId office, StaffId actor);

    /** The custodian (or office manager) passes a document to another keeper (R-CF-10). */
    Either<Rejections<ConfidentialityRejection>, Document> handOver(HandOver command);

    /** The actor, as approver, destroys a document (R-CF-6, R-CF-7); audited. */
    Either<Rejections<ConfidentialityRejection>, Document> destroy(Destroy command);

    /**
     * A staff member leaves: refused while they hold anything (R-CF-10); otherwise their personnel
     * files start their retention (R-CF-7) and the secrecy duty that outlasts employment is returned.
     */
    Either<Rejections<ConfidentialityRejection>, SecrecyDuty> recordDeparture(RecordDeparture command);

    /**
     * Whether the office's audit trail is intact, and where it was first tampered with (R-CF-9), for
     * the office's own tooling; a staff member asks through {@link #verifyAudit(OfficeId, StaffId)}.
     */
    AuditVerification verifyAudit(OfficeId office);

    /**
     * {@link #verifyAudit(OfficeId)} asked by {@code actor}: like reading the trail, only for the
     * office manager and company leadership (R-CF-9).
     */
    Either<Rejections<KernelRejection>, AuditVerification> verifyAudit(OfficeId office, StaffId actor);

    // ---- reads that decide no access: nothing in them is a document's title or subject ----------

    /**
     * What any staff member of the office may know of a document without reading it — kind, level,
     * keeper, whether it was destroyed, its version — never its title or whose personnel file it is
     * (R-CF-2, R-CF-8). Reading the document itself is {@link #consult}.
     */
    Filing filing(OfficeId office, StaffId actor, DocumentId document);

    Loan loan(OfficeId office, StaffId actor, LoanId loan);

    /** The loans now out (R-CF-4), or, for a borrower, every loan of theirs; oldest request first. */
    Seq<Loan> loans(OfficeId office, StaffId actor, Option<StaffId> borrower);

    TaskCustody custody(OfficeId office, StaffId actor, CustodyId custody);

    /** The originals not yet back (R-CF-5), or, for a holder, every hand-out to them; oldest first. */
    Seq<TaskCustody> custodies(OfficeId office, StaffId actor, Option<StaffId> holder);

    /**
     * A document as anyone in its office may see it (see {@link #filing}).
     *
     * @param version the document's version, which every change moves on by one
     */
    record Filing(DocumentId document, DocumentKind kind, ClearanceLevel level, StaffId custodian,
            Option<Destruction> destruction, long version) {
        public Filing {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(custodian, "custodian");
            Objects.requireNonNull(destruction, "destruction");
        }

        /** The filing of {@code document}: everything but its title, subject and the subject's departure. */
        public static Filing of(Document document) {
            return new Filing(document.id(), document.kind(), document.level(), document.custodian(),
                    document.destruction(), document.version());
        }
    }

    record Classify(
            OfficeId office, StaffId actor, String title, DocumentKind kind, Option<ClearanceLevel> level, Option<StaffId> subject) {
        public Classify {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(subject, "subject");
        }
    }

    record Consult(OfficeId office, StaffId actor, DocumentId document, Access access) {
        public Consult {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(access, "access");
        }
    }

    record OnDocument(OfficeId office, StaffId actor, DocumentId document) {
        public OnDocument {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(document, "document");
        }
    }

    record RequestLoan(OfficeId office, StaffId actor, DocumentId document, LoanTerm term) {
        public RequestLoan {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(term, "term");
        }
    }

    record ApproveLoan(OfficeId office, StaffId actor, LoanId loan, boolean written) {
        public ApproveLoan {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(loan, "loan");
        }
    }

    record OnLoan(OfficeId office, StaffId actor, LoanId loan) {
        public OnLoan {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(loan, "loan");
        }
    }

    record OnCustody(OfficeId office, StaffId actor, CustodyId custody) {
        public OnCustody {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(custody, "custody");
        }
    }

    record HandOver(OfficeId office, StaffId actor, DocumentId document, StaffId to) {
        public HandOver {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(to, "to");
        }
    }

    record Destroy(OfficeId office, StaffId actor, DocumentId document, Disposal disposal) {
        public Destroy {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(disposal, "disposal");
        }
    }

    record RecordDeparture(OfficeId office, StaffId actor, StaffId leaver, boolean keyPosition) {
        public RecordDeparture {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(leaver, "leaver");
        }
    }

    /**
     * @param entries       how many entries the office's trail holds
     * @param firstTampered the sequence number of the first entry that does not follow from those before
     */
    record AuditVerification(long entries, Option<Long> firstTampered) {
        public boolean intact() {
            return firstTampered.isEmpty();
        }
    }
}
