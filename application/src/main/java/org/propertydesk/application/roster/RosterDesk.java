package org.propertydesk.application.roster;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.roster.Assignment;
import org.propertydesk.domain.roster.ChangeKind;
import org.propertydesk.domain.roster.ChangeRequestId;
import org.propertydesk.domain.roster.Interval;
import org.propertydesk.domain.roster.OnDuty;
import org.propertydesk.domain.roster.Post;
import org.propertydesk.domain.roster.PostLeaving.Relief;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.domain.roster.RosterId;
import org.propertydesk.domain.roster.RosterPeriod;
import org.propertydesk.domain.roster.RosterRejection;
import org.propertydesk.domain.roster.RosterRejection.RosterViolation;

/**
 * The duty-roster desk (排班): what a department's scheduler, its supervisors and its staff do
 * with rosters. Every command names the acting staff member and office; a refusal lists every
 * reason (R-RO-1..R-RO-7, K-1); an unknown roster is a {@code NotFound} failure.
 */
@PrimaryPort
public interface RosterDesk {

    /** Starts a draft; only a scheduler of the department or above (R-RO-5). */
    Either<Rejections<RosterRejection>, Roster> draft(DraftRoster command);

    /** Adds and removes assignments of a draft; only a scheduler (R-RO-5). */
    Either<Rejections<RosterRejection>, Roster> plan(PlanAssignments command);

    /** Every violation of the current version (R-RO-1..R-RO-5); any staff member of the office may ask. */
    Either<Rejections<RosterRejection>, Seq<RosterViolation>> validate(OfficeId office, StaffId actor, RosterId roster);

    /** Records a department manager's (or higher) approval to publish late (R-RO-5). */
    Either<Rejections<RosterRejection>, Roster> excuseLatePublication(ExcuseLatePublication command);

    /** Publishes the draft, valid and on time, by a scheduler (R-RO-5). */
    Either<Rejections<RosterRejection>, Roster> publish(OfficeId office, StaffId actor, RosterId roster);

    /** Requests a swap, replacement or sick leave in advance (R-RO-6). */
    Either<Rejections<RosterRejection>, ChangeAsked> requestChange(RequestChange command);

    /** Approves a change: a supervisor of the post or above; issues a new version (R-RO-6). */
    Either<Rejections<RosterRejection>, Roster> approveChange(OfficeId office, StaffId actor, RosterId roster, ChangeRequestId change);

    /** Rejects a change: a supervisor of the post or above (R-RO-6). */
    Either<Rejections<RosterRejection>, Roster> rejectChange(
            OfficeId office, StaffId actor, RosterId roster, ChangeRequestId change, String reason);

    /** The actor confirms receipt of the version issued to them (R-RO-6). */
    Either<Rejections<RosterRejection>, Roster> acknowledge(OfficeId office, StaffId actor, RosterId roster, int version);

    /** Records the actor leaving their post: an absence with consent and relief, otherwise an incident (R-RO-7). */
    Either<Rejections<RosterRejection>, Roster> recordTemporaryAbsence(RecordTemporaryAbsence command);

    /** The roster with all its versions, changes and post leavings; any staff member of the office may read it (K-1). */
    Either<Rejections<RosterRejection>, Roster> roster(OfficeId office, StaffId actor, RosterId roster);

    /**
     * The office's rosters whose period shares a date with [{@code from}, {@code to}], by first
     * date then id; any staff member of the office may read them (K-1).
     */
    Either<Rejections<RosterRejection>, Seq<Roster>> rosters(OfficeId office, StaffId actor, LocalDate from, LocalDate to);

    /** Who stands post {@code post} at {@code moment}, by the published rosters of the office. */
    Seq<OnDuty> whoIsOnPost(OfficeId office, PostId post, Instant moment);

    /** Who is on duty now, on every post of the office. */
    Seq<OnDuty> whoIsOnDutyNow(OfficeId office);

    record DraftRoster(OfficeId office, StaffId actor, Department department, RosterPeriod period, Seq<Post> posts, Set<StaffId> schedulers) {
        public DraftRoster {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(posts, "posts");
            Objects.requireNonNull(schedulers, "schedulers");
        }
    }

    record PlanAssignments(OfficeId office, StaffId actor, RosterId roster, Seq<Assignment> add, Seq<Assignment> remove) {
        public PlanAssignments {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(roster, "roster");
            Objects.requireNonNull(add, "add");
            Objects.requireNonNull(remove, "remove");
        }
    }

    record ExcuseLatePublication(OfficeId office, StaffId actor, RosterId roster, String reason) {
        public ExcuseLatePublication {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(roster, "roster");
            Objects.requireNonNull(reason, "reason");
        }
    }

    record RequestChange(OfficeId office, StaffId actor, RosterId roster, ChangeKind kind, String reason) {
        public RequestChange {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(roster, "roster");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }

    record ChangeAsked(ChangeRequestId change, Roster roster) {}

    /** The actor leaves {@code post} for {@code away}; consent and relief as they stand. */
    record RecordTemporaryAbsence(
            OfficeId office, StaffId actor, RosterId roster, PostId post, Interval away, Option<StaffId> consentBy, Option<Relief> relief) {
        public RecordTemporaryAbsence {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(roster, "roster");
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(away, "away");
            Objects.requireNonNull(consentBy, "consentBy");
            Objects.requireNonNull(relief, "relief");
        }
    }
}
