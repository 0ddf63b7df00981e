package org.propertydesk.application.confidentiality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.application.kernel.AuditTrail;
import org.propertydesk.application.kernel.Calendar;
import org.propertydesk.application.kernel.Clock;
import org.propertydesk.application.kernel.Directory;
import org.propertydesk.application.kernel.Identities;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.application.kernel.Outbox;
import org.propertydesk.application.kernel.Transactions;
import org.propertydesk.domain.confidentiality.Access;
import org.propertydesk.domain.confidentiality.AccessPolicy;
import org.propertydesk.domain.confidentiality.Approval;
import org.propertydesk.domain.confidentiality.ConfidentialityEvent;
import org.propertydesk.domain.confidentiality.ConfidentialityRejection;
import org.propertydesk.domain.confidentiality.CustodyId;
import org.propertydesk.domain.confidentiality.Departure;
import org.propertydesk.domain.confidentiality.Document;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.confidentiality.Loan;
import org.propertydesk.domain.confidentiality.LoanId;
import org.propertydesk.domain.confidentiality.Outcome;
import org.propertydesk.domain.confidentiality.SecrecyDuty;
import org.propertydesk.domain.confidentiality.SubjectDeparture;
import org.propertydesk.domain.confidentiality.TaskCustody;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Enforces;
import org.propertydesk.domain.kernel.KernelRejection;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * The records office's use cases over the ports. Each runs in one unit of work, takes the time
 * from the clock and writes access decisions — granted or denied — to the audit trail (R-CF-9)
 * before it returns.
 */
public final class RecordsOfficeService implements RecordsOffice {

    private final Directory directory;
    private final Calendar calendar;
    private final Clock clock;
    private final Identities identities;
    private final Transactions transactions;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Documents documents;
    private final Loans loans;
    private final Custodies custodies;
    private final Approvals approvals;
    private final RecordsPolicies policies;

    public RecordsOfficeService(
            Directory directory,
            Calendar calendar,
            Clock clock,
            Identities identities,
            Transactions transactions,
            Outbox outbox,
            AuditTrail audit,
            Documents documents,
            Loans loans,
            Custodies custodies,
            Approvals approvals,
            RecordsPolicies policies) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.loans = Objects.requireNonNull(loans, "loans");
        this.custodies = Objects.requireNonNull(custodies, "custodies");
        this.approvals = Objects.requireNonNull(approvals, "approvals");
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    @Override
    public Either<Rejections<ConfidentialityRejection>, DocumentId> classify(Classify command) {
        return transactions.inTransaction(() -> {
            StaffMember actor = staff(command.office(), command.actor());
            DocumentId id = new DocumentId(identities.next());
            return Document.classify(id, command.office(), command.title(), command.kind(), command.level(), command.subject(),
                            actor.id(), policies.classification(), clock.now())
                    .map(outcome -> {
                        documents.add(outcome.state());
                        publish(outcome);
                        return id;
                    });
        });
    }

    @Override
    public Either<Rejections<ConfidentialityRejection>, Document> consult(Consult command) {
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            StaffMember actor = staff(command.office(), command.actor());
            Document document = document(command.office(), command.document());
            var decision = AccessPolicy.decide(actor, document, command.access(), now,
                    approvals.forDocument(command.office(), document.id()), loans.ofBorrower(command.office(), actor.id()));
            record(command.office(), now, actor.id(), command.access().auditAction(), document.id(), decision);
            decision.forEach(granted -> outbox.enqueue(command.office(), List.of(granted)));
            return decision.map(granted -> document);
        });
    }

    @Override
    public Either<Rejections<ConfidentialityRejection>, Approval> approveCopy(OnDocument command) {
        return transactions.inTransaction(() -> {
            StaffMember actor = staff(command.office(), command.actor());
            Document document = document(command.office(), command.document());
            var approval = document.approveCopy(actor, clock.now());
            approval.forEach(given -> approvals.add(command.office(), given));
            return approval;
        });
    }

    @Override
    public Either<Rejections<ConfidentialityRejection>, LoanId> requestLoan(RequestLoan command) {
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            StaffMember actor = staff(command.office(), command.actor());
            Document document = document(command.office(), command.document());
            LoanId id = new LoanId(identities.next());
            var requested = Loan.request(id, document, actor, command.term(), now);
            record(command.office(), now, actor.id(), "document.borrow", document.id(), requested.map(outcome -> Rule.R_CF_4));
            return requested.map(outcome -> {
                loans.add(outcome.state());
                publish(outcome);
                return id;
            });
        });
    }

    @Override
    public Either<Rejections<ConfidentialityRejection>, Loan> approveLoan(ApproveLoan command) {
        return onLoan(command.office(), command.actor(), command.loan(), (loan, actor, now) ->
                loan.approve(Approval.by(actor, loan.document(), Approval.Purpose.LOAN, now, command.written())));
    }

    @Override
    public Either<Rejections<ConfidentialityRejection>, Loan> refuseLoan(OnLoan command) {
        return onLoan(command.office(), command.actor(), command.loan(), (loan, actor, now) -> loan.refuse(actor, now));
    }

    @Override
    public Either<Rejections<ConfidentialityRejection>, Loan> lend(OnLoan command) {
        return onLoan(command.office(), command.actor(), command.loan(), (loan, actor, now) ->
                loan.lend(now, policies.loans(), zone(command.office())));
    }

    @Override
    public Either<Rejections<ConfidentialityRejection>, Loan> renewLoan(OnLoan command) {
        return onLoan(command.office(), command.actor(), command.loan(), (loan, actor, now) -> loan.renew(
                Approval.givenBy(actor, loan.document(), Approval.Purpose.LOAN, now), now, policies.loans(), zone(command.office())));
    }

    @Override
    public Either<Rejections<ConfidentialityRejection>, Loan> returnLoan(OnLoan command) {
        return onLoan(command.office(), command.actor(), command.loan(), (loan, actor, now) -> loan.giveBack(now));
    }

    @Override
    public Seq<Loan> overdueLoans(OfficeId office, StaffId actor) {
        return transactions.inTransaction(() -> {
            staff(office, actor);
            Instant now = clock.now();
            return loans.out(office).filter(loan -> loan.isOverdueAt(now));
        });
    }

    @Override
    public Either<Rejections<ConfidentialityRejection>, CustodyId> handOutOriginal(OnDocument command) {
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            StaffMember actor = staff(command.office(), command.actor());
            Document document = document(command.office(), command.document());
            var decision = AccessPolicy.decide(actor, document, Access.READ, now, List.empty(), List.empty());
            record(command.office(), now, actor.id(), "original.hand-out", document.id(), decision);
            return decision.map(granted -> {
                CustodyId id = new CustodyId(identities.next());
                Outcome<TaskCustody> outcome = TaskCustody.handOut(id, command.office(), document.id(), actor.id(), now);
                custodies.add(outcome.state());
                publish(outcome);
                return id;
            });
        });
    }

    @Override
    public Either<Rejections<ConfidentialityRejection>, TaskCustody> completeTask(OnCustody command) {
        return onCustody(command, (custody, now) -> custody.completeTask(now, policies.loans()));
    }

    @Override
    public Either<Rejections<ConfidentialityRejection>, TaskCustody> returnOriginal(OnCustody command) {
        return onCustody(command, (custody, now) -> custody.giveBack(now, policies.loans()));
    }

    @Override
    public Seq<TaskCustody> overdueOriginals(OfficeId office, StaffId actor) {
        return transactions.inTransaction(() -> {
            staff(office, actor);
            Instant now = clock.now();
            return custodies.out(office).filter(custody -> custody.isOverdueAt(now, policies.loans()));
        });
    }

    @Override
    public Either<Rejections<ConfidentialityRejection>, Document> handOver(HandOver command) {
        return transactions.inTransaction(() -> {
            StaffMember actor = staff(command.office(), command.actor());
            StaffMember to = staff(command.office(), command.to());
            Document document = document(command.office(), command.document());
            return document.handOver(actor, to.id(), clock.now()).map(outcome -> save(outcome, document.version()));
        });
    }

    @Override
    public Either<Rejections<ConfidentialityRejection>, Document> destroy(Destroy command) {
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            StaffMember actor = staff(command.office(), command.actor());
            Document document = document(command.office(), command.document());
            var destroyed = document.destroy(
                    Option.some(Approval.givenBy(actor, document.id(), Approval.Purpose.DESTRUCTION, now)), command.disposal(), now,
                    policies.retention(), zone(command.office()));
            record(command.office(), now, actor.id(), "document.destroy", document.id(), destroyed.map(outcome -> Rule.R_CF_6));
            return destroyed.map(outcome -> save(outcome, document.version()));
        });
    }

    @Override
    public Either<Rejections<ConfidentialityRejection>, SecrecyDuty> recordDeparture(RecordDeparture command) {
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            OfficeId office = command.office();
            StaffMember actor = staff(office, command.actor());
            StaffMember leaver = staff(office, command.leaver());
            var completed = Departure.complete(actor, leaver.id(), now, documents.keptBy(office, leaver.id()),
                    loans.ofBorrower(office, leaver.id()), custodies.heldBy(office, leaver.id()));
            return completed.flatMap(outcome -> {
                var files = documents.personnelFilesOf(office, leaver.id()).filter(file -> !file.isDestroyed());
                var departures = files.map(file -> file.recordSubjectDeparture(new SubjectDeparture(now, command.keyPosition()))
                        .map(recorded -> save(recorded, file.version())));
                var refused = departures.filter(Either::isLeft).map(Either::getLeft);
                if (!refused.isEmpty()) {
                    return Either.left(new Rejections<>(refused.flatMap(Rejections::reasons)));
                }
                outbox.enqueue(office, outcome.events());
                return Either.right(outcome.state());
            });
        });
    }

    @Override
    public AuditVerification verifyAudit(OfficeId office) {
        return transactions.inTransaction(() ->
                new AuditVerification(audit.entries(office).size(), audit.firstTampered(office)));
    }

    @Override
    @Enforces(Rule.R_CF_9)
    public Either<Rejections<KernelRejection>, AuditVerification> verifyAudit(OfficeId office, StaffId actor) {
        return transactions.inTransaction(() -> {
            StaffMember member = staff(office, actor);
            return KernelRejection.AuditTrailReserved.mayRead(member.role())
                    ? Either.<Rejections<KernelRejection>, AuditVerification>right(
                            new AuditVerification(audit.entries(office).size(), audit.firstTampered(office)))
                    : Either.left(Rejections.of(new KernelRejection.AuditTrailReserved(actor, member.role())));
        });
    }

    @Override
    public Filing filing(OfficeId office, StaffId actor, DocumentId id) {
        return transactions.inTransaction(() -> {
            staff(office, actor);
            return Filing.of(document(office, id));
        });
    }

    @Override
    public Loan loan(OfficeId office, StaffId actor, LoanId id) {
        return transactions.inTransaction(() -> {
            staff(office, actor);
            return loans.find(office, id).getOrElseThrow(() -> new NotFound("loan", id.toString()));
        });
    }

    @Override
    public Seq<Loan> loans(OfficeId office, StaffId actor, Option<StaffId> borrower) {
        return transactions.inTransaction(() -> {
            staff(office, actor);
            Seq<Loan> found = borrower.isDefined() ? loans.ofBorrower(office, borrower.get()) : loans.out(office);
            return found.sorted(java.util.Comparator.comparing(Loan::requestedAt).thenComparing(loan -> loan.id().value()));
        });
    }

    @Override
    public TaskCustody custody(OfficeId office, StaffId actor, CustodyId id) {
        return transactions.inTransaction(() -> {
            staff(office, actor);
            return custodies.find(office, id).getOrElseThrow(() -> new NotFound("custody", id.toString()));
        });
    }

    @Override
    public Seq<TaskCustody> custodies(OfficeId office, StaffId actor, Option<StaffId> holder) {
        return transactions.inTransaction(() -> {
            staff(office, actor);
            Seq<TaskCustody> found = holder.isDefined() ? custodies.heldBy(office, holder.get()) : custodies.out(office);
            return found.sorted(java.util.Comparator.comparing(TaskCustody::handedOutAt)
                    .thenComparing(custody -> custody.id().value()));
        });
    }

    // ---- helpers ---------------------------------------------------------------------------

    @FunctionalInterface
    private interface LoanStep {
        Either<Rejections<ConfidentialityRejection>, Outcome<Loan>> apply(Loan loan, StaffMember actor, Instant now);
    }

    private Either<Rejections<ConfidentialityRejection>, Loan> onLoan(OfficeId office, StaffId actorId, LoanId id, LoanStep step) {
        return transactions.inTransaction(() -> {
            StaffMember actor = staff(office, actorId);
            Loan loan = loans.find(office, id).getOrElseThrow(() -> new NotFound("loan", id.toString()));
            return step.apply(loan, actor, clock.now()).map(outcome -> {
                loans.update(outcome.state(), loan.version());
                publish(outcome);
                return outcome.state();
            });
        });
    }

    @FunctionalInterface
    private interface CustodyStep {
        Either<Rejections<ConfidentialityRejection>, Outcome<TaskCustody>> apply(TaskCustody custody, Instant now);
    }

    private Either<Rejections<ConfidentialityRejection>, TaskCustody> onCustody(OnCustody command, CustodyStep step) {
        return transactions.inTransaction(() -> {
            staff(command.office(), command.actor());
            TaskCustody custody = custodies.find(command.office(), command.custody())
                    .getOrElseThrow(() -> new NotFound("custody", command.custody().toString()));
            return step.apply(custody, clock.now()).map(outcome -> {
                custodies.update(outcome.state(), custody.version());
                publish(outcome);
                return outcome.state();
            });
        });
    }

    private Document save(Outcome<Document> outcome, long expectedVersion) {
        documents.update(outcome.state(), expectedVersion);
        publish(outcome);
        return outcome.state();
    }

    private void publish(Outcome<?> outcome) {
        if (!outcome.events().isEmpty()) {
            outbox.enqueue(outcome.events().head().office(), outcome.events());
        }
    }

    /** One audit entry per decision, granted or denied, naming the rule that decided (R-CF-9). */
    @Enforces(Rule.R_CF_9)
    private void record(
            OfficeId office, Instant at, StaffId actor, String action, DocumentId document,
            Either<Rejections<ConfidentialityRejection>, ?> decision) {
        Option<Rule> rule;
        AuditEvent.Outcome outcome;
        if (decision.isRight()) {
            outcome = AuditEvent.Outcome.GRANTED;
            Object granted = decision.get();
            rule = granted instanceof ConfidentialityEvent.AccessGranted
                    ? Option.some(((ConfidentialityEvent.AccessGranted) granted).decidedBy())
                    : granted instanceof Rule ? Option.some((Rule) granted) : Option.none();
        } else {
            outcome = AuditEvent.Outcome.DENIED;
            rule = Option.some(decision.getLeft().reasons().head().rule());
        }
        audit.append(new AuditEvent(office, at, actor, action, subject(office, document), outcome, rule));
    }

    static String subject(OfficeId office, DocumentId document) {
        return "offices/" + office + "/documents/" + document;
    }

    private StaffMember staff(OfficeId office, StaffId id) {
        return directory.staffMember(office, id).getOrElseThrow(() -> new NotFound("staff member", id.toString()));
    }

    private Document document(OfficeId office, DocumentId id) {
        return documents.find(office, id).getOrElseThrow(() -> new NotFound("document", id.toString()));
    }

    private ZoneId zone(OfficeId office) {
        return calendar.of(office).map(BusinessCalendar::zone).getOrElseThrow(() -> new NotFound("calendar", office.toString()));
    }
}
