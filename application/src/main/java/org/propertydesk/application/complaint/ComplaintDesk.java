package org.propertydesk.application.complaint;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.propertydesk.domain.complaint.Classification;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.ComplaintOutcome;
import org.propertydesk.domain.complaint.ComplaintRejection;
import org.propertydesk.domain.complaint.HandledRate;
import org.propertydesk.domain.complaint.IntakeFacts;
import org.propertydesk.domain.complaint.QueueItem;
import org.propertydesk.domain.complaint.RecurringProblem;
import org.propertydesk.domain.complaint.Reply;
import org.propertydesk.domain.complaint.Suggestion;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;

/**
 * What the complaints desk does (R-CO-1..R-CO-9). Every command names the office and the acting
 * staff member, who must be on that office's staff (otherwise
 * {@link org.propertydesk.application.kernel.NotFound}, as for an unknown complaint). A rule's
 * refusal comes back as every violated reason; a stale write as
 * {@link org.propertydesk.application.kernel.ConcurrencyConflict}.
 */
@PrimaryPort
public interface ComplaintDesk {

    /**
     * Records a complaint with the class its facts decide (R-CO-1, R-CO-9), reports an important
     * one to a supervisor at once (R-CO-7), escalates it when the same complainant raises the same
     * matter again (R-CO-5) and signals a recurring problem (R-CO-8).
     */
    Either<Rejections<ComplaintRejection>, ComplaintOutcome> register(Register command);

    /** A proposed class for free text, with the matched words; advice only (R-CO-1). */
    Option<Suggestion> suggest(String text);

    /** A supervisor's correction of the class, with a reason (R-CO-1). */
    Either<Rejections<ComplaintRejection>, ComplaintOutcome> correct(Correct command);

    /** One step of the complaint's procedure that needs no further data (R-CO-2, R-CO-3, R-CO-4, R-CO-7). */
    Either<Rejections<ComplaintRejection>, ComplaintOutcome> advance(Advance command);

    /** R-CO-2 ③: names the responsible department. */
    Either<Rejections<ComplaintRejection>, ComplaintOutcome> determineDepartment(AssignDepartment command);

    /** R-CO-3 ④: passes the complaint to a department. */
    Either<Rejections<ComplaintRejection>, ComplaintOutcome> refer(AssignDepartment command);

    /** Answers the complainant; a commitment waits for the office manager (R-CO-6). */
    Either<Rejections<ComplaintRejection>, ComplaintOutcome> reply(ReplyTo command);

    /** The office manager approves a waiting commitment (R-CO-6). */
    Either<Rejections<ComplaintRejection>, ComplaintOutcome> approveCommitment(Act command);

    /** The return visit; a dissatisfied communicative complainant escalates it (R-CO-5). */
    Either<Rejections<ComplaintRejection>, ComplaintOutcome> returnVisit(ReturnVisit command);

    /** The desk waits for the resident; the policy's listed clocks pause (R-CO-4). */
    Either<Rejections<ComplaintRejection>, ComplaintOutcome> waitForResident(WaitForResident command);

    /** Escalates every communicative complaint of the office whose answer target has passed (R-CO-5). */
    Seq<ComplaintOutcome> escalateOverdue(OfficeId office);

    /**
     * One complaint of the office, closed ones included (R-CO-9), with where it stands now: its step
     * and how each open target stands on the office's calendar (R-CO-4). An unknown complaint is
     * {@link org.propertydesk.application.kernel.NotFound}.
     */
    Tracked complaint(OfficeId office, StaffId actor, ComplaintId complaint);

    /**
     * Where a complaint a command of this desk just returned stands now, on its office's calendar
     * and policy (R-CO-4), in the caller's unit of work when one runs: how an API answers a command
     * with the complaint's record without reading it back. A complaint the caller made up is
     * measured all the same; it is not looked up.
     */
    Tracked tracked(Complaint complaint);

    /** The office's open complaints in work-queue order, each with its whole record (R-CO-4, R-CO-7, R-CO-9). */
    Seq<Tracked> openComplaints(OfficeId office, StaffId actor);

    /** The office's open complaints ordered by due time, with how each target stands now (R-CO-4, R-CO-7). */
    Seq<QueueItem> workQueue(OfficeId office, StaffId actor);

    /** The queue items overdue or due soon now (R-CO-4). */
    Seq<QueueItem> overdueAndDueSoon(OfficeId office, StaffId actor);

    /** The matters recurring now under the office's policy (R-CO-8). */
    Seq<RecurringProblem> recurringProblems(OfficeId office, StaffId actor);

    /** How many of the office's complaints are closed (R-CO-7). */
    HandledRate handledRate(OfficeId office, StaffId actor);

    /** Steps that take no data beyond who and when. */
    enum Step {
        DETERMINE_NATURE,
        HEAD_ON_SITE,
        HEAD_HANDLES,
        CONFIRM_IDENTITY,
        /** Asks the {@link PaymentStatus} port and records the answer. */
        CHECK_PAYMENT_STATUS,
        REPAIRER_ON_SITE,
        REPAIR_COMPLETED,
        RESIDENT_AVAILABLE,
        CLOSE
    }

    /** A complaint's record and where it stands at the moment it was read (R-CO-4). */
    record Tracked(Complaint complaint, QueueItem standing) {
        public Tracked {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(standing, "standing");
        }
    }

    record Register(OfficeId office, StaffId actor, String complainant, IntakeFacts facts) {
        public Register {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(facts, "facts");
        }
    }

    record Correct(OfficeId office, StaffId actor, ComplaintId complaint, Classification to, String reason) {
        public Correct {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(to, "to");
        }
    }

    record Advance(OfficeId office, StaffId actor, ComplaintId complaint, Step step) {
        public Advance {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(step, "step");
        }
    }

    record AssignDepartment(OfficeId office, StaffId actor, ComplaintId complaint, Department department) {
        public AssignDepartment {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(department, "department");
        }
    }

    record ReplyTo(OfficeId office, StaffId actor, ComplaintId complaint, String text, Option<String> commitment) {
        public ReplyTo {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(commitment, "commitment");
        }

        Either<Rejections<ComplaintRejection>, Reply> reply() {
            return Reply.of(text, commitment);
        }
    }

    record Act(OfficeId office, StaffId actor, ComplaintId complaint) {
        public Act {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(complaint, "complaint");
        }
    }

    record ReturnVisit(OfficeId office, StaffId actor, ComplaintId complaint, boolean satisfied) {
        public ReturnVisit {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(complaint, "complaint");
        }
    }

    record WaitForResident(OfficeId office, StaffId actor, ComplaintId complaint, String reason) {
        public WaitForResident {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
