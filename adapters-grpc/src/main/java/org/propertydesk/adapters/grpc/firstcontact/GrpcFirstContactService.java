package org.propertydesk.adapters.grpc.firstcontact;

import static org.propertydesk.adapters.grpc.firstcontact.FirstContactWire.OFFICE;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactWire.SERVICE_REQUEST;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactWire.STAFF;

import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import io.grpc.stub.StreamObserver;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.kernel.Etags;
import org.propertydesk.adapters.grpc.kernel.GrpcErrors;
import org.propertydesk.adapters.grpc.kernel.Mutations;
import org.propertydesk.adapters.grpc.kernel.PageRequest;
import org.propertydesk.adapters.grpc.kernel.RequestCheck;
import org.propertydesk.adapters.grpc.kernel.ResourceName;
import org.propertydesk.adapters.grpc.v1.AcceptServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.AcceptServiceRequestResponse;
import org.propertydesk.adapters.grpc.v1.AssessServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.AssessServiceRequestResponse;
import org.propertydesk.adapters.grpc.v1.CloseServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.CloseServiceRequestResponse;
import org.propertydesk.adapters.grpc.v1.FileServiceRequestCoordinationFormRequest;
import org.propertydesk.adapters.grpc.v1.FileServiceRequestCoordinationFormResponse;
import org.propertydesk.adapters.grpc.v1.FirstContactDepartment;
import org.propertydesk.adapters.grpc.v1.FirstContactServiceGrpc;
import org.propertydesk.adapters.grpc.v1.GetServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.GetServiceRequestResponse;
import org.propertydesk.adapters.grpc.v1.HandleServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.HandleServiceRequestResponse;
import org.propertydesk.adapters.grpc.v1.ListReceptionLogEntriesRequest;
import org.propertydesk.adapters.grpc.v1.ListReceptionLogEntriesResponse;
import org.propertydesk.adapters.grpc.v1.ListServiceRequestsRequest;
import org.propertydesk.adapters.grpc.v1.ListServiceRequestsResponse;
import org.propertydesk.adapters.grpc.v1.ReceiveServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.ReceiveServiceRequestResponse;
import org.propertydesk.adapters.grpc.v1.RecordServiceRequestContactRequest;
import org.propertydesk.adapters.grpc.v1.RecordServiceRequestContactResponse;
import org.propertydesk.adapters.grpc.v1.ReplyToServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.ReplyToServiceRequestResponse;
import org.propertydesk.adapters.grpc.v1.ReportServiceRequestCompletionRequest;
import org.propertydesk.adapters.grpc.v1.ReportServiceRequestCompletionResponse;
import org.propertydesk.adapters.grpc.v1.RouteServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.RouteServiceRequestResponse;
import org.propertydesk.adapters.grpc.v1.ServiceRequestConcern;
import org.propertydesk.adapters.grpc.v1.TransferServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.TransferServiceRequestResponse;
import org.propertydesk.application.firstcontact.FirstContactDesk;
import org.propertydesk.application.kernel.RequestId;
import org.propertydesk.domain.firstcontact.Channel;
import org.propertydesk.domain.firstcontact.Concern;
import org.propertydesk.domain.firstcontact.FirstContactRejection;
import org.propertydesk.domain.firstcontact.ReceptionEntry;
import org.propertydesk.domain.firstcontact.RequestKind;
import org.propertydesk.domain.firstcontact.ServiceRequest;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.firstcontact.TransferMethod;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;

/**
 * {@code propertydesk.v1.FirstContactService} over a {@link FirstContactDesk}: each call checks its
 * fields (every malformed one named at once), keeps to the caller's office — every name it sends,
 * staff included — runs the use case with the caller as the acting staff member — a change at most
 * once per request id and, when an etag is sent, only at that version — and maps the answer back.
 *
 * <p>What a rule of first-contact duty requires (the customer's name and contact and the matter,
 * R-FC-1; a reply, R-FC-8; an expected completion time, R-FC-9; a completion result, R-FC-7) is
 * passed on when missing, so the rule refuses it with its id; anything else wrong with a field is
 * INVALID_ARGUMENT.
 */
final class GrpcFirstContactService extends FirstContactServiceGrpc.FirstContactServiceImplBase {

    static final int CUSTOMER_MAX = 100;
    static final int MATTER_MAX = 2000;
    static final int TEXT_MAX = 4000;
    static final int RESULT_MAX = 2000;
    static final int DEPARTMENTS_MAX = 16;

    private final FirstContactDesk desk;
    private final Mutations mutations;

    GrpcFirstContactService(FirstContactDesk desk, Mutations mutations) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.mutations = Objects.requireNonNull(mutations, "mutations");
    }

    // ---- standard methods and reads ------------------------------------------------------------

    @Override
    public void receiveServiceRequest(ReceiveServiceRequestRequest request, StreamObserver<ReceiveServiceRequestResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName parent = check.name("parent", request.getParent(), OFFICE);
        check.require(request.hasServiceRequest(), "service_request", "is required: what the customer asks and who they are");
        org.propertydesk.adapters.grpc.v1.ServiceRequest wire = request.getServiceRequest();
        RequestKind kind = check.choice("service_request.kind", wire.getKind(), FirstContactWire::kind);
        Channel channel = check.choice("service_request.channel", wire.getChannel(), FirstContactWire::channel);
        String customerName = check.textTheRuleRequires("service_request.customer_name", wire.getCustomerName(), CUSTOMER_MAX);
        String customerContact = check.textTheRuleRequires("service_request.customer_contact", wire.getCustomerContact(), CUSTOMER_MAX);
        String matter = check.textTheRuleRequires("service_request.matter", wire.getMatter(), MATTER_MAX);
        Concern concern = wire.hasConcern() ? concern(check, "service_request.concern", wire.getConcern()) : Concern.unclear();
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        Caller caller = Caller.current();
        caller.requireOffice(parent.office());
        respond(response, mutations.once(parent.office(), requestId, request, ReceiveServiceRequestResponse.parser(), () -> {
            FirstContactDesk.Received received = desk.receive(new FirstContactDesk.Receive(
                            parent.office(), caller.staff(), kind, channel, customerName, customerContact, matter, concern))
                    .getOrElseThrow(GrpcErrors::rejected);
            return ReceiveServiceRequestResponse.newBuilder()
                    .setServiceRequest(FirstContactWire.serviceRequest(received.request()))
                    .setRouting(FirstContactWire.routing(received.routing()))
                    .build();
        }));
    }

    @Override
    public void getServiceRequest(GetServiceRequestRequest request, StreamObserver<GetServiceRequestResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), SERVICE_REQUEST);
        check.orThrow();
        Caller caller = Caller.current();
        caller.requireOffice(name.office());
        respond(response, found(name, () -> GetServiceRequestResponse.newBuilder()
                .setServiceRequest(FirstContactWire.serviceRequest(desk.serviceRequest(name.office(), caller.staff(), id(name))))
                .build()));
    }

    @Override
    public void listServiceRequests(ListServiceRequestsRequest request, StreamObserver<ListServiceRequestsResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName parent = check.name("parent", request.getParent(), OFFICE);
        Option<ResourceName> firstContact = request.getFirstContact().isEmpty()
                ? Option.none()
                : Option.of(check.name("first_contact", request.getFirstContact(), STAFF));
        PageRequest page = check.page(request.getPageSize(), request.getPageToken(),
                "serviceRequests|" + request.getParent() + "|" + request.getFirstContact());
        check.orThrow();
        Caller caller = Caller.current();
        caller.requireOffice(parent.office());
        firstContact.forEach(staff -> caller.requireOffice(staff.office()));
        StaffId whose = firstContact.map(FirstContactWire::staffId).getOrElse(caller.staff());
        PageRequest.Page<ServiceRequest> shown = page.of(desk.stillMine(parent.office(), whose));
        respond(response, ListServiceRequestsResponse.newBuilder()
                .addAllServiceRequests(shown.items().map(FirstContactWire::serviceRequest))
                .setNextPageToken(shown.nextPageToken())
                .build());
    }

    @Override
    public void routeServiceRequest(RouteServiceRequestRequest request, StreamObserver<RouteServiceRequestResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), SERVICE_REQUEST);
        check.orThrow();
        Caller caller = Caller.current();
        caller.requireOffice(name.office());
        respond(response, found(name, () -> RouteServiceRequestResponse.newBuilder()
                .setRouting(FirstContactWire.routing(desk.route(name.office(), caller.staff(), id(name))))
                .build()));
    }

    @Override
    public void listReceptionLogEntries(ListReceptionLogEntriesRequest request, StreamObserver<ListReceptionLogEntriesResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName parent = check.name("parent", request.getParent(), OFFICE);
        Department department = check.choice("department", request.getDepartment(), FirstContactWire::department);
        PageRequest page = check.page(request.getPageSize(), request.getPageToken(),
                "receptionLogEntries|" + request.getParent() + "|" + request.getDepartmentValue());
        check.orThrow();
        Caller.current().requireOffice(parent.office());
        PageRequest.Page<ReceptionEntry> shown = page.of(desk.receptionLog(parent.office(), department));
        respond(response, ListReceptionLogEntriesResponse.newBuilder()
                .addAllReceptionLogEntries(shown.items().map(FirstContactWire::receptionEntry))
                .setNextPageToken(shown.nextPageToken())
                .build());
    }

    // ---- custom methods that change a request --------------------------------------------------

    @Override
    public void handleServiceRequest(HandleServiceRequestRequest request, StreamObserver<HandleServiceRequestResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), SERVICE_REQUEST);
        Option<Instant> expected = check.optionalInstant(
                "expected_completion_time", request.hasExpectedCompletionTime(), request.getExpectedCompletionTime());
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        respond(response, change(name, etag, requestId, request, HandleServiceRequestResponse.parser(),
                (id, caller) -> desk.handle(new FirstContactDesk.Handle(name.office(), caller.staff(), id, expected.getOrNull())),
                changed -> HandleServiceRequestResponse.newBuilder().setServiceRequest(changed).build()));
    }

    @Override
    public void transferServiceRequest(TransferServiceRequestRequest request, StreamObserver<TransferServiceRequestResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), SERVICE_REQUEST);
        ResourceName recipient = check.name("recipient", request.getRecipient(), STAFF);
        TransferMethod method = check.choice("method", request.getMethod(), FirstContactWire::method);
        Option<Instant> consent = check.optionalInstant("consent_time", request.hasConsentTime(), request.getConsentTime());
        Option<Instant> expected = check.optionalInstant(
                "expected_completion_time", request.hasExpectedCompletionTime(), request.getExpectedCompletionTime());
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        Caller.current().requireOffice(recipient.office());
        respond(response, change(name, etag, requestId, request, TransferServiceRequestResponse.parser(),
                (id, caller) -> desk.transfer(new FirstContactDesk.Transfer(name.office(), caller.staff(), id,
                        FirstContactWire.staffId(recipient), method, consent, expected)),
                changed -> TransferServiceRequestResponse.newBuilder().setServiceRequest(changed).build()));
    }

    @Override
    public void acceptServiceRequest(AcceptServiceRequestRequest request, StreamObserver<AcceptServiceRequestResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), SERVICE_REQUEST);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        respond(response, change(name, etag, requestId, request, AcceptServiceRequestResponse.parser(),
                (id, caller) -> desk.accept(new FirstContactDesk.Accept(name.office(), caller.staff(), id, request.getWrongTransfer())),
                changed -> AcceptServiceRequestResponse.newBuilder().setServiceRequest(changed).build()));
    }

    @Override
    public void assessServiceRequest(AssessServiceRequestRequest request, StreamObserver<AssessServiceRequestResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), SERVICE_REQUEST);
        check.require(request.hasConcern(), "concern", "is required: the departments concerned (none: unclear)");
        Concern concern = request.hasConcern() ? concern(check, "concern", request.getConcern()) : null;
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        respond(response, change(name, etag, requestId, request, AssessServiceRequestResponse.parser(),
                (id, caller) -> desk.assess(new FirstContactDesk.Assess(name.office(), caller.staff(), id, concern)),
                changed -> AssessServiceRequestResponse.newBuilder().setServiceRequest(changed).build()));
    }

    @Override
    public void fileServiceRequestCoordinationForm(
            FileServiceRequestCoordinationFormRequest request, StreamObserver<FileServiceRequestCoordinationFormResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), SERVICE_REQUEST);
        Department lead = check.choice("lead", request.getLead(), FirstContactWire::department);
        Set<Department> departments = departments(check, "departments", request.getDepartmentsList());
        ResourceName supervisor = check.name("customer_service_supervisor", request.getCustomerServiceSupervisor(), STAFF);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        Caller.current().requireOffice(supervisor.office());
        respond(response, change(name, etag, requestId, request, FileServiceRequestCoordinationFormResponse.parser(),
                (id, caller) -> desk.fileCoordinationForm(new FirstContactDesk.FileCoordinationForm(name.office(), caller.staff(), id,
                        lead, departments, FirstContactWire.staffId(supervisor))),
                changed -> FileServiceRequestCoordinationFormResponse.newBuilder().setServiceRequest(changed).build()));
    }

    @Override
    public void replyToServiceRequest(ReplyToServiceRequestRequest request, StreamObserver<ReplyToServiceRequestResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), SERVICE_REQUEST);
        String text = check.textTheRuleRequires("text", request.getText(), TEXT_MAX);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        respond(response, change(name, etag, requestId, request, ReplyToServiceRequestResponse.parser(),
                (id, caller) -> desk.reply(new FirstContactDesk.Reply(name.office(), caller.staff(), id, text)),
                changed -> ReplyToServiceRequestResponse.newBuilder().setServiceRequest(changed).build()));
    }

    @Override
    public void recordServiceRequestContact(
            RecordServiceRequestContactRequest request, StreamObserver<RecordServiceRequestContactResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), SERVICE_REQUEST);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        respond(response, change(name, etag, requestId, request, RecordServiceRequestContactResponse.parser(),
                (id, caller) -> desk.recordContact(new FirstContactDesk.RecordContact(name.office(), caller.staff(), id)),
                changed -> RecordServiceRequestContactResponse.newBuilder().setServiceRequest(changed).build()));
    }

    @Override
    public void reportServiceRequestCompletion(
            ReportServiceRequestCompletionRequest request, StreamObserver<ReportServiceRequestCompletionResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), SERVICE_REQUEST);
        Instant completedAt = check.instant("completion_time", request.hasCompletionTime(), request.getCompletionTime());
        String result = check.textTheRuleRequires("result", request.getResult(), RESULT_MAX);
        ResourceName supervisor = check.name("customer_service_supervisor", request.getCustomerServiceSupervisor(), STAFF);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        Caller.current().requireOffice(supervisor.office());
        respond(response, change(name, etag, requestId, request, ReportServiceRequestCompletionResponse.parser(),
                (id, caller) -> desk.reportCompletion(new FirstContactDesk.ReportCompletion(name.office(), caller.staff(), id,
                        completedAt, result, FirstContactWire.staffId(supervisor))),
                changed -> ReportServiceRequestCompletionResponse.newBuilder().setServiceRequest(changed).build()));
    }

    @Override
    public void closeServiceRequest(CloseServiceRequestRequest request, StreamObserver<CloseServiceRequestResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), SERVICE_REQUEST);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        respond(response, change(name, etag, requestId, request, CloseServiceRequestResponse.parser(),
                (id, caller) -> desk.close(new FirstContactDesk.Close(name.office(), caller.staff(), id)),
                changed -> CloseServiceRequestResponse.newBuilder().setServiceRequest(changed).build()));
    }

    // ---- plumbing ------------------------------------------------------------------------------

    /**
     * Changes one request: at most once per request id; when an etag is sent, only if the request is
     * still at that version and the command moves it exactly one version on (every command of a
     * service request does). A rule's refusal is FAILED_PRECONDITION (or PERMISSION_DENIED).
     */
    private <R extends Message> R change(
            ResourceName name,
            Option<Long> etag,
            Option<RequestId> requestId,
            Message request,
            Parser<R> parser,
            Command command,
            Function<org.propertydesk.adapters.grpc.v1.ServiceRequest, R> answer) {
        Caller caller = Caller.current();
        caller.requireOffice(name.office());
        ServiceRequestId id = id(name);
        return found(name, () -> mutations.once(name.office(), requestId, request, parser, () -> {
            if (etag.isDefined()) {
                Etags.require(etag, desk.serviceRequest(name.office(), caller.staff(), id).version(), name.name());
            }
            ServiceRequest changed = command.run(id, caller).getOrElseThrow(GrpcErrors::rejected);
            Etags.confirm(etag, changed.version(), name.name());
            return answer.apply(FirstContactWire.serviceRequest(changed));
        }));
    }

    @FunctionalInterface
    private interface Command {
        Either<Rejections<FirstContactRejection>, ServiceRequest> run(ServiceRequestId request, Caller caller);
    }

    /** Runs {@code call}, answering an unknown request as NOT_FOUND naming the resource the caller sent. */
    private static <T> T found(ResourceName name, Supplier<T> call) {
        return GrpcErrors.found("service request", FirstContactWire.SERVICE_REQUEST_TYPE, name.name(), call);
    }

    private static ServiceRequestId id(ResourceName name) {
        return name.id("service_request", ServiceRequestId::new);
    }

    private static <T> void respond(StreamObserver<T> response, T answer) {
        response.onNext(answer);
        response.onCompleted();
    }


    private static Concern concern(RequestCheck check, String field, ServiceRequestConcern wire) {
        Set<Department> departments = departments(check, field + ".departments", wire.getDepartmentsList());
        return departments == null ? null : new Concern(departments, wire.getAcrossOffices());
    }

    private static Set<Department> departments(RequestCheck check, String field, java.util.List<FirstContactDepartment> wire) {
        if (wire.size() > DEPARTMENTS_MAX) {
            check.invalid(field, "must name at most " + DEPARTMENTS_MAX + " departments, not " + wire.size());
            return null;
        }
        Set<Department> departments = TreeSet.empty();
        boolean valid = true;
        for (int i = 0; i < wire.size(); i++) {
            Department department = check.choice(field + "[" + i + "]", wire.get(i), FirstContactWire::department);
            valid &= department != null;
            departments = department == null ? departments : departments.add(department);
        }
        return valid ? departments : null;
    }
}
