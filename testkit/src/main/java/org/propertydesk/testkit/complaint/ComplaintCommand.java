package org.propertydesk.testkit.complaint;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import org.propertydesk.domain.complaint.Classification;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintOutcome;
import org.propertydesk.domain.complaint.ComplaintPolicy;
import org.propertydesk.domain.complaint.ComplaintRejection;
import org.propertydesk.domain.complaint.EscalationTrigger;
import org.propertydesk.domain.complaint.PaymentStanding;
import org.propertydesk.domain.complaint.Reply;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * A command a desk could send to a complaint, taken {@link #after} some time; valid or not in the
 * complaint's current state. Property tests apply generated lists of them in sequence and check
 * the rules' invariants after each.
 */
public sealed interface ComplaintCommand {

    Duration after();

    Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint complaint, Instant at);

    static Either<Rejections<ComplaintRejection>, ComplaintOutcome> unchanged(Complaint complaint) {
        return Either.right(new ComplaintOutcome(complaint, List.empty()));
    }

    /** Whatever the manual's path takes next ({@link ComplaintArbitraries#step}). */
    record NextStep(Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return ComplaintArbitraries.step(c, at);
        }
    }

    record DetermineNature(StaffMember by, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return c.determineNature(by, at);
        }
    }

    record DetermineDepartment(StaffMember by, Department department, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return c.determineDepartment(by, department, at);
        }
    }

    record HeadOnSite(StaffMember head, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return c.headOnSite(head, at);
        }
    }

    record HeadHandles(StaffMember by, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return c.headHandles(by, at);
        }
    }

    record ConfirmIdentity(StaffMember by, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return c.confirmIdentity(by, at);
        }
    }

    record CheckPaymentStatus(StaffMember by, PaymentStanding standing, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return c.checkPaymentStatus(by, standing, at);
        }
    }

    record Refer(StaffMember by, Department department, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return c.refer(by, department, at);
        }
    }

    record Answer(StaffMember by, Reply reply, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return c.reply(by, reply, at);
        }
    }

    record ApproveCommitment(StaffMember by, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return c.approveCommitment(by, at);
        }
    }

    record ReturnVisit(StaffMember by, boolean satisfied, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return c.returnVisit(by, satisfied, at);
        }
    }

    record Close(StaffMember by, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return c.close(by, at);
        }
    }

    record Correct(StaffMember by, Classification to, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return c.correct(by, to, "checked on site", at);
        }
    }

    record Escalate(EscalationTrigger trigger, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return Either.right(c.escalate(trigger, at));
        }
    }

    /** The office's sweep: escalates when the answer target has passed (R-CO-5). */
    record Sweep(Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return Either.right(c.escalateIfOverdue(ComplaintOffice.calendar2026(), ComplaintPolicy.defaults(), at));
        }
    }

    record WaitForResident(StaffMember by, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return c.waitForResident(by, "resident not at home", at);
        }
    }

    /** Waits for the resident for a reason the desk writes in its own words. */
    record WaitForResidentBecause(StaffMember by, String reason, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return c.waitForResident(by, reason, at);
        }
    }

    /** Corrects the class with a reason the supervisor writes in their own words. */
    record CorrectBecause(StaffMember by, Classification to, String reason, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return c.correct(by, to, reason, at);
        }
    }

    record ResidentAvailable(StaffMember by, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return c.residentAvailable(by, at);
        }
    }

    record RepairerOnSite(StaffMember by, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return c.repairerOnSite(by, at);
        }
    }

    record RepairCompleted(StaffMember by, Duration after) implements ComplaintCommand {
        public Either<Rejections<ComplaintRejection>, ComplaintOutcome> applyTo(Complaint c, Instant at) {
            return c.repairCompleted(by, at);
        }
    }
}
