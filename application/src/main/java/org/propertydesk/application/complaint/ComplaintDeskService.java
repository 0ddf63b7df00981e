package org.propertydesk.application.complaint;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BiFunction;
import org.propertydesk.application.kernel.Calendar;
import org.propertydesk.application.kernel.Clock;
import org.propertydesk.application.kernel.Directory;
import org.propertydesk.application.kernel.Identities;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.application.kernel.Outbox;
import org.propertydesk.application.kernel.Transactions;
import org.propertydesk.domain.complaint.ClassificationSuggester;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintEvent;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.ComplaintOutcome;
import org.propertydesk.domain.complaint.ComplaintPolicy;
import org.propertydesk.domain.complaint.ComplaintRejection;
import org.propertydesk.domain.complaint.EscalationTrigger;
import org.propertydesk.domain.complaint.HandledRate;
import org.propertydesk.domain.complaint.QueueItem;
import org.propertydesk.domain.complaint.RecurringProblem;
import org.propertydesk.domain.complaint.RecurringProblems;
import org.propertydesk.domain.complaint.Suggestion;
import org.propertydesk.domain.complaint.WorkQueue;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/** The {@link ComplaintDesk}: each use case in one unit of work, time from the clock, events to the outbox. */
public final class ComplaintDeskService implements ComplaintDesk {

    private final Complaints complaints;
    private final PaymentStatus payments;
    private final ComplaintPolicies policies;
    private final Directory directory;
    private final Calendar calendars;
    private final Clock clock;
    private final Identities identities;
    private final Transactions transactions;
    private final Outbox outbox;
    private final ClassificationSuggester suggester;

    public ComplaintDeskService(
            Complaints complaints,
            PaymentStatus payments,
            ComplaintPolicies policies,
            Directory directory,
            Calendar calendars,
            Clock clock,
            Identities identities,
            Transactions transactions,
            Outbox outbox,
            ClassificationSuggester suggester) {
        this.complaints = Objects.requireNonNull(complaints, "complaints");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.suggester = Objects.requireNonNull(suggester, "suggester");
    }

    /** The desk with the lexicon shipped with PropertyDesk. */
    public ComplaintDeskService(
            Complaints complaints,
            PaymentStatus payments,
            ComplaintPolicies policies,
            Directory directory,
            Calendar calendars,
            Clock clock,
            Identities identities,
            Transactions transactions,
            Outbox outbox) {
        this(complaints, payments, policies, directory, calendars, clock, identities, transactions, outbox,
                BundledLexicon.suggester());
    }

    /**
     * Registers in one unit of work that reads only what the rules need: the actor, the office's
     * policy, the superior line only for an important complaint (R-CO-7), and one read of the
     * complaints about the same matter in the longer of the repeat (R-CO-5) and recurrence (R-CO-8)
     * windows, which decides both: a repeat is the same complainant's, a recurring problem
     * everyone's, and the new complaint joins the matter's group in memory instead of a read-back.
     */
    @Override
    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> register(Register command) {
        return transactions.inTransaction(() -> {
            OfficeId office = command.office();
            StaffMember actor = actor(office, command.actor());
            Instant now = clock.now();
            ComplaintPolicy policy = policies.of(office);
            Either<Rejections<ComplaintRejection>, ComplainantId> complainant = ComplainantId.of(command.complainant());
            if (complainant.isLeft()) {
                return Either.left(complainant.getLeft());
            }
            Option<StaffId> supervisor = command.facts().important() ? supervisorFor(office, actor) : Option.none();
            Either<Rejections<ComplaintRejection>, ComplaintOutcome> registered = Complaint.register(
                    new ComplaintId(identities.next()), office, complainant.get(), command.facts(), actor, supervisor, now);
            return registered.map(outcome -> {
                Complaint complaint = outcome.complaint();
                Seq<ComplaintEvent> events = outcome.events();
                Seq<Complaint> sameMatter = complaints.aboutMatter(office, complaint.matter(), now.minus(longer(policy)), now);
                Option<ComplaintId> earlier = complaint.raisesAgain(sameMatter, policy);
                if (earlier.isDefined()) {
                    ComplaintOutcome escalated = complaint.escalate(new EscalationTrigger.RaisedAgain(earlier.get()), now);
                    complaint = escalated.complaint();
                    events = events.appendAll(escalated.events());
                }
                complaints.add(complaint);
                outbox.enqueue(office, events);
                ComplaintId id = complaint.id();
                Seq<RecurringProblem> signals = RecurringProblems.at(sameMatter.append(complaint), policy, now)
                        .filter(signal -> signal.complaints().contains(id));
                outbox.enqueue(office, signals);
                return new ComplaintOutcome(complaint, events);
            });
        });
    }

    /** The window one read of a matter must cover to decide both a repeat and a recurrence. */
    private static Duration longer(ComplaintPolicy policy) {
        return policy.repeatWindow().compareTo(policy.recurrenceWindow()) >= 0 ? policy.repeatWindow() : policy.recurrenceWindow();
    }

    @Override
    public Option<Suggestion> suggest(String text) {
        return suggester.suggest(text);
    }

    @Override
    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> correct(Correct command) {
        return change(command.office(), command.actor(), command.complaint(),
                (complaint, actor) -> complaint.correct(actor, command.to(), command.reason(), clock.now()));
    }

    @Override
    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> advance(Advance command) {
        return change(command.office(), command.actor(), command.complaint(), (complaint, actor) -> {
            Instant now = clock.now();
            switch (command.step()) {
                case DETERMINE_NATURE:
                    return complaint.determineNature(actor, now);
                case HEAD_ON_SITE:
                    return complaint.headOnSite(actor, now);
                case HEAD_HANDLES:
                    return complaint.headHandles(actor, now);
                case CONFIRM_IDENTITY:
                    return complaint.confirmIdentity(actor, now);
                case CHECK_PAYMENT_STATUS:
                    return complaint.checkPaymentStatus(actor, payments.of(command.office(), complaint.complainant()), now);
                case REPAIRER_ON_SITE:
                    return complaint.repairerOnSite(actor, now);
                case REPAIR_COMPLETED:
                    return complaint.repairCompleted(actor, now);
                case RESIDENT_AVAILABLE:
                    return complaint.residentAvailable(actor, now);
                default:
                    return complaint.close(actor, now);
            }
        });
    }

    @Override
    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> determineDepartment(AssignDepartment command) {
        return change(command.office(), command.actor(), command.complaint(),
                (complaint, actor) -> complaint.determineDepartment(actor, command.department(), clock.now()));
    }

    @Override
    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> refer(AssignDepartment command) {
        return change(command.office(), command.actor(), command.complaint(),
                (complaint, actor) -> complaint.refer(actor, command.department(), clock.now()));
    }

    @Override
    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> reply(ReplyTo command) {
        return change(command.office(), command.actor(), command.complaint(),
                (complaint, actor) -> command.reply().flatMap(reply -> complaint.reply(actor, reply, clock.now())));
    }

    @Override
    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> approveCommitment(Act command) {
        return change(command.office(), command.actor(), command.complaint(),
                (complaint, actor) -> complaint.approveCommitment(actor, clock.now()));
    }

    @Override
    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> returnVisit(ReturnVisit command) {
        return change(command.office(), command.actor(), command.complaint(),
                (complaint, actor) -> complaint.returnVisit(actor, command.satisfied(), clock.now()));
    }

    @Override
    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> waitForResident(WaitForResident command) {
        return change(command.office(), command.actor(), command.complaint(),
                (complaint, actor) -> complaint.waitForResident(actor, command.reason(), clock.now()));
    }

    @Override
    public Seq<ComplaintOutcome> escalateOverdue(OfficeId office) {
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            BusinessCalendar calendar = calendar(office);
            ComplaintPolicy policy = policies.of(office);
            Seq<ComplaintOutcome> escalated = complaints.open(office)
                    .map(complaint -> complaint.escalateIfOverdue(calendar, policy, now))
                    .filter(ComplaintOutcome::changed);
            escalated.forEach(outcome -> {
                complaints.update(outcome.complaint(), outcome.complaint().version() - 1);
                outbox.enqueue(office, outcome.events());
            });
            return escalated.toList();
        });
    }

    @Override
    public Tracked complaint(OfficeId office, StaffId actor, ComplaintId id) {
        return transactions.inTransaction(() -> {
            actor(office, actor);
            return track(complaints.find(office, id).getOrElseThrow(() -> new NotFound("complaint", id.toString())));
        });
    }

    @Override
    public Tracked tracked(Complaint complaint) {
        Objects.requireNonNull(complaint, "complaint");
        return transactions.inTransaction(() -> track(complaint));
    }

    /** The complaint with where it stands now on its office's calendar and policy. */
    private Tracked track(Complaint complaint) {
        OfficeId office = complaint.office();
        return new Tracked(complaint, WorkQueue.item(complaint, calendar(office), policies.of(office), clock.now()));
    }

    @Override
    public Seq<Tracked> openComplaints(OfficeId office, StaffId actor) {
        return transactions.inTransaction(() -> {
            actor(office, actor);
            Seq<Complaint> open = complaints.open(office);
            Map<ComplaintId, Complaint> byId = open.toMap(Complaint::id, complaint -> complaint);
            return WorkQueue.of(open, calendar(office), policies.of(office), clock.now())
                    .map(item -> new Tracked(byId.get(item.complaint()).get(), item));
        });
    }

    @Override
    public Seq<QueueItem> workQueue(OfficeId office, StaffId actor) {
        return transactions.inTransaction(() -> {
            actor(office, actor);
            return WorkQueue.of(complaints.open(office), calendar(office), policies.of(office), clock.now());
        });
    }

    @Override
    public Seq<QueueItem> overdueAndDueSoon(OfficeId office, StaffId actor) {
        return transactions.inTransaction(() -> {
            actor(office, actor);
            return WorkQueue.overdueOrDueSoon(complaints.open(office), calendar(office), policies.of(office), clock.now());
        });
    }

    @Override
    public Seq<RecurringProblem> recurringProblems(OfficeId office, StaffId actor) {
        return transactions.inTransaction(() -> {
            actor(office, actor);
            Instant now = clock.now();
            ComplaintPolicy policy = policies.of(office);
            return RecurringProblems.at(
                    complaints.registeredBetween(office, now.minus(policy.recurrenceWindow()), now), policy, now);
        });
    }

    @Override
    public HandledRate handledRate(OfficeId office, StaffId actor) {
        return transactions.inTransaction(() -> {
            actor(office, actor);
            return HandledRate.of(complaints.registeredBetween(office, Instant.MIN, Instant.MAX));
        });
    }

    private Either<Rejections<ComplaintRejection>, ComplaintOutcome> change(
            OfficeId office,
            StaffId actorId,
            ComplaintId id,
            BiFunction<Complaint, StaffMember, Either<Rejections<ComplaintRejection>, ComplaintOutcome>> command) {
        return transactions.inTransaction(() -> {
            StaffMember actor = actor(office, actorId);
            Complaint complaint = complaints.find(office, id).getOrElseThrow(() -> new NotFound("complaint", id.toString()));
            Either<Rejections<ComplaintRejection>, ComplaintOutcome> result = command.apply(complaint, actor);
            if (result.isRight() && result.get().changed()) {
                complaints.update(result.get().complaint(), complaint.version());
                outbox.enqueue(office, result.get().events());
            }
            return result;
        });
    }

    private StaffMember actor(OfficeId office, StaffId actor) {
        return directory.staffMember(office, actor).getOrElseThrow(() -> new NotFound("staff member", actor.toString()));
    }

    private BusinessCalendar calendar(OfficeId office) {
        return calendars.of(office).getOrElseThrow(() -> new NotFound("business calendar of office", office.toString()));
    }

    /**
     * Whom an important complaint is reported to (R-CO-7): the first supervisor or above in the
     * actor's line of superiors (the actor themselves if they are one), else the office's
     * customer-relations supervisor.
     */
    private Option<StaffId> supervisorFor(OfficeId office, StaffMember actor) {
        Option<StaffMember> current = Option.some(actor);
        for (int depth = 0; depth < 16 && current.isDefined(); depth++) {
            StaffMember member = current.get();
            if (member.role().isManagerial()) {
                return Option.some(member.id());
            }
            current = member.superior().flatMap(boss -> directory.staffMember(office, boss));
        }
        return List.ofAll(directory.holding(office, Role.CUSTOMER_RELATIONS_SUPERVISOR)).headOption().map(StaffMember::id);
    }
}
