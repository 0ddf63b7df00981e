package org.propertydesk.domain.firstcontact;

import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Instant;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.Rejection;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;

/** Why first-contact duty refused a command: one record per reason, each naming its rule. */
public sealed interface FirstContactRejection extends Rejection {

    /** The first-contact employee records who asked (R-FC-1, 4.5). */
    record CustomerUnnamed() implements FirstContactRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_1;
        }

        @Override
        public String reason() {
            return "the customer's name is recorded with the request";
        }
    }

    /** The customer can be reached again with the answer (R-FC-1, 4.8). */
    record NoWayBackToCustomer() implements FirstContactRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_1;
        }

        @Override
        public String reason() {
            return "a phone number or other way to reach the customer again is recorded with the request";
        }
    }

    /** The request says what the customer wants (R-FC-1). */
    record MatterNotStated() implements FirstContactRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_1;
        }

        @Override
        public String reason() {
            return "the request states what the customer asks for";
        }
    }

    /** The lifecycle does not allow the action in the request's state; names the rule the action serves. */
    record ActionNotAllowed(ServiceRequestId request, Stage.Status status, String action, Rule rule) implements FirstContactRejection {
        @Override
        public String reason() {
            return "request " + request + " is " + status + ": \"" + action + "\" is not allowed in that state";
        }
    }

    /** Only the person holding the request acts on it (R-FC-1: the owner until it is passed on). */
    record NotTheHolder(ServiceRequestId request, StaffId actor, Option<StaffId> holder) implements FirstContactRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_1;
        }

        @Override
        public String reason() {
            return "staff member " + actor + " does not hold request " + request + holder.map(h -> "; " + h + " does").getOrElse("");
        }
    }

    /** A transfer is accepted by its recipient or their department (R-FC-7). */
    record NotTheReceivingDepartment(ServiceRequestId request, StaffId actor, Department department, StaffId recipient, Department recipientDepartment) implements FirstContactRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_7;
        }

        @Override
        public String reason() {
            return "request " + request + " was transferred to " + recipient + " of " + recipientDepartment + ", not to " + actor + " of " + department;
        }
    }

    /** A transfer puts the request in someone else's hands (R-FC-6). */
    record TransferToSelf(ServiceRequestId request, StaffId staff) implements FirstContactRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_6;
        }

        @Override
        public String reason() {
            return "staff member " + staff + " cannot transfer request " + request + " to themselves";
        }
    }

    /** The customer is escorted to the department only with their consent, given before (R-FC-6). */
    record EscortWithoutConsent(ServiceRequestId request, Option<Instant> consentGivenAt, Instant at) implements FirstContactRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_6;
        }

        @Override
        public String reason() {
            return consentGivenAt.map(c -> "the customer's consent at " + c + " came after the escort at " + at).getOrElse("the customer is escorted to the department only with their recorded consent");
        }
    }

    /** An operator passes a request outside their scope to their direct superior and nobody else (R-FC-2). */
    record OperatorTransfersOnlyToDirectSuperior(StaffId operator, Option<StaffId> superior, StaffId attempted) implements FirstContactRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_2;
        }

        @Override
        public String reason() {
            return "operator " + operator + " transfers to their direct superior" + superior.map(s -> " " + s).getOrElse("") + ", not to " + attempted;
        }
    }

    /** A department that accepted a wrong transfer keeps the request toward the customer and may not pass it on again (R-FC-5). */
    record WronglyTransferredRequestStays(ServiceRequestId request, Department department) implements FirstContactRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_5;
        }

        @Override
        public String reason() {
            return "request " + request + " was wrongly transferred to " + department + ", which must handle it itself and may not transfer it again";
        }
    }

    /** What cannot be done at once gets an expected completion time (R-FC-9). */
    record ExpectedCompletionMissing(ServiceRequestId request) implements FirstContactRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_9;
        }

        @Override
        public String reason() {
            return "request " + request + " is not done at once, so the customer is told an expected completion time";
        }
    }

    /** An expected completion time lies ahead (R-FC-9). */
    record ExpectedCompletionNotAhead(ServiceRequestId request, Instant expected, Instant at) implements FirstContactRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_9;
        }

        @Override
        public String reason() {
            return "the expected completion time " + expected + " of request " + request + " is not after " + at;
        }
    }

    /** The lead department of a coordination form is one of the departments it names (R-FC-4). */
    record LeadNotAmongDepartments(Department lead, Set<Department> departments) implements FirstContactRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_4;
        }

        @Override
        public String reason() {
            return "lead department " + lead + " is not among " + departments.mkString(", ");
        }
    }

    /** A coordination form for shared responsibility names several departments (R-FC-4). */
    record CoordinationNeedsSeveralDepartments(Set<Department> departments) implements FirstContactRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_4;
        }

        @Override
        public String reason() {
            return "a coordination form for shared responsibility names at least two departments, not " + departments.mkString(", ");
        }
    }

    /** After a wrong transfer the accepting department stays in charge: it leads the coordination form (R-FC-5). */
    record LeadMustBeAcceptingDepartment(Department lead, Department accepting) implements FirstContactRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_5;
        }

        @Override
        public String reason() {
            return "the department that accepted the wrong transfer, " + accepting + ", leads the coordination form, not " + lead;
        }
    }

    /** A department that accepted a wrong transfer files a coordination form before it reports the request done (R-FC-5). */
    record CoordinationFormMissing(ServiceRequestId request, Department department) implements FirstContactRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_5;
        }

        @Override
        public String reason() {
            return "request " + request + " was wrongly transferred to " + department + ", which files a coordination form with the customer-service supervisor first";
        }
    }

    /** A reply that contains a forbidden answer is never given (R-FC-8). */
    record ForbiddenAnswerGiven(ForbiddenAnswer answer, String found) implements FirstContactRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_8;
        }

        @Override
        public String reason() {
            return "the reply says \"" + found + "\" (" + answer.chinese() + ", " + answer.english() + "), which is never an answer";
        }
    }

    /** A reply says something (R-FC-8: the employee explains patiently). */
    record EmptyReply() implements FirstContactRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_8;
        }

        @Override
        public String reason() {
            return "a reply to the customer says something";
        }
    }

    /** After a wrong transfer the reply to the customer comes from the accepting department (R-FC-5). */
    record ReplyFromOtherDepartment(ServiceRequestId request, Department replier, Department accepting) implements FirstContactRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_5;
        }

        @Override
        public String reason() {
            return "request " + request + " is answered by " + accepting + ", which accepted the wrong transfer, not by " + replier;
        }
    }

    /** A completion report says how the matter ended (R-FC-7). */
    record NoCompletionResult(ServiceRequestId request) implements FirstContactRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_7;
        }

        @Override
        public String reason() {
            return "the completion report of request " + request + " states the result";
        }
    }

    /** Completion is reported after it happened (R-FC-7). */
    record CompletionInTheFuture(Instant completedAt, Instant at) implements FirstContactRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_7;
        }

        @Override
        public String reason() {
            return "completion at " + completedAt + " cannot be reported at " + at + ", before it happened";
        }
    }

    /** Completion is reported to, and the request closed by, the customer-service supervisor (R-FC-7). */
    record NotACustomerServiceSupervisor(StaffId staff, Role role, Department department) implements FirstContactRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.R_FC_7;
        }

        @Override
        public String reason() {
            return "staff member " + staff + " (" + role + ", " + department + ") is not a customer-service supervisor";
        }
    }

    /** A request is passed only to someone of the same office; across offices it goes to the office manager (K-1, R-FC-4). */
    record RecipientNotOnStaff(StaffId recipient) implements FirstContactRejection {
        @Override
        public Rule rule() {
            return Rule.K_1;
        }

        @Override
        public String reason() {
            return "staff member " + recipient + " is not on this office's staff";
        }
    }
}
