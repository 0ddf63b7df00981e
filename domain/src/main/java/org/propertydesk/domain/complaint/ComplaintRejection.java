package org.propertydesk.domain.complaint;

import java.time.Instant;
import java.util.Objects;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.Rejection;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;

/** Why the complaints desk refused a command: one record per reason, each naming its rule. */
public sealed interface ComplaintRejection extends Rejection {

    /** Every complaint is recorded with who raised it, what and where (R-CO-9). */
    record MissingIntakeFact(String fact) implements ComplaintRejection {
        public MissingIntakeFact {
            Objects.requireNonNull(fact, "fact");
        }

        @Override
        public Rule rule() {
            return Rule.R_CO_9;
        }

        @Override
        public String reason() {
            return "a complaint is recorded with its " + fact + "; it is missing";
        }
    }

    /** The procedure's steps are taken in order, none skipped (R-CO-2, R-CO-3). */
    record StepOutOfOrder(ComplaintId complaint, Rule procedure, String step, String action) implements ComplaintRejection {
        public StepOutOfOrder {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(procedure, "procedure");
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(action, "action");
        }

        @Override
        public Rule rule() {
            return procedure;
        }

        @Override
        public String reason() {
            return "complaint " + complaint + " is at step " + step + " of its procedure (" + procedure.id() + "); '" + action + "' cannot be taken there: steps are taken in order and none is skipped";
        }
    }

    /** A closed complaint is archived as it is (R-CO-7, R-CO-9). */
    record ComplaintClosed(ComplaintId complaint) implements ComplaintRejection {
        public ComplaintClosed {
            Objects.requireNonNull(complaint, "complaint");
        }

        @Override
        public Rule rule() {
            return Rule.R_CO_7;
        }

        @Override
        public String reason() {
            return "complaint " + complaint + " is closed and archived; it does not change any more";
        }
    }

    /** The responsible department's head goes to the scene (R-CO-2 ④). */
    record NotHeadOfDepartment(StaffId staff, Department department) implements ComplaintRejection {
        public NotHeadOfDepartment {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(department, "department");
        }

        @Override
        public Rule rule() {
            return Rule.R_CO_2;
        }

        @Override
        public String reason() {
            return "staff member " + staff + " is not a head of the responsible department " + department + "; that head goes to the scene";
        }
    }

    /** The head who went to the scene leads the handling (R-CO-2 ⑤). */
    record NotTheResponsibleHead(StaffId actor, StaffId head) implements ComplaintRejection, PermissionRejection {
        public NotTheResponsibleHead {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(head, "head");
        }

        @Override
        public Rule rule() {
            return Rule.R_CO_2;
        }

        @Override
        public String reason() {
            return "the handling is led by the department head " + head + " who went to the scene, not by " + actor;
        }
    }

    /** Only a supervisor corrects a classification (R-CO-1). */
    record CorrectionNeedsSupervisor(StaffId actor, Role role) implements ComplaintRejection, PermissionRejection {
        public CorrectionNeedsSupervisor {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(role, "role");
        }

        @Override
        public Rule rule() {
            return Rule.R_CO_1;
        }

        @Override
        public String reason() {
            return "only a supervisor or above corrects a classification; " + actor + " is " + role;
        }
    }

    /** A correction states its reason (R-CO-1). */
    record CorrectionNeedsReason(ComplaintId complaint) implements ComplaintRejection {
        public CorrectionNeedsReason {
            Objects.requireNonNull(complaint, "complaint");
        }

        @Override
        public Rule rule() {
            return Rule.R_CO_1;
        }

        @Override
        public String reason() {
            return "a correction of complaint " + complaint + "'s class needs a reason, which is kept in its history";
        }
    }

    /** A correction changes the class (R-CO-1). */
    record NothingToCorrect(ComplaintId complaint, Classification classification) implements ComplaintRejection {
        public NothingToCorrect {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(classification, "classification");
        }

        @Override
        public Rule rule() {
            return Rule.R_CO_1;
        }

        @Override
        public String reason() {
            return "complaint " + complaint + " is already classed " + classification;
        }
    }

    /** Only the office manager approves a commitment (R-CO-6). */
    record CommitmentNeedsOfficeManager(StaffId actor, Role role) implements ComplaintRejection, PermissionRejection {
        public CommitmentNeedsOfficeManager {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(role, "role");
        }

        @Override
        public Rule rule() {
            return Rule.R_CO_6;
        }

        @Override
        public String reason() {
            return "only the office manager approves a reply that carries a commitment; " + actor + " is " + role;
        }
    }

    /** Only a waiting commitment can be approved (R-CO-6). */
    record NoCommitmentAwaitingApproval(ComplaintId complaint) implements ComplaintRejection {
        public NoCommitmentAwaitingApproval {
            Objects.requireNonNull(complaint, "complaint");
        }

        @Override
        public Rule rule() {
            return Rule.R_CO_6;
        }

        @Override
        public String reason() {
            return "complaint " + complaint + " has no reply with a commitment waiting for approval";
        }
    }

    /** Nothing else is replied or closed while a commitment waits for approval (R-CO-6). */
    record CommitmentAwaitingApproval(ComplaintId complaint) implements ComplaintRejection {
        public CommitmentAwaitingApproval {
            Objects.requireNonNull(complaint, "complaint");
        }

        @Override
        public Rule rule() {
            return Rule.R_CO_6;
        }

        @Override
        public String reason() {
            return "complaint " + complaint + " has a reply with a commitment waiting for the office manager's approval";
        }
    }

    /** A reply says something (R-CO-4, 件件有回音). */
    record BlankReply() implements ComplaintRejection {
        @Override
        public Rule rule() {
            return Rule.R_CO_4;
        }

        @Override
        public String reason() {
            return "a reply to the complainant says something";
        }
    }

    /** An important complaint is reported to a supervisor at once (R-CO-7). */
    record NoSupervisorToReportTo(ComplaintId complaint) implements ComplaintRejection {
        public NoSupervisorToReportTo {
            Objects.requireNonNull(complaint, "complaint");
        }

        @Override
        public Rule rule() {
            return Rule.R_CO_7;
        }

        @Override
        public String reason() {
            return "important complaint " + complaint + " must be reported to a supervisor at once, and the office has none to report to";
        }
    }

    /** Repair steps belong to complaints that involve a repair (R-CO-4). */
    record NotARepair(ComplaintId complaint) implements ComplaintRejection {
        public NotARepair {
            Objects.requireNonNull(complaint, "complaint");
        }

        @Override
        public Rule rule() {
            return Rule.R_CO_4;
        }

        @Override
        public String reason() {
            return "complaint " + complaint + " involves no repair";
        }
    }

    /** A repairer arrives before the repair is completed, each once (R-CO-4). */
    record RepairStepOutOfOrder(ComplaintId complaint, String step) implements ComplaintRejection {
        public RepairStepOutOfOrder {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(step, "step");
        }

        @Override
        public Rule rule() {
            return Rule.R_CO_4;
        }

        @Override
        public String reason() {
            return "the repair of complaint " + complaint + " cannot be marked " + step + " now: a repairer arrives once, before the repair is completed once";
        }
    }

    /** One wait for the resident at a time (R-CO-4). */
    record AlreadyWaitingForResident(ComplaintId complaint, Instant since) implements ComplaintRejection {
        public AlreadyWaitingForResident {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(since, "since");
        }

        @Override
        public Rule rule() {
            return Rule.R_CO_4;
        }

        @Override
        public String reason() {
            return "complaint " + complaint + " has waited for the resident since " + since;
        }
    }

    /** Only a running wait ends (R-CO-4). */
    record NotWaitingForResident(ComplaintId complaint) implements ComplaintRejection {
        public NotWaitingForResident {
            Objects.requireNonNull(complaint, "complaint");
        }

        @Override
        public Rule rule() {
            return Rule.R_CO_4;
        }

        @Override
        public String reason() {
            return "complaint " + complaint + " is not waiting for the resident";
        }
    }

    /** A line of the classification lexicon that cannot be read (R-CO-1). */
    record MalformedLexiconLine(int line, String text) implements ComplaintRejection {
        public MalformedLexiconLine {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Rule rule() {
            return Rule.R_CO_1;
        }

        @Override
        public String reason() {
            return "lexicon line " + line + " is not 'term<TAB>label[,label…][<TAB>weight]' with known labels: " + text;
        }
    }
}
