package org.propertydesk.application.roster;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiFunction;
import org.propertydesk.application.kernel.Calendar;
import org.propertydesk.application.kernel.Clock;
import org.propertydesk.application.kernel.Directory;
import org.propertydesk.application.kernel.Identities;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.application.kernel.Outbox;
import org.propertydesk.application.kernel.Transactions;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.roster.Assignment;
import org.propertydesk.domain.roster.ChangeRequestId;
import org.propertydesk.domain.roster.OnDuty;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.domain.roster.RosterId;
import org.propertydesk.domain.roster.RosterOutcome;
import org.propertydesk.domain.roster.RosterPolicy;
import org.propertydesk.domain.roster.RosterRejection;
import org.propertydesk.domain.roster.RosterRejection.RosterViolation;

/**
 * The roster desk over its ports: looks the actor up in the directory (a member of another office
 * is refused, K-1), checks authorisation as rejections, runs each command in one transaction,
 * takes time from the clock and ids from the identities, stores with optimistic concurrency and
 * enqueues the roster's events.
 */
public final class RosterDeskService implements RosterDesk {

    private final Rosters rosters;
    private final Directory directory;
    private final Calendar calendar;
    private final Clock clock;
    private final Identities identities;
    private final Transactions transactions;
    private final Outbox outbox;
    private final RosterPolicy policy;

    public RosterDeskService(Rosters rosters, Directory directory, Calendar calendar, Clock clock, Identities identities,
            Transactions transactions, Outbox outbox, RosterPolicy policy) {
        this.rosters = Objects.requireNonNull(rosters, "rosters");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Either<Rejections<RosterRejection>, Roster> draft(DraftRoster command) {
        return transactions.inTransaction(() -> actor(command.office(), command.actor()).flatMap(actor -> {
            if (!Roster.isScheduler(actor, command.office(), command.department(), command.schedulers())) {
                return refuse(new RosterRejection.NotScheduler(actor.id()));
            }
            Map<StaffId, Role> team = HashMap.ofEntries(directory.staffOf(command.office())
                    .map(member -> io.vavr.Tuple.of(member.id(), member.role())));
            return Roster.draft(new RosterId(identities.next()), command.office(), command.department(), command.period(),
                            command.posts(), team, command.schedulers(), actor.id(), clock.now())
                    .peek(outcome -> {
                        rosters.add(outcome.roster());
                        outbox.enqueue(command.office(), outcome.events());
                    })
                    .map(RosterOutcome::roster);
        }));
    }

    @Override
    public Either<Rejections<RosterRejection>, Roster> plan(PlanAssignments command) {
        return command(command.office(), command.actor(), command.roster(), (actor, roster) -> roster.isScheduler(actor)
                ? roster.plan(command.add(), command.remove())
                : refuse(new RosterRejection.NotScheduler(actor.id())));
    }

    @Override
    public Either<Rejections<RosterRejection>, Seq<RosterViolation>> validate(OfficeId office, StaffId actor, RosterId roster) {
        return transactions.inTransaction(() -> actor(office, actor)
                .map(member -> load(office, roster).violations(calendarOf(office), policy)));
    }

    @Override
    public Either<Rejections<RosterRejection>, Roster> excuseLatePublication(ExcuseLatePublication command) {
        return command(command.office(), command.actor(), command.roster(),
                (actor, roster) -> roster.excuseLatePublication(actor, command.reason(), clock.now()));
    }

    @Override
    public Either<Rejections<RosterRejection>, Roster> publish(OfficeId office, StaffId actor, RosterId roster) {
        return command(office, actor, roster, (member, current) -> current.publish(member, clock.now(), calendarOf(office), policy));
    }

    @Override
    public Either<Rejections<RosterRejection>, ChangeAsked> requestChange(RequestChange command) {
        ChangeRequestId change = new ChangeRequestId(identities.next());
        return command(command.office(), command.actor(), command.roster(), (actor, roster) -> {
            Seq<StaffId> named = command.kind().adds().map(Assignment::staff).distinct();
            Seq<RosterRejection> strangers = named.filter(staff -> directory.staffMember(command.office(), staff).isEmpty())
                    .map(staff -> new RosterRejection.NotStaffOfOffice(staff, command.office()));
            if (!strangers.isEmpty()) {
                return Either.left(new Rejections<>(strangers));
            }
            Map<StaffId, Role> roles = HashMap.ofEntries(named.map(staff ->
                    io.vavr.Tuple.of(staff, directory.staffMember(command.office(), staff).get().role())));
            return roster.requestChange(change, command.kind(), actor.id(), command.reason(), roles, clock.now(),
                    calendarOf(command.office()).zone(), policy);
        }).map(roster -> new ChangeAsked(change, roster));
    }

    @Override
    public Either<Rejections<RosterRejection>, Roster> approveChange(OfficeId office, StaffId actor, RosterId roster, ChangeRequestId change) {
        return command(office, actor, roster, (member, current) -> current.approveChange(change, member, clock.now(), calendarOf(office), policy));
    }

    @Override
    public Either<Rejections<RosterRejection>, Roster> rejectChange(
            OfficeId office, StaffId actor, RosterId roster, ChangeRequestId change, String reason) {
        return command(office, actor, roster, (member, current) -> current.rejectChange(change, member, reason, clock.now()));
    }

    @Override
    public Either<Rejections<RosterRejection>, Roster> acknowledge(OfficeId office, StaffId actor, RosterId roster, int version) {
        return command(office, actor, roster, (member, current) -> current.acknowledge(member.id(), version, clock.now()));
    }

    @Override
    public Either<Rejections<RosterRejection>, Roster> recordTemporaryAbsence(RecordTemporaryAbsence command) {
        return command(command.office(), command.actor(), command.roster(), (actor, roster) -> roster.leavePost(
                actor.id(), command.post(), command.away(), command.consentBy(), command.relief(), calendarOf(command.office()).zone()));
    }

    @Override
    public Either<Rejections<RosterRejection>, Roster> roster(OfficeId office, StaffId actor, RosterId roster) {
        return transactions.inTransaction(() -> actor(office, actor).map(member -> load(office, roster)));
    }

    @Override
    public Either<Rejections<RosterRejection>, Seq<Roster>> rosters(OfficeId office, StaffId actor, LocalDate from, LocalDate to) {
        return transactions.inTransaction(() -> actor(office, actor).map(member -> rosters.overlapping(office, from, to)
                .sorted(java.util.Comparator.comparing((Roster roster) -> roster.period().first())
                        .thenComparing(roster -> roster.id().value()))));
    }

    @Override
    public Seq<OnDuty> whoIsOnPost(OfficeId office, PostId post, Instant moment) {
        return transactions.inTransaction(() -> {
            BusinessCalendar business = calendarOf(office);
            LocalDate date = moment.atZone(business.zone()).toLocalDate();
            return rosters.overlapping(office, date.minusDays(1), date)
                    .flatMap(roster -> roster.onPost(post, moment, business.zone()))
                    .distinct();
        });
    }

    @Override
    public Seq<OnDuty> whoIsOnDutyNow(OfficeId office) {
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            BusinessCalendar business = calendarOf(office);
            LocalDate date = now.atZone(business.zone()).toLocalDate();
            return rosters.overlapping(office, date.minusDays(1), date)
                    .flatMap(roster -> roster.onDuty(now, business.zone()))
                    .distinct();
        });
    }

    /** Loads, decides, and on success stores the new state and enqueues its events, all in one unit of work. */
    private Either<Rejections<RosterRejection>, Roster> command(
            OfficeId office, StaffId actorId, RosterId rosterId,
            BiFunction<StaffMember, Roster, Either<Rejections<RosterRejection>, RosterOutcome>> decide) {
        return transactions.inTransaction(() -> actor(office, actorId).flatMap(actor -> {
            Roster roster = load(office, rosterId);
            return decide.apply(actor, roster).peek(outcome -> {
                rosters.update(outcome.roster(), roster.version());
                outbox.enqueue(office, outcome.events());
            }).map(RosterOutcome::roster);
        }));
    }

    private Either<Rejections<RosterRejection>, StaffMember> actor(OfficeId office, StaffId actor) {
        return directory.staffMember(office, actor)
                .toEither(() -> Rejections.<RosterRejection>of(new RosterRejection.NotStaffOfOffice(actor, office)));
    }

    private Roster load(OfficeId office, RosterId roster) {
        return rosters.find(office, roster).getOrElseThrow(() -> new NotFound("roster", roster.toString()));
    }

    private BusinessCalendar calendarOf(OfficeId office) {
        return calendar.of(office).getOrElseThrow(() -> new NotFound("calendar", office.toString()));
    }

    private static <T> Either<Rejections<RosterRejection>, T> refuse(RosterRejection reason) {
        return Either.left(Rejections.of(reason));
    }
}
