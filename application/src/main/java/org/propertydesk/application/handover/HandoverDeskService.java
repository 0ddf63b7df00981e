package org.propertydesk.application.handover;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import org.propertydesk.application.kernel.Clock;
import org.propertydesk.application.kernel.Directory;
import org.propertydesk.application.kernel.Identities;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.application.kernel.Outbox;
import org.propertydesk.application.kernel.Transactions;
import org.propertydesk.domain.handover.DutyLog;
import org.propertydesk.domain.handover.DutyLogId;
import org.propertydesk.domain.handover.EntryId;
import org.propertydesk.domain.handover.Escalated;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverId;
import org.propertydesk.domain.handover.HandoverOutcome;
import org.propertydesk.domain.handover.HandoverPolicy;
import org.propertydesk.domain.handover.HandoverRejection;
import org.propertydesk.domain.handover.InCount;
import org.propertydesk.domain.handover.Incident;
import org.propertydesk.domain.handover.IncidentId;
import org.propertydesk.domain.handover.PostSituation;
import org.propertydesk.domain.handover.Preparing;
import org.propertydesk.domain.handover.QuestionId;
import org.propertydesk.domain.handover.Ready;
import org.propertydesk.domain.handover.Refused;
import org.propertydesk.domain.handover.Responsibility;
import org.propertydesk.domain.handover.Signed;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * The {@link HandoverDesk}: each use case looks the actor up in the office's directory, reads what
 * it needs, lets the domain decide, and — only when accepted — stores the result and enqueues its
 * events in one unit of work. Time comes from the {@link Clock}, new ids from {@link Identities}.
 */
public final class HandoverDeskService implements HandoverDesk {

    private final Directory directory;
    private final Clock clock;
    private final Identities identities;
    private final Transactions transactions;
    private final Outbox outbox;
    private final Handovers handovers;
    private final DutyLogs dutyLogs;
    private final Incidents incidents;
    private final DutySchedule schedule;
    private final HandoverPolicy policy;

    public HandoverDeskService(
            Directory directory,
            Clock clock,
            Identities identities,
            Transactions transactions,
            Outbox outbox,
            Handovers handovers,
            DutyLogs dutyLogs,
            Incidents incidents,
            DutySchedule schedule,
            HandoverPolicy policy) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.handovers = Objects.requireNonNull(handovers, "handovers");
        this.dutyLogs = Objects.requireNonNull(dutyLogs, "dutyLogs");
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Either<Rejections<HandoverRejection>, Handover> prepare(Prepare command) {
        return transactions.inTransaction(() -> asStaff(command.office(), command.actor(), actor -> {
            Instant now = clock.now();
            Option<ShiftChange> due = schedule.nextShiftChange(command.office(), command.post(), now);
            if (due.isEmpty()) {
                return refuse(new HandoverRejection.NoShiftChangeDue(command.post()));
            }
            ShiftChange change = due.get();
            List<HandoverRejection> reasons = List.empty();
            if (!actor.id().equals(change.outgoing())) {
                reasons = reasons.append(new HandoverRejection.NotTheOutgoing(actor.id(), change.outgoing()));
            }
            for (Handover open : handovers.ofPost(command.office(), command.post()).filter(h -> !(h instanceof Signed))) {
                reasons = reasons.append(new HandoverRejection.HandoverAlreadyOpen(open.id()));
            }
            if (!reasons.isEmpty()) {
                return Either.left(new Rejections<>(reasons));
            }
            DutyLog log = logOf(command.office(), command.post());
            return Handover.prepare(new HandoverId(identities.next()), command.office(), command.post(),
                            change.department(), change.outgoing(), change.incoming(), change.at(), log.id(),
                            command.register(), now, policy)
                    .map(outcome -> {
                        handovers.add(outcome.handover());
                        outbox.enqueue(command.office(), outcome.events());
                        return outcome.handover();
                    });
        }));
    }

    @Override
    public Either<Rejections<HandoverRejection>, Logged> log(LogMatter command) {
        return transactions.inTransaction(() -> asStaff(command.office(), command.actor(), actor -> {
            DutyLog log = logOf(command.office(), command.post());
            EntryId entry = new EntryId(identities.next());
            return log.record(entry, command.kind(), command.cause(), command.course(), command.result(), command.open(),
                            actor.id(), clock.now())
                    .map(outcome -> new Logged(entry, store(log, outcome)));
        }));
    }

    @Override
    public Either<Rejections<HandoverRejection>, DutyLog> closeOut(CloseOut command) {
        return transactions.inTransaction(() -> asStaff(command.office(), command.actor(), actor -> {
            DutyLog log = existingLogOf(command.office(), command.post());
            return log.closeOut(command.entry(), command.result(), actor.id(), clock.now()).map(outcome -> store(log, outcome));
        }));
    }

    @Override
    public Either<Rejections<HandoverRejection>, DutyLog> carryOver(CarryOver command) {
        return transactions.inTransaction(() -> asStaff(command.office(), command.actor(), actor -> {
            DutyLog log = existingLogOf(command.office(), command.post());
            return log.carryOver(command.entry(), command.reason(), actor.id(), clock.now()).map(outcome -> store(log, outcome));
        }));
    }

    @Override
    public Either<Rejections<HandoverRejection>, Handover> completePreparation(Act command) {
        return onHandover(command.office(), command.actor(), command.handover(), "complete preparation", Rule.R_HO_8,
                (handover, actor, now) -> handover instanceof Preparing preparing
                        ? Option.some(preparing.completePreparation(actor.id(), now).map(HandoverDeskService::widen))
                        : Option.none());
    }

    @Override
    public Either<Rejections<HandoverRejection>, Handover> arrive(Act command) {
        return onHandover(command.office(), command.actor(), command.handover(), "arrive", Rule.R_HO_4,
                (handover, actor, now) -> handover instanceof Handover.BeforeCount waiting
                        ? Option.some(waiting.arrive(actor.id(), now, policy).map(HandoverDeskService::widen))
                        : Option.none());
    }

    @Override
    public Either<Rejections<HandoverRejection>, Handover> beginCount(Act command) {
        return onHandover(command.office(), command.actor(), command.handover(), "begin count", Rule.R_HO_3,
                (handover, actor, now) -> handover instanceof Ready ready
                        ? Option.some(ready.beginCount(actor.id(), situationOf(ready), now).map(HandoverDeskService::widen))
                        : Option.none());
    }

    @Override
    public Either<Rejections<HandoverRejection>, Handover> count(CountItem command) {
        return onHandover(command.office(), command.actor(), command.handover(), "count", Rule.R_HO_5,
                (handover, actor, now) -> handover instanceof InCount counting
                        ? Option.some(counting.count(actor.id(), command.item(), command.condition(), command.counted(),
                                command.explanation(), now).map(HandoverDeskService::widen))
                        : Option.none());
    }

    @Override
    public Either<Rejections<HandoverRejection>, Asked> ask(Ask command) {
        QuestionId question = new QuestionId(identities.next());
        return onHandover(command.office(), command.actor(), command.handover(), "ask", Rule.R_HO_6,
                (handover, actor, now) -> handover instanceof InCount counting
                        ? Option.some(counting.ask(actor.id(), question, command.question(), now).map(HandoverDeskService::widen))
                        : Option.none())
                .map(handover -> new Asked(question, handover));
    }

    @Override
    public Either<Rejections<HandoverRejection>, Handover> answer(Answer command) {
        return onHandover(command.office(), command.actor(), command.handover(), "answer", Rule.R_HO_6,
                (handover, actor, now) -> handover instanceof InCount counting
                        ? Option.some(counting.answer(actor.id(), command.question(), command.answer(), now)
                                .map(HandoverDeskService::widen))
                        : Option.none());
    }

    @Override
    public Either<Rejections<HandoverRejection>, Handover> refuse(Act command) {
        return transactions.inTransaction(() -> onHandover(command.office(), command.actor(), command.handover(), "refuse",
                Rule.R_HO_6,
                (handover, actor, now) -> handover instanceof InCount counting
                        ? Option.some(counting.refuse(actor.id(), now).map(HandoverDeskService::widen))
                        : Option.none())
                .map(handover -> {
                    Refused refused = (Refused) handover;
                    HandoverOutcome<Escalated> escalated = refused.escalate(superiorFor(refused), clock.now());
                    handovers.update(escalated.handover(), refused.version());
                    outbox.enqueue(refused.office(), escalated.events());
                    return escalated.handover();
                }));
    }

    @Override
    public Either<Rejections<HandoverRejection>, Handover> settle(Settle command) {
        return onHandover(command.office(), command.actor(), command.handover(), "settle", Rule.R_HO_6,
                (handover, actor, now) -> handover instanceof Escalated escalated
                        ? Option.some(escalated.settle(actor.id(), command.ruling(), now).map(HandoverDeskService::widen))
                        : Option.none());
    }

    @Override
    public Either<Rejections<HandoverRejection>, Handover> declareUnfit(DeclareUnfit command) {
        return onHandover(command.office(), command.actor(), command.handover(), "declare unfit", Rule.R_HO_3,
                (handover, actor, now) -> handover instanceof Handover.Open open
                        ? Option.some(open.declareUnfit(actor.id(), command.signs(), now).map(HandoverDeskService::widen))
                        : Option.none());
    }

    @Override
    public Either<Rejections<HandoverRejection>, Handover> substitute(Substitute command) {
        return onHandover(command.office(), command.actor(), command.handover(), "substitute", Rule.R_HO_3,
                (handover, actor, now) -> {
                    if (!actor.role().isManagerial()) {
                        return Option.some(refuse(new HandoverRejection.SubstituteNeedsSupervisor(actor.id(), actor.role())));
                    }
                    if (directory.staffMember(command.office(), command.substitute()).isEmpty()) {
                        return Option.some(refuse(new HandoverRejection.NotOnStaff(command.substitute())));
                    }
                    if (handover instanceof InCount counting) {
                        return Option.some(counting.substitute(command.substitute(), now).map(HandoverDeskService::widen));
                    }
                    if (handover instanceof Handover.BeforeCount waiting) {
                        return Option.some(waiting.substitute(command.substitute(), now).map(HandoverDeskService::widen));
                    }
                    return Option.none();
                });
    }

    @Override
    public Either<Rejections<HandoverRejection>, Handover> noteEquipment(NoteEquipment command) {
        return onHandover(command.office(), command.actor(), command.handover(),
                command.steady() ? "note equipment steady" : "note equipment change", Rule.R_HO_3,
                (handover, actor, now) -> handover instanceof Handover.Open open
                        ? Option.some((command.steady()
                                        ? open.noteEquipmentSteady(command.equipment(), now)
                                        : open.noteEquipmentChange(command.equipment(), now))
                                .map(HandoverDeskService::widen))
                        : Option.none());
    }

    @Override
    public Either<Rejections<HandoverRejection>, Handover> sign(Act command) {
        return onHandover(command.office(), command.actor(), command.handover(), "sign", Rule.R_HO_7,
                (handover, actor, now) -> handover instanceof InCount counting
                        ? Option.some(counting.sign(actor.id(), situationOf(counting), now))
                        : Option.none());
    }

    @Override
    public Either<Rejections<HandoverRejection>, Incident> reportIncident(ReportIncident command) {
        return transactions.inTransaction(() -> asStaff(command.office(), command.actor(), actor ->
                Incident.report(new IncidentId(identities.next()), command.office(), command.kind(), command.concerned(),
                                command.description(), actor.id(), clock.now())
                        .map(outcome -> {
                            incidents.add(outcome.incident());
                            outbox.enqueue(command.office(), outcome.events());
                            return outcome.incident();
                        })));
    }

    @Override
    public Either<Rejections<HandoverRejection>, Incident> resolveIncident(ResolveIncident command) {
        return transactions.inTransaction(() -> asStaff(command.office(), command.actor(), actor -> {
            Incident incident = incidents.find(command.office(), command.incident())
                    .getOrElseThrow(() -> new NotFound("incident", command.incident().toString()));
            if (!actor.role().isManagerial() && !actor.id().equals(incident.reporter())) {
                return refuse(new HandoverRejection.MayNotResolve(actor.id(), actor.role()));
            }
            return incident.resolve(actor.id(), command.summary(), clock.now()).map(outcome -> {
                incidents.update(outcome.incident(), incident.version());
                outbox.enqueue(command.office(), outcome.events());
                return outcome.incident();
            });
        }));
    }

    @Override
    public Either<Rejections<HandoverRejection>, Handover> handover(OfficeId office, StaffId actor, HandoverId handover) {
        return transactions.inTransaction(() -> asStaff(office, actor, member -> Either.right(
                handovers.find(office, handover).getOrElseThrow(() -> new NotFound("handover", handover.toString())))));
    }

    @Override
    public Either<Rejections<HandoverRejection>, Seq<Handover>> handoversOf(OfficeId office, StaffId actor, PostId post) {
        return transactions.inTransaction(() -> asStaff(office, actor, member -> Either.right(handovers.ofPost(office, post))));
    }

    @Override
    public Either<Rejections<HandoverRejection>, Option<DutyLog>> dutyLog(OfficeId office, StaffId actor, PostId post) {
        return transactions.inTransaction(() -> asStaff(office, actor, member -> Either.right(dutyLogs.ofPost(office, post))));
    }

    @Override
    public Either<Rejections<HandoverRejection>, Incident> incident(OfficeId office, StaffId actor, IncidentId incident) {
        return transactions.inTransaction(() -> asStaff(office, actor, member -> Either.right(
                incidents.find(office, incident).getOrElseThrow(() -> new NotFound("incident", incident.toString())))));
    }

    @Override
    public Either<Rejections<HandoverRejection>, Seq<Incident>> openIncidents(OfficeId office, StaffId actor) {
        return transactions.inTransaction(() -> asStaff(office, actor, member -> Either.right(incidents.open(office))));
    }

    @Override
    public Option<StaffId> responsibleFor(OfficeId office, PostId post, Instant instant) {
        return transactions.inTransaction(() -> Responsibility.of(handovers.ofPost(office, post), instant)
                .orElse(() -> schedule.scheduledOn(office, post, instant)));
    }

    // ---- the shape every handover command shares -------------------------------------------------

    @FunctionalInterface
    private interface HandoverCommand {
        /** The command's outcome, or empty when the handover's state has no such command. */
        Option<Either<Rejections<HandoverRejection>, HandoverOutcome<Handover>>> apply(
                Handover handover, StaffMember actor, Instant now);
    }

    private Either<Rejections<HandoverRejection>, Handover> onHandover(
            OfficeId office, StaffId actorId, HandoverId id, String action, Rule rule, HandoverCommand command) {
        return transactions.inTransaction(() -> asStaff(office, actorId, actor -> {
            Handover handover = handovers.find(office, id).getOrElseThrow(() -> new NotFound("handover", id.toString()));
            Either<Rejections<HandoverRejection>, HandoverOutcome<Handover>> result = command
                    .apply(handover, actor, clock.now())
                    .getOrElse(() -> refuse(new HandoverRejection.NotAllowedInState(id, handover.state(), action, rule)));
            return result.map(outcome -> {
                handovers.update(outcome.handover(), handover.version());
                outbox.enqueue(office, outcome.events());
                return outcome.handover();
            });
        }));
    }

    private <T> Either<Rejections<HandoverRejection>, T> asStaff(
            OfficeId office, StaffId actor, Function<StaffMember, Either<Rejections<HandoverRejection>, T>> work) {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(actor, "actor");
        return directory.staffMember(office, actor)
                .<Either<Rejections<HandoverRejection>, T>>map(work)
                .getOrElse(() -> refuse(new HandoverRejection.NotOnStaff(actor)));
    }

    private static <T> Either<Rejections<HandoverRejection>, T> refuse(HandoverRejection reason) {
        return Either.left(Rejections.of(reason));
    }

    private static HandoverOutcome<Handover> widen(HandoverOutcome<? extends Handover> outcome) {
        return new HandoverOutcome<>(outcome.handover(), outcome.events());
    }

    private PostSituation situationOf(Handover handover) {
        DutyLog log = dutyLogs.find(handover.office(), handover.terms().dutyLog())
                .getOrElseThrow(() -> new NotFound("duty log", handover.terms().dutyLog().toString()));
        return PostSituation.of(handover.terms().department(), incidents.open(handover.office()), log);
    }

    /** The incoming person's direct superior takes a refusal; failing that, the outgoing person's. */
    private StaffId superiorFor(Handover handover) {
        return directory.superiorOf(handover.office(), handover.incoming())
                .orElse(() -> directory.superiorOf(handover.office(), handover.outgoing()))
                .map(StaffMember::id)
                .getOrElseThrow(() -> new IllegalStateException(
                        "neither party of handover " + handover.id() + " has a superior in the directory"));
    }

    private DutyLog logOf(OfficeId office, PostId post) {
        return dutyLogs.ofPost(office, post).getOrElse(() -> {
            DutyLog log = DutyLog.open(new DutyLogId(identities.next()), office, post);
            dutyLogs.add(log);
            return log;
        });
    }

    private DutyLog existingLogOf(OfficeId office, PostId post) {
        return dutyLogs.ofPost(office, post).getOrElseThrow(() -> new NotFound("duty log of post", post.toString()));
    }

    private DutyLog store(DutyLog before, DutyLog.Outcome outcome) {
        dutyLogs.update(outcome.log(), before.version());
        outbox.enqueue(before.office(), outcome.events());
        return outcome.log();
    }
}
