package org.propertydesk.domain.firstcontact;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.event.types.DomainEvent;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/** What happened to a service request, for the outbox; every event names its office, request and instant. */
public sealed interface FirstContactEvent extends DomainEvent {

    OfficeId office();

    ServiceRequestId request();

    Instant at();

    /** A customer reached the first-contact employee, who now owns the request (R-FC-1) and logs it (R-FC-7). */
    record ServiceRequestReceived(OfficeId office, ServiceRequestId request, StaffId firstContact, Department department, RequestKind kind, Channel channel, Instant at) implements FirstContactEvent {
        public ServiceRequestReceived {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(firstContact, "firstContact");
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The first-contact employee started on the request themselves, with an expected completion time (R-FC-2, R-FC-3, R-FC-9). */
    record RequestTakenInHand(OfficeId office, ServiceRequestId request, StaffId handler, Instant expectedCompletion, Instant at) implements FirstContactEvent {
        public RequestTakenInHand {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(handler, "handler");
            Objects.requireNonNull(expectedCompletion, "expectedCompletion");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The request changed hands by one of the allowed methods; its first-contact owner did not change (R-FC-6). */
    record RequestTransferred(OfficeId office, ServiceRequestId request, StaffId firstContact, Transfer transfer, Instant expectedCompletion, Instant at) implements FirstContactEvent {
        public RequestTransferred {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(firstContact, "firstContact");
            Objects.requireNonNull(transfer, "transfer");
            Objects.requireNonNull(expectedCompletion, "expectedCompletion");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A department took the request on and logs it naming the first-contact employee (R-FC-5, R-FC-7). */
    record TransferAccepted(OfficeId office, ServiceRequestId request, StaffId firstContact, Acceptance acceptance, Instant at) implements FirstContactEvent {
        public TransferAccepted {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(firstContact, "firstContact");
            Objects.requireNonNull(acceptance, "acceptance");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The holder said which departments the request concerns (R-FC-4). */
    record ConcernAssessed(OfficeId office, ServiceRequestId request, StaffId by, Concern concern, Instant at) implements FirstContactEvent {
        public ConcernAssessed {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(concern, "concern");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A 客户接待事项协调单 was filed (R-FC-4, R-FC-5). */
    record CoordinationFormFiled(OfficeId office, ServiceRequestId request, CoordinationForm form, Instant at) implements FirstContactEvent {
        public CoordinationFormFiled {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The customer was given a screened reply (R-FC-8). */
    record CustomerAnswered(OfficeId office, ServiceRequestId request, CustomerReply reply, Instant at) implements FirstContactEvent {
        public CustomerAnswered {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(reply, "reply");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The customer came back or called again about the same request (R-FC-9). */
    record CustomerContactedAgain(OfficeId office, ServiceRequestId request, int contacts, Instant at) implements FirstContactEvent {
        public CustomerContactedAgain {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The customer had to make more contacts than the office allows (二次办结, R-FC-9). */
    record TwoContactLimitBreached(OfficeId office, ServiceRequestId request, StaffId firstContact, int contacts, int limit, Instant at) implements FirstContactEvent {
        public TwoContactLimitBreached {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(firstContact, "firstContact");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The department reported completion time and result to the customer-service supervisor: first-contact responsibility ends (R-FC-7). */
    record CompletionReported(OfficeId office, ServiceRequestId request, StaffId firstContact, CompletionReport report, Instant at) implements FirstContactEvent {
        public CompletionReported {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(firstContact, "firstContact");
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The customer-service supervisor closed the completed request (R-FC-7). */
    record ServiceRequestClosed(OfficeId office, ServiceRequestId request, StaffId closedBy, Instant at) implements FirstContactEvent {
        public ServiceRequestClosed {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(closedBy, "closedBy");
            Objects.requireNonNull(at, "at");
        }
    }
}
