package org.propertydesk.domain.complaint;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Deadline;
import org.propertydesk.domain.kernel.DeadlineStatus;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Enforces;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * One complaint (投诉) from intake to closure. It guards the class decided from the intake facts
 * and its only two ways of changing — a supervisor's correction with a reason (R-CO-1) or an
 * escalation of a mishandled communicative complaint with its trigger (R-CO-5); the procedure of
 * its class, step by step, each step with who and when (R-CO-2, R-CO-3); replies with commitments
 * held for the office manager (R-CO-6); closure only after a return visit and an important
 * complaint reported at once (R-CO-7); and its whole history, which only grows (R-CO-9).
 *
 * <p>Targets and how they stand are derived from the record, the office's policy and calendar at
 * any instant (R-CO-4), never stored. Immutable: every command returns a new complaint whose
 * {@link #version()} is one more than the one it was applied to, or the same complaint when it
 * found nothing to do.
 */
@AggregateRoot
public final class Complaint {

    @Identity
    private final ComplaintId id;
    private final OfficeId office;
    private final long version;
    private final ComplainantId complainant;
    private final IntakeFacts facts;
    private final Instant registeredAt;
    private final Classification classification;
    private final Procedure procedure;
    private final Option<Department> department;
    private final Option<StaffId> head;
    private final Instant answerClockStart;
    private final Option<Instant> answeredAt;
    private final Option<Reply> awaitingApproval;
    private final Option<Instant> repairerOnSiteAt;
    private final Option<Instant> repairCompletedAt;
    private final Option<Instant> lastReturnVisitAt;
    private final List<Pause> pauses;
    private final List<ComplaintEvent> history;

    private Complaint(Draft d) {
        this.id = d.id;
        this.office = d.office;
        this.version = d.version;
        this.complainant = d.complainant;
        this.facts = d.facts;
        this.registeredAt = d.registeredAt;
        this.classification = d.classification;
        this.procedure = d.procedure;
        this.department = d.department;
        this.head = d.head;
        this.answerClockStart = d.answerClockStart;
        this.answeredAt = d.answeredAt;
        this.awaitingApproval = d.awaitingApproval;
        this.repairerOnSiteAt = d.repairerOnSiteAt;
        this.repairCompletedAt = d.repairCompletedAt;
        this.lastReturnVisitAt = d.lastReturnVisitAt;
        this.pauses = d.pauses;
        this.history = d.history;
    }

    // ---- intake --------------------------------------------------------------------------------

    /**
     * Records a complaint (R-CO-9) with the class its facts decide (R-CO-1). An important complaint
     * is reported to {@code supervisor} at once (R-CO-7); without one to report to it is refused.
     */
    public static Either<Rejections<ComplaintRejection>, ComplaintOutcome> register(
            ComplaintId id,
            OfficeId office,
            ComplainantId complainant,
            IntakeFacts facts,
            StaffMember by,
            Option<StaffId> supervisor,
            Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(complainant, "complainant");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(at, "at");
        List<ComplaintRejection> reasons = facts.important() && supervisor.isEmpty()
                ? List.of(new ComplaintRejection.NoSupervisorToReportTo(id))
                : List.empty();
        return Rejections.unless(reasons, () -> {
            Classification classification = Classification.decide(facts);
            Draft d = new Draft();
            d.id = id;
            d.office = office;
            d.version = 0;
            d.complainant = complainant;
            d.facts = facts;
            d.registeredAt = at;
            d.classification = classification;
            d.procedure = Procedure.startFor(classification);
            d.department = Option.none();
            d.head = Option.none();
            d.answerClockStart = at;
            d.answeredAt = Option.none();
            d.awaitingApproval = Option.none();
            d.repairerOnSiteAt = Option.none();
            d.repairCompletedAt = Option.none();
            d.lastReturnVisitAt = Option.none();
            d.pauses = List.empty();
            d.history = List.empty();
            List<ComplaintEvent> events = List.<ComplaintEvent>of(
                            new ComplaintEvent.Registered(id, office, complainant, facts, classification, by.id(), at))
                    .appendAll(supervisor.filter(s -> facts.important())
                            .map(s -> new ComplaintEvent.ImportantComplaintReported(id, office, s, by.id(), at)));
            d.history = events;
            return new ComplaintOutcome(new Complaint(d), events);
        });
    }

    /**
     * The most recent earlier complaint of the same complainant about the same matter within the
     * policy's window before this one was registered: this one raises it again (R-CO-5).
     */
    public Option<ComplaintId> raisesAgain(Seq<Complaint> earlier, ComplaintPolicy policy) {
        Instant from = registeredAt.minus(policy.repeatWindow());
        return earlier.filter(other -> !other.id.equals(id)
                        && other.office.equals(office)
                        && other.complainant.equals(complainant)
                        && other.matter().sameAs(matter())
                        && !other.registeredAt.isBefore(from)
                        && other.registeredAt.isBefore(registeredAt))
                .maxBy(Complaint::registeredAt)
                .map(Complaint::id);
    }

    // ---- classification (R-CO-1, R-CO-5) ---------------------------------------------------------

    /**
     * A supervisor's correction of the class, with the reason kept in the history (R-CO-1). A change
     * between effective and communicative restarts the procedure of the new class at its record
     * step; the answer target keeps running from intake.
     */
    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> correct(
            StaffMember by, Classification to, String reason, Instant at) {
        Objects.requireNonNull(to, "to");
        List<ComplaintRejection> reasons = closedReasons()
                .appendAll(by.role().isManagerial()
                        ? List.empty()
                        : List.of(new ComplaintRejection.CorrectionNeedsSupervisor(by.id(), by.role())))
                .appendAll(reason == null || reason.isBlank()
                        ? List.of(new ComplaintRejection.CorrectionNeedsReason(id))
                        : List.empty())
                .appendAll(to.equals(classification)
                        ? List.of(new ComplaintRejection.NothingToCorrect(id, classification))
                        : List.empty());
        return Rejections.unless(reasons, () -> change(d -> {
            d.classification = to;
            if (to.isEffective() != procedure.isEffective()) {
                d.procedure = Procedure.startFor(to);
                d.department = Option.none();
                d.head = Option.none();
            }
            return List.of(new ComplaintEvent.ClassificationCorrected(id, office, classification, to, reason.strip(), by.id(), at));
        }));
    }

    /**
     * A mishandled communicative complaint becomes effective (R-CO-5), its trigger recorded. The
     * effective procedure starts at its record step and the answer target restarts at the
     * escalation: targets are recomputed, not carried over. Nothing happens to an effective or
     * closed complaint, or when the same trigger was already recorded (idempotent).
     */
    @Enforces(Rule.R_CO_5)
    public ComplaintOutcome escalate(EscalationTrigger trigger, Instant at) {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(at, "at");
        if (procedure.isClosed() || classification.isEffective() || escalations().contains(trigger)) {
            return new ComplaintOutcome(this, List.empty());
        }
        return change(d -> escalation(d, trigger, at));
    }

    /** Escalates when the answer target of a communicative complaint has passed unmet (R-CO-5). */
    @Enforces(Rule.R_CO_5)
    public ComplaintOutcome escalateIfOverdue(BusinessCalendar calendar, ComplaintPolicy policy, Instant now) {
        return standings(calendar, policy, now)
                .find(standing -> standing.target() == Target.ANSWER && standing.state() == DueState.OVERDUE)
                .map(standing -> escalate(new EscalationTrigger.DeadlinePassed(Target.ANSWER, standing.deadline().due()), now))
                .getOrElse(() -> new ComplaintOutcome(this, List.empty()));
    }

    private List<ComplaintEvent> escalation(Draft d, EscalationTrigger trigger, Instant at) {
        Classification to = new Classification.Effective(facts.subject());
        d.classification = to;
        d.procedure = Procedure.startFor(to);
        d.department = Option.none();
        d.head = Option.none();
        d.answerClockStart = at;
        d.answeredAt = Option.none();
        return List.of(new ComplaintEvent.Escalated(id, office, classification, to, trigger, at));
    }

    // ---- the effective procedure (R-CO-2) --------------------------------------------------------

    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> determineNature(StaffMember by, Instant at) {
        return step(Procedure.DETERMINE_NATURE, by, at, List.empty(), d -> List.empty());
    }

    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> determineDepartment(
            StaffMember by, Department responsible, Instant at) {
        Objects.requireNonNull(responsible, "responsible");
        return step(Procedure.DETERMINE_DEPARTMENT, by, at, List.empty(), d -> {
            d.department = Option.some(responsible);
            return List.of(new ComplaintEvent.ResponsibleDepartmentDetermined(id, office, responsible, by.id(), at));
        });
    }

    /** The responsible department's head reports on site (④); only a head of that department does. */
    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> headOnSite(StaffMember head, Instant at) {
        boolean isHead = head.role().isManagerial() && department.contains(head.department());
        List<ComplaintRejection> reasons = department.isDefined() && !isHead
                ? List.of(new ComplaintRejection.NotHeadOfDepartment(head.id(), department.get()))
                : List.empty();
        return step(Procedure.HEAD_ARRIVES, head, at, reasons, d -> {
            d.head = Option.some(head.id());
            return List.empty();
        });
    }

    /** The head who went to the scene leads the handling (⑤); this answers the complaint (R-CO-4). */
    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> headHandles(StaffMember by, Instant at) {
        List<ComplaintRejection> reasons = head.filter(h -> !h.equals(by.id()))
                .map(h -> (ComplaintRejection) new ComplaintRejection.NotTheResponsibleHead(by.id(), h))
                .toList();
        return step(Procedure.HEAD_HANDLES, by, at, reasons, d -> {
            d.answeredAt = d.answeredAt.orElse(Option.some(at));
            return List.empty();
        });
    }

    // ---- the communicative procedure (R-CO-3) ----------------------------------------------------

    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> confirmIdentity(StaffMember by, Instant at) {
        return step(Procedure.CONFIRM_IDENTITY, by, at, List.empty(), d -> List.empty());
    }

    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> checkPaymentStatus(
            StaffMember by, PaymentStanding standing, Instant at) {
        Objects.requireNonNull(standing, "standing");
        return step(Procedure.CHECK_PAYMENT_STATUS, by, at, List.empty(),
                d -> List.of(new ComplaintEvent.PaymentStatusChecked(id, office, standing, by.id(), at)));
    }

    /** ④ notify the department concerned, which handles it; the complaint counts as handled (R-CO-4). */
    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> refer(StaffMember by, Department to, Instant at) {
        Objects.requireNonNull(to, "to");
        return step(Procedure.REFER_OR_ANSWER, by, at, List.empty(), d -> {
            d.department = Option.some(to);
            d.answeredAt = d.answeredAt.orElse(Option.some(at));
            return List.of(new ComplaintEvent.ReferredToDepartment(id, office, to, by.id(), at));
        });
    }

    // ---- replies and commitments (R-CO-6) --------------------------------------------------------

    /**
     * Answers the complainant. A plain reply is given at once and answers the complaint (R-CO-4); in
     * the communicative procedure, once the payment status is checked, it is step ④. A reply that
     * carries a commitment waits for the office manager's approval (R-CO-6) unless the office
     * manager gives it.
     */
    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> reply(StaffMember by, Reply reply, Instant at) {
        Objects.requireNonNull(reply, "reply");
        List<ComplaintRejection> reasons = closedReasons().appendAll(awaitingApprovalReasons());
        return Rejections.unless(reasons, () -> change(d -> {
            if (reply.carriesCommitment() && by.role() != Role.OFFICE_MANAGER) {
                d.awaitingApproval = Option.some(reply);
                return List.of(new ComplaintEvent.CommitmentAwaitingApproval(id, office, reply, by.id(), at));
            }
            return deliver(d, reply, by, at);
        }));
    }

    /** The office manager approves the waiting commitment, and the reply is given (R-CO-6). */
    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> approveCommitment(StaffMember by, Instant at) {
        List<ComplaintRejection> reasons = closedReasons()
                .appendAll(by.role() == Role.OFFICE_MANAGER
                        ? List.empty()
                        : List.of(new ComplaintRejection.CommitmentNeedsOfficeManager(by.id(), by.role())))
                .appendAll(awaitingApproval.isEmpty()
                        ? List.of(new ComplaintRejection.NoCommitmentAwaitingApproval(id))
                        : List.empty());
        return Rejections.unless(reasons, () -> change(d -> {
            Reply approved = awaitingApproval.get();
            d.awaitingApproval = Option.none();
            return List.<ComplaintEvent>of(new ComplaintEvent.CommitmentApproved(id, office, approved, by.id(), at))
                    .appendAll(deliver(d, approved, by, at));
        }));
    }

    private List<ComplaintEvent> deliver(Draft d, Reply reply, StaffMember by, Instant at) {
        d.answeredAt = d.answeredAt.orElse(Option.some(at));
        List<ComplaintEvent> events = List.of(new ComplaintEvent.ReplyGiven(id, office, reply, by.id(), at));
        if (d.procedure.allows(Procedure.REFER_OR_ANSWER)) {
            d.procedure = d.procedure.after(Procedure.REFER_OR_ANSWER);
            events = events.append(new ComplaintEvent.StepTaken(
                    id, office, Procedure.REFER_OR_ANSWER, d.procedure.step(), by.id(), at));
        }
        return events;
    }

    // ---- return visit and closure (R-CO-2 ⑥, R-CO-3 ⑤, R-CO-5, R-CO-7) -----------------------------

    /**
     * The return visit. Satisfied, the complaint may close. Dissatisfied, an effective complaint goes
     * back to its department head; a communicative one was mishandled and escalates (R-CO-5).
     */
    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> returnVisit(StaffMember by, boolean satisfied, Instant at) {
        if (satisfied || procedure.isEffective()) {
            String action = satisfied ? Procedure.RETURN_VISIT : Procedure.RETURN_VISIT_DISSATISFIED;
            return step(action, by, at, List.empty(), d -> {
                d.lastReturnVisitAt = Option.some(at);
                return List.of(new ComplaintEvent.ReturnVisited(id, office, satisfied, by.id(), at));
            });
        }
        List<ComplaintRejection> reasons = closedReasons().isEmpty() ? stepReasons(Procedure.RETURN_VISIT) : closedReasons();
        return Rejections.unless(reasons, () -> change(d -> {
            d.lastReturnVisitAt = Option.some(at);
            return List.<ComplaintEvent>of(new ComplaintEvent.ReturnVisited(id, office, false, by.id(), at))
                    .appendAll(escalation(d, new EscalationTrigger.DissatisfiedAtReturnVisit(at), at));
        }));
    }

    /** Closes the complaint after its return visit (R-CO-7); the record stays, archived (R-CO-9). */
    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> close(StaffMember by, Instant at) {
        return step(Procedure.CLOSE, by, at, awaitingApprovalReasons(),
                d -> List.of(new ComplaintEvent.Closed(id, office, by.id(), at)));
    }

    // ---- repairs and waiting for the resident (R-CO-4) -------------------------------------------

    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> repairerOnSite(StaffMember by, Instant at) {
        List<ComplaintRejection> reasons = closedReasons().appendAll(repairReasons(
                repairerOnSiteAt.isDefined() || repairCompletedAt.isDefined(), "on site"));
        return Rejections.unless(reasons, () -> change(d -> {
            d.repairerOnSiteAt = Option.some(at);
            return List.of(new ComplaintEvent.RepairerOnSite(id, office, by.id(), at));
        }));
    }

    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> repairCompleted(StaffMember by, Instant at) {
        List<ComplaintRejection> reasons = closedReasons().appendAll(repairReasons(
                repairerOnSiteAt.isEmpty() || repairCompletedAt.isDefined(), "completed"));
        return Rejections.unless(reasons, () -> change(d -> {
            d.repairCompletedAt = Option.some(at);
            return List.of(new ComplaintEvent.RepairCompleted(id, office, by.id(), at));
        }));
    }

    /** The desk waits for the resident (not at home, appointment); the policy's listed clocks pause. */
    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> waitForResident(StaffMember by, String reason, Instant at) {
        Objects.requireNonNull(reason, "reason");
        List<ComplaintRejection> reasons = closedReasons().appendAll(waitingSince()
                .map(since -> (ComplaintRejection) new ComplaintRejection.AlreadyWaitingForResident(id, since))
                .toList());
        return Rejections.unless(reasons, () -> change(d -> {
            d.pauses = d.pauses.append(new Pause(at, Option.none(), reason));
            return List.of(new ComplaintEvent.WaitingForResident(id, office, reason, by.id(), at));
        }));
    }

    public Either<Rejections<ComplaintRejection>, ComplaintOutcome> residentAvailable(StaffMember by, Instant at) {
        List<ComplaintRejection> reasons = closedReasons().appendAll(waitingSince().isEmpty()
                ? List.of(new ComplaintRejection.NotWaitingForResident(id))
                : List.empty());
        return Rejections.unless(reasons, () -> change(d -> {
            Pause open = d.pauses.last();
            Instant end = at.isBefore(open.from()) ? open.from() : at;
            d.pauses = d.pauses.init().append(new Pause(open.from(), Option.some(end), open.reason()));
            return List.of(new ComplaintEvent.ResidentWaitEnded(id, office, by.id(), at));
        }));
    }

    // ---- deadlines (R-CO-4, K-3) -----------------------------------------------------------------

    /**
     * When {@code target} is due, as seen at {@code now}: the policy's duration from the target's
     * start on the office's calendar, pushed back by the time spent waiting for the resident when
     * the policy pauses this target (an open wait counts up to {@code now}). Empty when the target
     * does not apply (no repair, an appointment, a repair not yet completed).
     */
    public Option<Deadline> deadline(Target target, BusinessCalendar calendar, ComplaintPolicy policy, Instant now) {
        Option<Instant> start = startOf(target);
        Option<Deadline> base = start.flatMap(from -> baseDeadline(target, from, calendar, policy));
        if (!policy.pausedWhileWaitingForResident().contains(target)) {
            return base;
        }
        return base.map(deadline -> extendByPauses(deadline, start.get(), calendar, now));
    }

    /** The instant {@code target} was met, if it was. */
    public Option<Instant> metAt(Target target) {
        switch (target) {
            case ANSWER:
                return answeredAt;
            case REPAIR_ON_SITE:
                return repairerOnSiteAt;
            case REPAIR_FIXED:
                return repairCompletedAt;
            default:
                return lastReturnVisitAt.filter(visit -> repairCompletedAt.exists(done -> !visit.isBefore(done)));
        }
    }

    /** How every target not yet met stands at {@code now}; none once the complaint is closed. */
    public Seq<TargetStanding> standings(BusinessCalendar calendar, ComplaintPolicy policy, Instant now) {
        if (procedure.isClosed()) {
            return List.empty();
        }
        return List.of(Target.values())
                .filter(target -> metAt(target).isEmpty())
                .flatMap(target -> deadline(target, calendar, policy, now).map(deadline -> {
                    DeadlineStatus status = calendar.status(deadline, now);
                    DueState state = status.isOverdue()
                            ? DueState.OVERDUE
                            : ((DeadlineStatus.Remaining) status).left().compareTo(policy.dueSoonWithin(target)) <= 0
                                    ? DueState.DUE_SOON
                                    : DueState.ON_TIME;
                    // A working-time deadline's remaining time already is the working time left.
                    Duration workingLeft = status.isOverdue()
                            ? Duration.ZERO
                            : deadline.clock() == Deadline.Clock.WORKING_TIME
                                    ? ((DeadlineStatus.Remaining) status).left()
                                    : calendar.workingTimeBetween(now, deadline.due());
                    return new TargetStanding(target, deadline, status, state, workingLeft);
                }));
    }

    private Option<Instant> startOf(Target target) {
        switch (target) {
            case ANSWER:
                return Option.some(answerClockStart);
            case REPAIR_ON_SITE:
            case REPAIR_FIXED:
                return facts.repair().filter(urgency -> urgency != RepairUrgency.BY_APPOINTMENT).map(urgency -> registeredAt);
            default:
                return repairCompletedAt;
        }
    }

    private Option<Deadline> baseDeadline(Target target, Instant from, BusinessCalendar calendar, ComplaintPolicy policy) {
        boolean urgent = facts.repair().contains(RepairUrgency.URGENT);
        switch (target) {
            case ANSWER:
                AnswerWithin within = policy.answer();
                return Option.some(within instanceof AnswerWithin.WorkingDays
                        ? Deadline.workingDays(from, ((AnswerWithin.WorkingDays) within).days(), calendar)
                        : Deadline.wallClock(from, ((AnswerWithin.Hours) within).duration(), calendar));
            case REPAIR_ON_SITE:
                return Option.some(Deadline.wallClock(from, urgent ? policy.urgentOnSite() : policy.ordinaryOnSite(), calendar));
            case REPAIR_FIXED:
                return Option.some(Deadline.wallClock(from, urgent ? policy.urgentFixed() : policy.ordinaryDone(), calendar));
            default:
                return Option.some(Deadline.wallClock(from, policy.returnVisitAfterRepair(), calendar));
        }
    }

    private Deadline extendByPauses(Deadline deadline, Instant start, BusinessCalendar calendar, Instant now) {
        Instant due = deadline.due();
        for (Pause pause : pauses.sortBy(Pause::from)) {
            Instant from = pause.from().isBefore(start) ? start : pause.from();
            Instant to = pause.endAsOf(now);
            if (!to.isAfter(from) || !from.isBefore(due)) {
                continue;
            }
            due = deadline.clock() == Deadline.Clock.WALL_CLOCK
                    ? due.plus(Duration.between(from, to))
                    : calendar.plusWorkingTime(due, calendar.workingTimeBetween(from, to));
        }
        return new Deadline(due, deadline.clock());
    }

    // ---- plumbing ------------------------------------------------------------------------------

    private Either<Rejections<ComplaintRejection>, ComplaintOutcome> step(
            String action,
            StaffMember by,
            Instant at,
            List<ComplaintRejection> more,
            Function<Draft, List<ComplaintEvent>> effect) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        List<ComplaintRejection> reasons = closedReasons().isEmpty()
                ? stepReasons(action).appendAll(more)
                : closedReasons();
        return Rejections.unless(reasons, () -> change(d -> {
            d.procedure = procedure.after(action);
            return List.<ComplaintEvent>of(new ComplaintEvent.StepTaken(id, office, action, d.procedure.step(), by.id(), at))
                    .appendAll(effect.apply(d));
        }));
    }

    private List<ComplaintRejection> stepReasons(String action) {
        return procedure.allows(action)
                ? List.empty()
                : List.of(new ComplaintRejection.StepOutOfOrder(id, procedure.rule(), procedure.step(), action));
    }

    private List<ComplaintRejection> closedReasons() {
        return procedure.isClosed() ? List.of(new ComplaintRejection.ComplaintClosed(id)) : List.empty();
    }

    private List<ComplaintRejection> awaitingApprovalReasons() {
        return awaitingApproval.isDefined()
                ? List.of(new ComplaintRejection.CommitmentAwaitingApproval(id))
                : List.empty();
    }

    private List<ComplaintRejection> repairReasons(boolean outOfOrder, String step) {
        if (facts.repair().isEmpty()) {
            return List.of(new ComplaintRejection.NotARepair(id));
        }
        return outOfOrder ? List.of(new ComplaintRejection.RepairStepOutOfOrder(id, step)) : List.empty();
    }

    private ComplaintOutcome change(Function<Draft, List<ComplaintEvent>> effect) {
        Draft d = new Draft(this);
        List<ComplaintEvent> events = effect.apply(d);
        d.version = version + 1;
        d.history = history.appendAll(events);
        return new ComplaintOutcome(new Complaint(d), events);
    }

    // ---- rehydration ---------------------------------------------------------------------------

    /**
     * The complaint its history describes, e.g. as a store read it back: every field is derived
     * from the events, so a store keeps the history and the version and nothing else (R-CO-9).
     * The history must start with the complaint's {@link ComplaintEvent.Registered} event.
     */
    public static Complaint rehydrate(long version, Seq<ComplaintEvent> history) {
        Objects.requireNonNull(history, "history");
        if (history.isEmpty() || !(history.head() instanceof ComplaintEvent.Registered)) {
            throw new IllegalArgumentException("a complaint's history starts with its registration");
        }
        ComplaintEvent.Registered registered = (ComplaintEvent.Registered) history.head();
        Draft d = new Draft();
        d.id = registered.complaint();
        d.office = registered.office();
        d.complainant = registered.complainant();
        d.facts = registered.facts();
        d.registeredAt = registered.at();
        d.classification = registered.classification();
        d.procedure = Procedure.startFor(registered.classification());
        d.department = Option.none();
        d.head = Option.none();
        d.answerClockStart = registered.at();
        d.answeredAt = Option.none();
        d.awaitingApproval = Option.none();
        d.repairerOnSiteAt = Option.none();
        d.repairCompletedAt = Option.none();
        d.lastReturnVisitAt = Option.none();
        d.pauses = List.empty();
        for (ComplaintEvent event : history.tail()) {
            replay(d, event);
        }
        d.version = version;
        d.history = List.ofAll(history);
        return new Complaint(d);
    }

    private static void replay(Draft d, ComplaintEvent event) {
        if (event instanceof ComplaintEvent.StepTaken) {
            ComplaintEvent.StepTaken step = (ComplaintEvent.StepTaken) event;
            d.procedure = d.procedure.after(step.action());
            if (step.action().equals(Procedure.HEAD_ARRIVES)) {
                d.head = Option.some(step.by());
            } else if (step.action().equals(Procedure.HEAD_HANDLES)) {
                d.answeredAt = d.answeredAt.orElse(Option.some(step.at()));
            }
        } else if (event instanceof ComplaintEvent.ResponsibleDepartmentDetermined) {
            d.department = Option.some(((ComplaintEvent.ResponsibleDepartmentDetermined) event).department());
        } else if (event instanceof ComplaintEvent.ReferredToDepartment) {
            d.department = Option.some(((ComplaintEvent.ReferredToDepartment) event).department());
            d.answeredAt = d.answeredAt.orElse(Option.some(event.at()));
        } else if (event instanceof ComplaintEvent.ReplyGiven) {
            d.answeredAt = d.answeredAt.orElse(Option.some(event.at()));
        } else if (event instanceof ComplaintEvent.CommitmentAwaitingApproval) {
            d.awaitingApproval = Option.some(((ComplaintEvent.CommitmentAwaitingApproval) event).reply());
        } else if (event instanceof ComplaintEvent.CommitmentApproved) {
            d.awaitingApproval = Option.none();
        } else if (event instanceof ComplaintEvent.ReturnVisited) {
            d.lastReturnVisitAt = Option.some(event.at());
        } else if (event instanceof ComplaintEvent.ClassificationCorrected) {
            Classification to = ((ComplaintEvent.ClassificationCorrected) event).to();
            if (to.isEffective() != d.procedure.isEffective()) {
                d.procedure = Procedure.startFor(to);
                d.department = Option.none();
                d.head = Option.none();
            }
            d.classification = to;
        } else if (event instanceof ComplaintEvent.Escalated) {
            d.classification = ((ComplaintEvent.Escalated) event).to();
            d.procedure = Procedure.startFor(d.classification);
            d.department = Option.none();
            d.head = Option.none();
            d.answerClockStart = event.at();
            d.answeredAt = Option.none();
        } else if (event instanceof ComplaintEvent.WaitingForResident) {
            d.pauses = d.pauses.append(new Pause(event.at(), Option.none(), ((ComplaintEvent.WaitingForResident) event).reason()));
        } else if (event instanceof ComplaintEvent.ResidentWaitEnded) {
            Pause open = d.pauses.last();
            Instant end = event.at().isBefore(open.from()) ? open.from() : event.at();
            d.pauses = d.pauses.init().append(new Pause(open.from(), Option.some(end), open.reason()));
        } else if (event instanceof ComplaintEvent.RepairerOnSite) {
            d.repairerOnSiteAt = Option.some(event.at());
        } else if (event instanceof ComplaintEvent.RepairCompleted) {
            d.repairCompletedAt = Option.some(event.at());
        }
        // Registered again, ImportantComplaintReported, PaymentStatusChecked and Closed change no field.
    }

    /** Equal when every field is: same complaint, same version, same history and the state derived from it. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Complaint)) {
            return false;
        }
        Complaint that = (Complaint) other;
        return version == that.version
                && id.equals(that.id)
                && office.equals(that.office)
                && complainant.equals(that.complainant)
                && facts.equals(that.facts)
                && registeredAt.equals(that.registeredAt)
                && classification.equals(that.classification)
                && procedure.equals(that.procedure)
                && department.equals(that.department)
                && head.equals(that.head)
                && answerClockStart.equals(that.answerClockStart)
                && answeredAt.equals(that.answeredAt)
                && awaitingApproval.equals(that.awaitingApproval)
                && repairerOnSiteAt.equals(that.repairerOnSiteAt)
                && repairCompletedAt.equals(that.repairCompletedAt)
                && lastReturnVisitAt.equals(that.lastReturnVisitAt)
                && pauses.equals(that.pauses)
                && history.equals(that.history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, history.size());
    }

    // ---- reading -------------------------------------------------------------------------------

    public ComplaintId id() {
        return id;
    }

    public OfficeId office() {
        return office;
    }

    public long version() {
        return version;
    }

    public ComplainantId complainant() {
        return complainant;
    }

    public IntakeFacts facts() {
        return facts;
    }

    public Matter matter() {
        return facts.matter();
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Classification classification() {
        return classification;
    }

    public Procedure procedure() {
        return procedure;
    }

    public boolean isClosed() {
        return procedure.isClosed();
    }

    /** The responsible department (effective) or the department it was referred to (communicative). */
    public Option<Department> department() {
        return department;
    }

    /** The department head who went to the scene (R-CO-2 ④). */
    public Option<StaffId> head() {
        return head;
    }

    public Option<Reply> awaitingApproval() {
        return awaitingApproval;
    }

    public Seq<Pause> pauses() {
        return pauses;
    }

    /** Since when the desk waits for the resident, if it does. */
    public Option<Instant> waitingSince() {
        return pauses.lastOption().filter(pause -> pause.until().isEmpty()).map(Pause::from);
    }

    /** Everything that happened to the complaint, oldest first; it only ever grows (R-CO-9). */
    public Seq<ComplaintEvent> history() {
        return history;
    }

    /** The triggers of every escalation, oldest first (R-CO-5). */
    public Seq<EscalationTrigger> escalations() {
        return history.filter(ComplaintEvent.Escalated.class::isInstance)
                .map(event -> ((ComplaintEvent.Escalated) event).trigger());
    }

    @Override
    public String toString() {
        return "Complaint " + id + " v" + version + " " + classification + " at " + procedure.step();
    }

    /** A mutable copy used only while one command builds the next immutable complaint. */
    private static final class Draft {
        ComplaintId id;
        OfficeId office;
        long version;
        ComplainantId complainant;
        IntakeFacts facts;
        Instant registeredAt;
        Classification classification;
        Procedure procedure;
        Option<Department> department;
        Option<StaffId> head;
        Instant answerClockStart;
        Option<Instant> answeredAt;
        Option<Reply> awaitingApproval;
        Option<Instant> repairerOnSiteAt;
        Option<Instant> repairCompletedAt;
        Option<Instant> lastReturnVisitAt;
        List<Pause> pauses;
        List<ComplaintEvent> history;

        Draft() {}

        Draft(Complaint c) {
            id = c.id;
            office = c.office;
            version = c.version;
            complainant = c.complainant;
            facts = c.facts;
            registeredAt = c.registeredAt;
            classification = c.classification;
            procedure = c.procedure;
            department = c.department;
            head = c.head;
            answerClockStart = c.answerClockStart;
            answeredAt = c.answeredAt;
            awaitingApproval = c.awaitingApproval;
            repairerOnSiteAt = c.repairerOnSiteAt;
            repairCompletedAt = c.repairCompletedAt;
            lastReturnVisitAt = c.lastReturnVisitAt;
            pauses = c.pauses;
            history = c.history;
        }
    }
}
