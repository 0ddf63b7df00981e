package org.propertydesk.domain.roster;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Rejection;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;

/** Why a roster command was refused. One record per reason; each names its rule. */
public sealed interface RosterRejection extends Rejection {

    /**
     * A fault found by validating a roster version. Each names the post, the date of the shift and
     * the interval that is uncovered or in conflict.
     */
    sealed interface RosterViolation extends RosterRejection {
        PostId post();

        LocalDate date();

        Interval interval();
    }

    /** A round-the-clock post's shifts leave part of the day unstaffed (R-RO-1). */
    record TilingGap(PostId post, LocalDate date, Interval interval) implements RosterViolation {
        public Rule rule() {
            return Rule.R_RO_1;
        }

        public String reason() {
            return "the shifts of round-the-clock post " + post + " leave " + interval + " of " + date + " without a shift";
        }
    }

    /** A round-the-clock post's shifts overlap (R-RO-1). */
    record TilingOverlap(PostId post, LocalDate date, Interval interval) implements RosterViolation {
        public Rule rule() {
            return Rule.R_RO_1;
        }

        public String reason() {
            return "the shifts of round-the-clock post " + post + " overlap during " + interval + " of " + date;
        }
    }

    /**
     * Fewer staff on post than the shift covering {@code interval} needs, meal breaks counted as
     * absence (R-RO-2); {@code required} is that shift's own ordinary minimum.
     */
    record Uncovered(PostId post, LocalDate date, Interval interval, int required, int present) implements RosterViolation {
        public Rule rule() {
            return Rule.R_RO_2;
        }

        public String reason() {
            return "post " + post + " has " + present + " of the " + required + " staff its shift of " + date
                    + " needs during " + interval;
        }
    }

    /** A meal break that does not lie inside its shift (R-RO-2). */
    record MealBreakOutsideShift(StaffId staff, PostId post, LocalDate date, Interval interval) implements RosterViolation {
        public Rule rule() {
            return Rule.R_RO_2;
        }

        public String reason() {
            return "the meal break " + interval + " of " + staff + " lies outside their shift on post " + post + " of " + date;
        }
    }

    /** A shift on a statutory holiday staffed below its own strengthened minimum (加强值班, R-RO-5), given as {@code required}. */
    record HolidayDutyNotStrengthened(PostId post, LocalDate date, Interval interval, int required, int present)
            implements RosterViolation {
        public Rule rule() {
            return Rule.R_RO_5;
        }

        public String reason() {
            return "post " + post + " has " + present + " staff on holiday " + date + " during " + interval
                    + " but strengthened duty needs " + required;
        }
    }

    /** A day without a manager on the duty-manager post (R-RO-3). */
    record NoDutyManager(PostId post, LocalDate date, Interval interval) implements RosterViolation {
        public Rule rule() {
            return Rule.R_RO_3;
        }

        public String reason() {
            return "no manager is on duty on " + date + " (post " + post + ", " + interval + ")";
        }
    }

    /** One person on two shifts at once (R-RO-4). */
    record DoubleBooking(StaffId staff, PostId post, PostId otherPost, LocalDate date, Interval interval)
            implements RosterViolation {
        public Rule rule() {
            return Rule.R_RO_4;
        }

        public String reason() {
            return staff + " is rostered on post " + post + " and on post " + otherPost + " during " + interval;
        }
    }

    /** A shift that starts before its holder has rested enough (R-RO-4). */
    record ShortRest(StaffId staff, PostId post, LocalDate date, Interval interval, Duration rest, Duration required)
            implements RosterViolation {
        public Rule rule() {
            return Rule.R_RO_4;
        }

        public String reason() {
            return staff + " rests only " + rest + " before the shift " + interval + " on post " + post
                    + ", less than " + required;
        }
    }

    /** More night shifts in a row than the policy allows (R-RO-4); the interval runs from the first night of the run. */
    record TooManyConsecutiveNights(StaffId staff, PostId post, LocalDate date, Interval interval, int nights, int maximum)
            implements RosterViolation {
        public Rule rule() {
            return Rule.R_RO_4;
        }

        public String reason() {
            return staff + " works " + nights + " nights in a row up to " + date + " (" + interval + "), more than " + maximum;
        }
    }

    /** A roster needs a duty-manager post (R-RO-3). */
    record NoDutyManagerPost(OfficeId office) implements RosterRejection {
        public Rule rule() {
            return Rule.R_RO_3;
        }

        public String reason() {
            return "a roster of office " + office + " needs a duty-manager post";
        }
    }

    /** An assignment on a post the roster does not plan (R-RO-2). */
    record UnknownPost(PostId post) implements RosterRejection {
        public Rule rule() {
            return Rule.R_RO_2;
        }

        public String reason() {
            return "post " + post + " is not planned by this roster";
        }
    }

    /** An assignment to a shift that is not in the post's pattern (R-RO-1). */
    record UnknownShift(PostId post, String shift) implements RosterRejection {
        public Rule rule() {
            return Rule.R_RO_1;
        }

        public String reason() {
            return "post " + post + " has no shift " + shift;
        }
    }

    /** An assignment dated outside the roster's period (R-RO-1). */
    record OutsidePeriod(LocalDate date, RosterPeriod period) implements RosterRejection {
        public Rule rule() {
            return Rule.R_RO_1;
        }

        public String reason() {
            return date + " lies outside the roster period " + period;
        }
    }

    /** Only a draft is edited; a published roster changes by approved request (R-RO-6). */
    record NotADraft(RosterId roster, int version) implements RosterRejection {
        public Rule rule() {
            return Rule.R_RO_6;
        }

        public String reason() {
            return "roster " + roster + " version " + version + " is published; it changes only by an approved change request";
        }
    }

    /** Nothing published yet to change or acknowledge (R-RO-6). */
    record NotPublished(RosterId roster) implements RosterRejection {
        public Rule rule() {
            return Rule.R_RO_6;
        }

        public String reason() {
            return "roster " + roster + " has not been published";
        }
    }

    /** Published after the deadline without an approved exception (R-RO-5). */
    record LatePublication(RosterId roster, Instant due, Instant at) implements RosterRejection {
        public Rule rule() {
            return Rule.R_RO_5;
        }

        public String reason() {
            return "roster " + roster + " was due by " + due + "; publishing it at " + at + " needs an approved exception";
        }
    }

    /** Only the department's scheduler or someone above publishes (R-RO-5). */
    record NotScheduler(StaffId staff) implements RosterRejection, PermissionRejection {
        public Rule rule() {
            return Rule.R_RO_5;
        }

        public String reason() {
            return staff + " is not a scheduler of this roster's department";
        }
    }

    /** Only a department manager or above excuses a late publication (R-RO-5). */
    record NotEntitledToExcuseLateness(StaffId staff) implements RosterRejection, PermissionRejection {
        public Rule rule() {
            return Rule.R_RO_5;
        }

        public String reason() {
            return staff + " may not approve a late publication; a department manager or above may";
        }
    }

    /** Only the post's supervisor or someone above approves a change to it (R-RO-6). */
    record NotSupervisorOfPost(StaffId staff, PostId post) implements RosterRejection, PermissionRejection {
        public Rule rule() {
            return Rule.R_RO_6;
        }

        public String reason() {
            return staff + " is neither the supervisor of post " + post + " nor above them";
        }
    }

    /** A change asked for too close to the shift (R-RO-6: 提前申请). */
    record LateChangeRequest(Assignment assignment, Instant requestedAt, Instant latest) implements RosterRejection {
        public Rule rule() {
            return Rule.R_RO_6;
        }

        public String reason() {
            return "a change to " + assignment.shift() + " on " + assignment.date() + " had to be requested by " + latest
                    + ", not at " + requestedAt;
        }
    }

    /** Sick leave needs a doctor's certificate (R-RO-6). */
    record MissingCertificate(StaffId staff) implements RosterRejection {
        public Rule rule() {
            return Rule.R_RO_6;
        }

        public String reason() {
            return "sick leave of " + staff + " needs a doctor's certificate";
        }
    }

    /** Sick leave names who stands in (R-RO-6). */
    record MissingReplacement(StaffId staff) implements RosterRejection {
        public Rule rule() {
            return Rule.R_RO_6;
        }

        public String reason() {
            return "sick leave of " + staff + " needs a named replacement";
        }
    }

    /** A change refers to an assignment that the current version does not hold (R-RO-6). */
    record NotInCurrentVersion(Assignment assignment) implements RosterRejection {
        public Rule rule() {
            return Rule.R_RO_6;
        }

        public String reason() {
            return "the current roster version has no assignment " + assignment;
        }
    }

    /** A replacement must be someone else (R-RO-6). */
    record SelfReplacement(StaffId staff) implements RosterRejection {
        public Rule rule() {
            return Rule.R_RO_6;
        }

        public String reason() {
            return staff + " cannot replace or swap with themselves";
        }
    }

    /** No such change request on this roster (R-RO-6). */
    record UnknownChangeRequest(ChangeRequestId change) implements RosterRejection {
        public Rule rule() {
            return Rule.R_RO_6;
        }

        public String reason() {
            return "roster has no change request " + change;
        }
    }

    /** A change decided already cannot be decided again (R-RO-6). */
    record ChangeAlreadyDecided(ChangeRequestId change) implements RosterRejection {
        public Rule rule() {
            return Rule.R_RO_6;
        }

        public String reason() {
            return "change request " + change + " has already been decided";
        }
    }

    /** An unapproved change cannot take effect: approval after the shift started comes too late (R-RO-6). */
    record ApprovedTooLate(ChangeRequestId change, Instant shiftStart, Instant at) implements RosterRejection {
        public Rule rule() {
            return Rule.R_RO_6;
        }

        public String reason() {
            return "change request " + change + " cannot be approved at " + at + ": the shift started at " + shiftStart;
        }
    }

    /** Only the people a version was issued to acknowledge it, once, and only while it is current (R-RO-6). */
    record NothingToAcknowledge(StaffId staff, int version) implements RosterRejection {
        public Rule rule() {
            return Rule.R_RO_6;
        }

        public String reason() {
            return staff + " has nothing to acknowledge in roster version " + version;
        }
    }

    /** A temporary absence is asked for by someone not rostered on the post then (R-RO-7). */
    record NotOnPost(StaffId staff, PostId post, Instant at) implements RosterRejection {
        public Rule rule() {
            return Rule.R_RO_7;
        }

        public String reason() {
            return staff + " is not rostered on post " + post + " at " + at;
        }
    }

    /** The acting staff member is not on the office's staff (K-1). */
    record NotStaffOfOffice(StaffId staff, OfficeId office) implements RosterRejection, PermissionRejection {
        public Rule rule() {
            return Rule.K_1;
        }

        public String reason() {
            return staff + " is not on the staff of office " + office;
        }
    }
}
