package org.propertydesk.application.firstcontact;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.propertydesk.domain.firstcontact.Channel;
import org.propertydesk.domain.firstcontact.Concern;
import org.propertydesk.domain.firstcontact.FirstContactRejection;
import org.propertydesk.domain.firstcontact.ReceptionEntry;
import org.propertydesk.domain.firstcontact.RequestKind;
import org.propertydesk.domain.firstcontact.Routing;
import org.propertydesk.domain.firstcontact.ServiceRequest;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.firstcontact.TransferMethod;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;

/**
 * What the first-contact desk does (首问责任制, R-FC-1..R-FC-9). Every command names the office and
 * the acting staff member, who must be on that office's staff (otherwise
 * {@link org.propertydesk.application.kernel.NotFound}, as for an unknown request). A rule's refusal
 * comes back as every reason at once; nothing is written then.
 */
@PrimaryPort
public interface FirstContactDesk {

    /** The customer reaches {@code actor}, who becomes the first-contact owner (R-FC-1); the routing says what next. */
    Either<Rejections<FirstContactRejection>, Received> receive(Receive command);

    /**
     * One service request of the office as it stands now, closed ones included (R-FC-7). An unknown
     * request, or an actor not on the office's staff, is {@link org.propertydesk.application.kernel.NotFound}.
     */
    ServiceRequest serviceRequest(OfficeId office, StaffId actor, ServiceRequestId request);

    /** Where the request goes from {@code actor} by their role and scope, with the rule that decided (R-FC-2..R-FC-4). */
    Routing route(OfficeId office, StaffId actor, ServiceRequestId request);

    /** The holder starts on it, with an expected completion time (R-FC-9). */
    Either<Rejections<FirstContactRejection>, ServiceRequest> handle(Handle command);

    /** The holder passes it on by an allowed method (R-FC-2, R-FC-5, R-FC-6, R-FC-9). */
    Either<Rejections<FirstContactRejection>, ServiceRequest> transfer(Transfer command);

    /** The recipient's department takes it on and logs it naming the first contact (R-FC-5, R-FC-7). */
    Either<Rejections<FirstContactRejection>, ServiceRequest> accept(Accept command);

    /** The holder says which departments it concerns (R-FC-4). */
    Either<Rejections<FirstContactRejection>, ServiceRequest> assess(Assess command);

    /** A 客户接待事项协调单 with the customer-service supervisor (R-FC-4, R-FC-5). */
    Either<Rejections<FirstContactRejection>, ServiceRequest> fileCoordinationForm(FileCoordinationForm command);

    /** A screened reply to the customer (R-FC-5, R-FC-8). */
    Either<Rejections<FirstContactRejection>, ServiceRequest> reply(Reply command);

    /** The customer came back or called again; beyond the limit it is flagged (R-FC-9). */
    Either<Rejections<FirstContactRejection>, ServiceRequest> recordContact(RecordContact command);

    /** The department reports completion time and result to the customer-service supervisor (R-FC-7). */
    Either<Rejections<FirstContactRejection>, ServiceRequest> reportCompletion(ReportCompletion command);

    /** The customer-service supervisor closes a completed request (R-FC-7). */
    Either<Rejections<FirstContactRejection>, ServiceRequest> close(Close command);

    /** The requests {@code staff} still answers for as first contact: completion not yet reported (R-FC-1, R-FC-7). */
    Seq<ServiceRequest> stillMine(OfficeId office, StaffId staff);

    /** A department's reception log (接待业主情况记录, R-FC-7). */
    Seq<ReceptionEntry> receptionLog(OfficeId office, Department department);

    record Receive(
            OfficeId office, StaffId actor, RequestKind kind, Channel channel, String customerName, String customerContact,
            String matter, Concern concern) {
        public Receive {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(concern, "concern");
        }
    }

    record Received(ServiceRequest request, Routing routing) {
        public Received {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(routing, "routing");
        }
    }

    record Handle(OfficeId office, StaffId actor, ServiceRequestId request, Instant expectedCompletion) {
        public Handle {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(request, "request");
        }
    }

    record Transfer(
            OfficeId office, StaffId actor, ServiceRequestId request, StaffId recipient, TransferMethod method,
            Option<Instant> consentGivenAt, Option<Instant> expectedCompletion) {
        public Transfer {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(consentGivenAt, "consentGivenAt");
            Objects.requireNonNull(expectedCompletion, "expectedCompletion");
        }
    }

    record Accept(OfficeId office, StaffId actor, ServiceRequestId request, boolean wrongTransfer) {
        public Accept {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(request, "request");
        }
    }

    record Assess(OfficeId office, StaffId actor, ServiceRequestId request, Concern concern) {
        public Assess {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(concern, "concern");
        }
    }

    record FileCoordinationForm(
            OfficeId office, StaffId actor, ServiceRequestId request, Department lead, Set<Department> departments,
            StaffId customerServiceSupervisor) {
        public FileCoordinationForm {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(departments, "departments");
            Objects.requireNonNull(customerServiceSupervisor, "customerServiceSupervisor");
        }
    }

    record Reply(OfficeId office, StaffId actor, ServiceRequestId request, String text) {
        public Reply {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(request, "request");
        }
    }

    record RecordContact(OfficeId office, StaffId actor, ServiceRequestId request) {
        public RecordContact {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(request, "request");
        }
    }

    record ReportCompletion(
            OfficeId office, StaffId actor, ServiceRequestId request, Instant completedAt, String result,
            StaffId customerServiceSupervisor) {
        public ReportCompletion {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(completedAt, "completedAt");
            Objects.requireNonNull(customerServiceSupervisor, "customerServiceSupervisor");
        }
    }

    record Close(OfficeId office, StaffId actor, ServiceRequestId request) {
        public Close {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(request, "request");
        }
    }
}
