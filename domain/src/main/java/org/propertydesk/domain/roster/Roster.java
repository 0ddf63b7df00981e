package org.propertydesk.domain.roster;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.kernel.StateMachine;
import org.propertydesk.domain.roster.ChangeRequest.Approved;
import org.propertydesk.domain.roster.ChangeRequest.Pending;
import org.propertydesk.domain.roster.ChangeRequest.Rejected;
import org.propertydesk.domain.roster.PostLeaving.LeftPost;
import org.propertydesk.domain.roster.PostLeaving.Relief;
import org.propertydesk.domain.roster.PostLeaving.TemporaryAbsence;
import org.propertydesk.domain.roster.RosterRejection.RosterViolation;
import org.propertydesk.domain.roster.RosterVersion.Draft;
import org.propertydesk.domain.roster.RosterVersion.Published;
import org.propertydesk.domain.roster.RosterVersion.Superseded;

/**
 * A department's duty roster of one office for one period, with all its versions. It guards that
 * what is published is valid (R-RO-1..R-RO-4), published on time (R-RO-5), changed only by an
 * approved advance request that issues a new version and withdraws the old, read-only one
 * (R-RO-6), and that leaving a post is either a consented, relieved absence or an incident
 * (R-RO-7). Exactly one version is current: the last of {@link #versions()}.
 *
 * <p>Immutable: every command returns a new roster whose {@link #version()} (optimistic
 * concurrency) is one higher, with the events it produced.
 *
 * @param team       the roles of the staff the roster names (R-RO-3 needs managers)
 * @param schedulers designated schedulers (考勤员/排班员) who publish besides the department's supervisors and above
 */
@AggregateRoot
public record Roster(
        @Identity RosterId id,
        OfficeId office,
        Department department,
        RosterPeriod period,
        Seq<Post> posts,
        Map<StaffId, Role> team,
        Set<StaffId> schedulers,
        Option<LatePublicationApproval> latePublicationApproval,
        Seq<RosterVersion> versions,
        Seq<ChangeRequest> changes,
        Seq<PostLeaving> leavings,
        long version) {

    /** The lifecycle of a roster version, declared once; every transition below asks it first. */
    public static final StateMachine<RosterState> LIFECYCLE = StateMachine
            .named("roster version", RosterState.class, RosterState.DRAFT)
            .on(RosterState.DRAFT, "plan", RosterState.DRAFT)
            .on(RosterState.DRAFT, "excuse late publication", RosterState.DRAFT)
            .on(RosterState.DRAFT, "publish", RosterState.PUBLISHED)
            .on(RosterState.PUBLISHED, "request change", RosterState.PUBLISHED)
            .on(RosterState.PUBLISHED, "reject change", RosterState.PUBLISHED)
            .on(RosterState.PUBLISHED, "acknowledge", RosterState.PUBLISHED)
            .on(RosterState.PUBLISHED, "leave post", RosterState.PUBLISHED)
            .on(RosterState.PUBLISHED, "supersede", RosterState.SUPERSEDED)
            .build();

    public Roster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(posts, "posts");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(schedulers, "schedulers");
        Objects.requireNonNull(latePublicationApproval, "latePublicationApproval");
        Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(leavings, "leavings");
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a roster has at least its draft version");
        }
    }

    /** Starts a draft (version 1) for the posts; it needs a duty-manager post (R-RO-3). */
    public static Either<Rejections<RosterRejection>, RosterOutcome> draft(
            RosterId id, OfficeId office, Department department, RosterPeriod period, Seq<Post> posts,
            Map<StaffId, Role> team, Set<StaffId> schedulers, StaffId by, Instant at) {
        List<RosterRejection> reasons = posts.exists(Post::dutyManagerPost)
                ? List.empty()
                : List.of(new RosterRejection.NoDutyManagerPost(office));
        return Rejections.unless(reasons, () -> new RosterOutcome(
                new Roster(id, office, department, period, posts, team, schedulers, Option.none(),
                        List.of(new Draft(1, HashSet.empty())), List.empty(), List.empty(), 0L),
                List.of(new RosterEvent.RosterDrafted(id, office, period, by, at))));
    }

    public RosterVersion current() {
        return versions.last();
    }

    public Option<Published> published() {
        return Option.of(current()).filter(Published.class::isInstance).map(Published.class::cast);
    }

    public Option<RosterVersion> versionNumbered(int number) {
        return versions.find(candidate -> candidate.number() == number);
    }

    public Option<Post> post(PostId post) {
        return posts.find(candidate -> candidate.id().equals(post));
    }

    public Option<ChangeRequest> change(ChangeRequestId change) {
        return changes.find(candidate -> candidate.id().equals(change));
    }

    /** Every violation of the current version (R-RO-1..R-RO-5); see {@link RosterValidation} for the cost. */
    public Seq<RosterViolation> violations(BusinessCalendar calendar, RosterPolicy policy) {
        return violationsOf(current().assignments(), calendar, policy);
    }

    private Seq<RosterViolation> violationsOf(Iterable<Assignment> assignments, BusinessCalendar calendar, RosterPolicy policy) {
        return RosterValidation.violations(posts, team, period, assignments, calendar, policy);
    }

    /**
     * When the roster must be published (R-RO-5): by the end of the policy's day (the 25th) of the
     * month before the period, and, when the period holds a statutory holiday, at least the lead
     * days (7) before the first one — whichever comes first.
     */
    public Instant publicationDue(BusinessCalendar calendar, RosterPolicy policy) {
        ZoneId zone = calendar.zone();
        LocalDate monthly = YearMonth.from(period.first()).minusMonths(1).atDay(policy.publicationDayOfMonth()).plusDays(1);
        Instant due = monthly.atStartOfDay(zone).toInstant();
        Option<LocalDate> holiday = period.dates().find(calendar.holidays()::contains);
        if (holiday.isDefined()) {
            Instant holidayDue = holiday.get().minusDays(policy.holidayLeadDays()).atStartOfDay(zone).toInstant();
            due = holidayDue.isBefore(due) ? holidayDue : due;
        }
        return due;
    }

    /** Adds and removes assignments of the draft; reports every assignment it cannot take. */
    public Either<Rejections<RosterRejection>, RosterOutcome> plan(Seq<Assignment> add, Seq<Assignment> remove) {
        List<RosterRejection> reasons = List.empty();
        if (!(current() instanceof Draft draft) || !LIFECYCLE.allows(current().state(), "plan")) {
            return Either.left(Rejections.of(new RosterRejection.NotADraft(id, current().number())));
        }
        for (Assignment assignment : add) {
            reasons = reasons.appendAll(fits(assignment));
        }
        return Rejections.unless(reasons, () -> new RosterOutcome(
                withVersions(versions.init().append(new Draft(draft.number(), draft.assignments().removeAll(remove).addAll(add)))),
                List.empty()));
    }

    private List<RosterRejection> fits(Assignment assignment) {
        List<RosterRejection> reasons = List.empty();
        Option<Post> post = post(assignment.post());
        if (post.isEmpty()) {
            reasons = reasons.append(new RosterRejection.UnknownPost(assignment.post()));
        } else if (post.get().pattern().shift(assignment.shift()).isEmpty()) {
            reasons = reasons.append(new RosterRejection.UnknownShift(assignment.post(), assignment.shift()));
        }
        if (!period.contains(assignment.date())) {
            reasons = reasons.append(new RosterRejection.OutsidePeriod(assignment.date(), period));
        }
        return reasons;
    }

    /** Records a manager's approval to publish after the deadline (R-RO-5). */
    public Either<Rejections<RosterRejection>, RosterOutcome> excuseLatePublication(StaffMember approver, String reason, Instant at) {
        List<RosterRejection> reasons = List.empty();
        if (!LIFECYCLE.allows(current().state(), "excuse late publication")) {
            reasons = reasons.append(new RosterRejection.NotADraft(id, current().number()));
        }
        if (approver.role().rank().compareTo(Role.Rank.MANAGER) < 0 || !approver.office().equals(office)) {
            reasons = reasons.append(new RosterRejection.NotEntitledToExcuseLateness(approver.id()));
        }
        return Rejections.unless(reasons, () -> new RosterOutcome(
                new Roster(id, office, department, period, posts, team, schedulers,
                        Option.some(new LatePublicationApproval(approver.id(), at, reason)), versions, changes, leavings, version + 1),
                List.of(new RosterEvent.LatePublicationExcused(id, office, approver.id(), at))));
    }

    /**
     * Publishes the draft: only by a scheduler of the department or someone above (R-RO-5), only
     * when valid (R-RO-1..R-RO-5), and only by the deadline unless a late publication was excused.
     * Everyone rostered must acknowledge the version.
     */
    public Either<Rejections<RosterRejection>, RosterOutcome> publish(
            StaffMember by, Instant at, BusinessCalendar calendar, RosterPolicy policy) {
        if (!(current() instanceof Draft draft) || !LIFECYCLE.allows(current().state(), "publish")) {
            return Either.left(Rejections.of(new RosterRejection.NotADraft(id, current().number())));
        }
        List<RosterRejection> reasons = List.empty();
        if (!isScheduler(by)) {
            reasons = reasons.append(new RosterRejection.NotScheduler(by.id()));
        }
        reasons = reasons.appendAll(violations(calendar, policy));
        Instant due = publicationDue(calendar, policy);
        if (at.isAfter(due) && latePublicationApproval.isEmpty()) {
            reasons = reasons.append(new RosterRejection.LatePublication(id, due, at));
        }
        Set<StaffId> everyone = draft.assignments().map(Assignment::staff);
        return Rejections.unless(reasons, () -> new RosterOutcome(
                withVersions(versions.init().append(new Published(draft.number(), draft.assignments(), by.id(), at,
                        Option.none(), everyone, io.vavr.collection.HashMap.empty()))),
                List.of(new RosterEvent.RosterPublished(id, office, draft.number(), by.id(), everyone, at))));
    }

    /** The department's designated schedulers, its supervisors and managers, the office manager and leadership (R-RO-5). */
    public boolean isScheduler(StaffMember staff) {
        return isScheduler(staff, office, department, schedulers);
    }

    /** Whether {@code staff} may draft, plan and publish a roster of the department (R-RO-5). */
    public static boolean isScheduler(StaffMember staff, OfficeId office, Department department, Set<StaffId> schedulers) {
        return staff.office().equals(office)
                && (schedulers.contains(staff.id())
                        || staff.department() == department && staff.role().isManagerial()
                        || staff.role() == Role.OFFICE_MANAGER
                        || staff.role() == Role.COMPANY_LEADERSHIP);
    }

    /** The post's supervisor, a supervisor or manager of its department, the office manager or leadership (R-RO-6). */
    public static boolean supervises(StaffMember staff, Post post) {
        return staff.id().equals(post.supervisor())
                || staff.department() == post.department() && staff.role().isManagerial()
                || staff.role() == Role.OFFICE_MANAGER
                || staff.role() == Role.COMPANY_LEADERSHIP;
    }

    /**
     * Asks for a change of the current version (R-RO-6): the assignments must be in it, a swap or
     * replacement is asked for the policy's lead time (24 h) ahead, sick leave before the shift
     * starts with a doctor's certificate and a named replacement.
     *
     * @param roles roles of staff the change brings onto the roster (e.g. the replacement)
     */
    public Either<Rejections<RosterRejection>, RosterOutcome> requestChange(
            ChangeRequestId change, ChangeKind kind, StaffId by, String reason, Map<StaffId, Role> roles,
            Instant at, ZoneId zone, RosterPolicy policy) {
        if (!(current() instanceof Published published) || !LIFECYCLE.allows(current().state(), "request change")) {
            return Either.left(Rejections.of(new RosterRejection.NotPublished(id)));
        }
        List<RosterRejection> reasons = List.empty();
        for (Assignment assignment : kind.removes()) {
            if (!published.assignments().contains(assignment)) {
                reasons = reasons.append(new RosterRejection.NotInCurrentVersion(assignment));
                continue;
            }
            Option<Instant> start = post(assignment.post()).flatMap(post -> post.pattern().shift(assignment.shift()))
                    .map(shift -> shift.on(assignment.date(), zone).start());
            Instant latest = kind instanceof ChangeKind.SickLeave
                    ? start.get()
                    : start.get().minus(policy.changeLeadTime());
            if (at.isAfter(latest)) {
                reasons = reasons.append(new RosterRejection.LateChangeRequest(assignment, at, latest));
            }
        }
        if (kind instanceof ChangeKind.SickLeave sick) {
            if (sick.certificate().filter(text -> !text.isBlank()).isEmpty()) {
                reasons = reasons.append(new RosterRejection.MissingCertificate(sick.assignment().staff()));
            }
            if (sick.replacement().isEmpty()) {
                reasons = reasons.append(new RosterRejection.MissingReplacement(sick.assignment().staff()));
            } else if (sick.replacement().contains(sick.assignment().staff())) {
                reasons = reasons.append(new RosterRejection.SelfReplacement(sick.assignment().staff()));
            }
        } else if (kind instanceof ChangeKind.Replacement replacement && replacement.replacement().equals(replacement.assignment().staff())) {
            reasons = reasons.append(new RosterRejection.SelfReplacement(replacement.replacement()));
        } else if (kind instanceof ChangeKind.Swap swap && swap.first().staff().equals(swap.second().staff())) {
            reasons = reasons.append(new RosterRejection.SelfReplacement(swap.first().staff()));
        }
        return Rejections.unless(reasons, () -> new RosterOutcome(
                new Roster(id, office, department, period, posts, team.merge(roles), schedulers, latePublicationApproval, versions,
                        changes.append(new ChangeRequest(change, kind, by, at, reason, new Pending())), leavings, version + 1),
                List.of(new RosterEvent.ChangeRequested(id, office, change, by, at))));
    }

    /**
     * Approves a pending change (R-RO-6): only a supervisor of every post it touches or someone
     * above, before the first affected shift starts, and only if the resulting roster is still
     * valid. Issues a new published version, supersedes the old one, and names everyone whose
     * shifts changed as those who must acknowledge it.
     */
    public Either<Rejections<RosterRejection>, RosterOutcome> approveChange(
            ChangeRequestId changeId, StaffMember approver, Instant at, BusinessCalendar calendar, RosterPolicy policy) {
        Option<ChangeRequest> found = change(changeId);
        if (found.isEmpty()) {
            return Either.left(Rejections.of(new RosterRejection.UnknownChangeRequest(changeId)));
        }
        if (!(current() instanceof Published published) || !LIFECYCLE.allows(current().state(), "supersede")) {
            return Either.left(Rejections.of(new RosterRejection.NotPublished(id)));
        }
        ChangeRequest request = found.get();
        List<RosterRejection> reasons = decisionProblems(request, approver);
        for (Assignment assignment : request.kind().removes()) {
            if (!published.assignments().contains(assignment)) {
                reasons = reasons.append(new RosterRejection.NotInCurrentVersion(assignment));
            } else {
                Instant start = post(assignment.post()).get().pattern().shift(assignment.shift()).get()
                        .on(assignment.date(), calendar.zone()).start();
                if (!at.isBefore(start)) {
                    reasons = reasons.append(new RosterRejection.ApprovedTooLate(changeId, start, at));
                }
            }
        }
        Set<Assignment> changed = published.assignments().removeAll(request.kind().removes()).addAll(request.kind().adds());
        if (reasons.isEmpty()) {
            reasons = reasons.appendAll(violationsOf(changed, calendar, policy));
        }
        Set<StaffId> affected = request.kind().removes().appendAll(request.kind().adds()).map(Assignment::staff).toSet();
        int issued = published.number() + 1;
        return Rejections.unless(reasons, () -> new RosterOutcome(
                new Roster(id, office, department, period, posts, team, schedulers, latePublicationApproval,
                        versions.init()
                                .append(new Superseded(published, issued, at))
                                .append(new Published(issued, changed, approver.id(), at, Option.some(changeId), affected,
                                        io.vavr.collection.HashMap.empty())),
                        changes.replace(request, request.decided(new Approved(approver.id(), at, issued))), leavings, version + 1),
                List.of(new RosterEvent.ChangeApproved(id, office, changeId, issued, published.number(), approver.id(), affected, at))));
    }

    /** Turns down a pending change; the roster stays as it is (R-RO-6). */
    public Either<Rejections<RosterRejection>, RosterOutcome> rejectChange(
            ChangeRequestId changeId, StaffMember approver, String reason, Instant at) {
        Option<ChangeRequest> found = change(changeId);
        if (found.isEmpty()) {
            return Either.left(Rejections.of(new RosterRejection.UnknownChangeRequest(changeId)));
        }
        ChangeRequest request = found.get();
        List<RosterRejection> reasons = decisionProblems(request, approver);
        if (!LIFECYCLE.allows(current().state(), "reject change")) {
            reasons = reasons.append(new RosterRejection.NotPublished(id));
        }
        return Rejections.unless(reasons, () -> new RosterOutcome(
                new Roster(id, office, department, period, posts, team, schedulers, latePublicationApproval, versions,
                        changes.replace(request, request.decided(new Rejected(approver.id(), at, reason))), leavings, version + 1),
                List.of(new RosterEvent.ChangeRejected(id, office, changeId, approver.id(), at))));
    }

    private List<RosterRejection> decisionProblems(ChangeRequest request, StaffMember approver) {
        List<RosterRejection> reasons = List.empty();
        if (!request.pending()) {
            reasons = reasons.append(new RosterRejection.ChangeAlreadyDecided(request.id()));
        }
        for (PostId postId : request.kind().removes().map(Assignment::post).distinct()) {
            Option<Post> post = post(postId);
            if (!approver.office().equals(office) || post.isEmpty() || !supervises(approver, post.get())) {
                reasons = reasons.append(new RosterRejection.NotSupervisorOfPost(approver.id(), postId));
            }
        }
        return reasons;
    }

    /** Confirms receipt of the current version by someone it was issued to (R-RO-6). */
    public Either<Rejections<RosterRejection>, RosterOutcome> acknowledge(StaffId staff, int versionNumber, Instant at) {
        if (!(current() instanceof Published published) || published.number() != versionNumber
                || !published.awaitingAcknowledgement().contains(staff)
                || !LIFECYCLE.allows(current().state(), "acknowledge")) {
            return Either.left(Rejections.of(new RosterRejection.NothingToAcknowledge(staff, versionNumber)));
        }
        return Either.right(new RosterOutcome(
                withVersions(versions.init().append(published.acknowledgedBy(staff, at))),
                List.of(new RosterEvent.RosterAcknowledged(id, office, versionNumber, staff, at))));
    }

    /**
     * Records a staff member leaving their post for {@code away} (R-RO-7). With the consent of the
     * duty supervisor (the post's supervisor or the manager on duty) and a relief who arrived
     * before the leaving, it is a temporary absence; otherwise it is recorded as leaving the post.
     * Refused only when the staff member is not rostered on the post then.
     */
    public Either<Rejections<RosterRejection>, RosterOutcome> leavePost(
            StaffId staff, PostId postId, Interval away, Option<StaffId> consentBy, Option<Relief> relief, ZoneId zone) {
        if (!LIFECYCLE.allows(current().state(), "leave post")) {
            return Either.left(Rejections.of(new RosterRejection.NotPublished(id)));
        }
        if (!rostered(postId, away.start(), zone).exists(duty -> duty.staff().equals(staff))) {
            return Either.left(Rejections.of(new RosterRejection.NotOnPost(staff, postId, away.start())));
        }
        Set<StaffId> dutySupervisors = posts.filter(Post::dutyManagerPost)
                .flatMap(post -> rostered(post.id(), away.start(), zone)).map(OnDuty::staff).toSet()
                .addAll(post(postId).map(Post::supervisor));
        boolean consented = consentBy.exists(dutySupervisors::contains);
        boolean relieved = relief.exists(r -> !r.staff().equals(staff) && !r.arrivedAt().isAfter(away.start()));
        PostLeaving leaving = consented && relieved
                ? new TemporaryAbsence(staff, postId, away, consentBy.get(), relief.get())
                : new LeftPost(staff, postId, away, consentBy, relief, !consented, !relieved);
        RosterEvent event = leaving instanceof TemporaryAbsence
                ? new RosterEvent.TemporaryAbsenceRecorded(id, office, postId, staff, relief.get().staff(), away.start())
                : new RosterEvent.PostLeftWithoutCover(id, office, postId, staff, away.start());
        return Either.right(new RosterOutcome(
                new Roster(id, office, department, period, posts, team, schedulers, latePublicationApproval, versions, changes,
                        leavings.append(leaving), version + 1),
                List.of(event)));
    }

    /**
     * Who stands {@code post} at {@code moment} by the current published version: those rostered,
     * minus anyone on a meal break or away (R-RO-7), plus the reliefs standing in for them.
     */
    public Seq<OnDuty> onPost(PostId post, Instant moment, ZoneId zone) {
        Seq<OnDuty> rostered = rostered(post, moment, zone);
        Seq<PostLeaving> awayNow = leavings.filter(leaving -> leaving.post().equals(post) && leaving.away().contains(moment));
        Seq<OnDuty> reliefs = awayNow.filter(TemporaryAbsence.class::isInstance).map(TemporaryAbsence.class::cast)
                .map(absence -> new OnDuty(post, absence.relief().staff(), absence.away()));
        return rostered.filter(duty -> !awayNow.exists(leaving -> leaving.staff().equals(duty.staff())))
                .appendAll(reliefs)
                .distinctBy(OnDuty::staff);
    }

    /** Everyone on duty at {@code moment}, post by post. */
    public Seq<OnDuty> onDuty(Instant moment, ZoneId zone) {
        return posts.flatMap(post -> onPost(post.id(), moment, zone));
    }

    /** Rostered on the post at the moment by the published version, meal breaks excepted. */
    private Seq<OnDuty> rostered(PostId postId, Instant moment, ZoneId zone) {
        Option<Post> post = post(postId);
        if (published().isEmpty() || post.isEmpty()) {
            return List.empty();
        }
        LocalDate today = moment.atZone(zone).toLocalDate();
        return published().get().assignments().iterator()
                .filter(assignment -> assignment.post().equals(postId) && !assignment.date().isAfter(today)
                        && !assignment.date().isBefore(today.minusDays(1)))
                .flatMap(assignment -> post.get().pattern().shift(assignment.shift()).map(shift -> {
                    Interval interval = shift.on(assignment.date(), zone);
                    boolean onBreak = assignment.mealBreak().orElse(shift.mealBreak())
                            .map(window -> shift.breakOn(window, assignment.date(), zone))
                            .exists(pause -> pause.contains(moment));
                    return interval.contains(moment) && !onBreak ? Option.some(new OnDuty(postId, assignment.staff(), interval)) : Option.<OnDuty>none();
                }).getOrElse(Option.none()))
                .toList()
                .sortBy(duty -> duty.staff().value());
    }

    private Roster withVersions(Seq<RosterVersion> updated) {
        return new Roster(id, office, department, period, posts, team, schedulers, latePublicationApproval, updated, changes, leavings, version + 1);
    }
}
