package org.propertydesk.domain.complaint;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.event.types.DomainEvent;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * What happened to a complaint. Every change a complaint goes through is one of these, and the
 * complaint keeps them all as its history (R-CO-9): who did what and when, every classification and
 * its correction or escalation with the reason or trigger.
 */
public sealed interface ComplaintEvent extends DomainEvent {

    ComplaintId complaint();

    OfficeId office();

    Instant at();

    /** A complaint was recorded (R-CO-9) and classed from its intake facts (R-CO-1). */
    record Registered(ComplaintId complaint, OfficeId office, ComplainantId complainant, IntakeFacts facts, Classification classification, StaffId by, Instant at) implements ComplaintEvent {
        public Registered {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(complainant, "complainant");
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(classification, "classification");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** An important complaint was reported to the supervisor at intake (R-CO-7). */
    record ImportantComplaintReported(ComplaintId complaint, OfficeId office, StaffId supervisor, StaffId by, Instant at) implements ComplaintEvent {
        public ImportantComplaintReported {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(supervisor, "supervisor");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A procedure step was taken, by whom and when (R-CO-2, R-CO-3). */
    record StepTaken(ComplaintId complaint, OfficeId office, String action, String step, StaffId by, Instant at) implements ComplaintEvent {
        public StepTaken {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The responsible department was named (R-CO-2 ③). */
    record ResponsibleDepartmentDetermined(ComplaintId complaint, OfficeId office, Department department, StaffId by, Instant at) implements ComplaintEvent {
        public ResponsibleDepartmentDetermined {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The complainant's payments were checked (R-CO-3 ③). */
    record PaymentStatusChecked(ComplaintId complaint, OfficeId office, PaymentStanding standing, StaffId by, Instant at) implements ComplaintEvent {
        public PaymentStatusChecked {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(standing, "standing");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The complaint was passed to a department to handle (R-CO-3 ④). */
    record ReferredToDepartment(ComplaintId complaint, OfficeId office, Department department, StaffId by, Instant at) implements ComplaintEvent {
        public ReferredToDepartment {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The complainant was answered (R-CO-4, 件件有回音). */
    record ReplyGiven(ComplaintId complaint, OfficeId office, Reply reply, StaffId by, Instant at) implements ComplaintEvent {
        public ReplyGiven {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(reply, "reply");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A reply carrying a commitment waits for the office manager (R-CO-6). */
    record CommitmentAwaitingApproval(ComplaintId complaint, OfficeId office, Reply reply, StaffId by, Instant at) implements ComplaintEvent {
        public CommitmentAwaitingApproval {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(reply, "reply");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The office manager approved the commitment and the reply was given (R-CO-6). */
    record CommitmentApproved(ComplaintId complaint, OfficeId office, Reply reply, StaffId by, Instant at) implements ComplaintEvent {
        public CommitmentApproved {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(reply, "reply");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The complainant was visited again after handling (R-CO-2 ⑥, R-CO-3 ⑤). */
    record ReturnVisited(ComplaintId complaint, OfficeId office, boolean satisfied, StaffId by, Instant at) implements ComplaintEvent {
        public ReturnVisited {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A supervisor corrected the class, with a reason (R-CO-1). */
    record ClassificationCorrected(ComplaintId complaint, OfficeId office, Classification from, Classification to, String reason, StaffId by, Instant at) implements ComplaintEvent {
        public ClassificationCorrected {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A mishandled communicative complaint became effective, its trigger recorded (R-CO-5). */
    record Escalated(ComplaintId complaint, OfficeId office, Classification from, Classification to, EscalationTrigger trigger, Instant at) implements ComplaintEvent {
        public Escalated {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The desk started waiting for the resident; listed clocks pause (R-CO-4). */
    record WaitingForResident(ComplaintId complaint, OfficeId office, String reason, StaffId by, Instant at) implements ComplaintEvent {
        public WaitingForResident {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The desk stopped waiting for the resident; paused clocks run again (R-CO-4). */
    record ResidentWaitEnded(ComplaintId complaint, OfficeId office, StaffId by, Instant at) implements ComplaintEvent {
        public ResidentWaitEnded {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A repairer arrived on site (R-CO-4). */
    record RepairerOnSite(ComplaintId complaint, OfficeId office, StaffId by, Instant at) implements ComplaintEvent {
        public RepairerOnSite {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The repair was completed; the return-visit clock starts (R-CO-4). */
    record RepairCompleted(ComplaintId complaint, OfficeId office, StaffId by, Instant at) implements ComplaintEvent {
        public RepairCompleted {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The complaint was closed after its return visit and archived (R-CO-7, R-CO-9). */
    record Closed(ComplaintId complaint, OfficeId office, StaffId by, Instant at) implements ComplaintEvent {
        public Closed {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }
}
