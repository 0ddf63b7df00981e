package org.propertydesk.adapters.grpc.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.CLEANING;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.CS_SUPERVISOR;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.ENGINEERING;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.FRONT_DESK;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.STRANGER;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.failure;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.with;

import com.google.protobuf.Message;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.grpc.InProcessDesk.Failure;
import org.propertydesk.adapters.grpc.kernel.Etags;
import org.propertydesk.adapters.grpc.v1.AcceptServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.AssessServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.CloseServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.FileServiceRequestCoordinationFormRequest;
import org.propertydesk.adapters.grpc.v1.FirstContactDepartment;
import org.propertydesk.adapters.grpc.v1.FirstContactServiceGrpc;
import org.propertydesk.adapters.grpc.v1.GetServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.HandleServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.ListReceptionLogEntriesRequest;
import org.propertydesk.adapters.grpc.v1.ListServiceRequestsRequest;
import org.propertydesk.adapters.grpc.v1.RecordServiceRequestContactRequest;
import org.propertydesk.adapters.grpc.v1.ReplyToServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.ReportServiceRequestCompletionRequest;
import org.propertydesk.adapters.grpc.v1.RouteServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.ServiceRequest;
import org.propertydesk.adapters.grpc.v1.ServiceRequestConcern;
import org.propertydesk.adapters.grpc.v1.ServiceRequestTransferMethod;
import org.propertydesk.adapters.grpc.v1.TransferServiceRequestRequest;

/**
 * The error model every RPC of {@code FirstContactService} shares, checked RPC by RPC from one
 * table of valid calls: without credentials UNAUTHENTICATED; a name in another office
 * PERMISSION_DENIED; an unknown request NOT_FOUND; a stale etag ABORTED with nothing changed; a
 * retry with the same request id the first answer and no second effect; a request id reused for
 * another request INVALID_ARGUMENT.
 */
@DisplayName("FirstContactService's error model, RPC by RPC")
class FirstContactServiceErrorModelTest {

    private final FirstContactOverGrpc desk = new FirstContactOverGrpc();

    @AfterEach
    void close() throws InterruptedException {
        desk.close();
    }

    /** A valid call of one RPC: who makes it and how the request is prepared on a fresh desk. */
    record Call(MethodDescriptor<Message, Message> method, String token, Function<FirstContactOverGrpc, Message> prepare) {

        @SuppressWarnings("unchecked")
        static <Q extends Message> Call of(MethodDescriptor<Q, ? extends Message> method, String token, Function<FirstContactOverGrpc, Q> prepare) {
            return new Call((MethodDescriptor<Message, Message>) (MethodDescriptor<?, ?>) method, token, prepare::apply);
        }

        String rpc() {
            return method.getBareMethodName();
        }

        boolean has(String field) {
            return method.getRequestMarshaller() instanceof MethodDescriptor.PrototypeMarshaller<?> marshaller
                    && ((Message) marshaller.getMessagePrototype()).getDescriptorForType().findFieldByName(field) != null;
        }

        @Override
        public String toString() {
            return rpc();
        }
    }

    private static ServiceRequest completedByFrontDesk(FirstContactOverGrpc d) {
        return d.as(FRONT_DESK).reportServiceRequestCompletion(ReportServiceRequestCompletionRequest.newBuilder()
                .setName(d.leak().getName()).setCompletionTime(d.inHours(0)).setResult("已修复")
                .setCustomerServiceSupervisor(d.staff(d.o.customerServiceSupervisor)).build()).getServiceRequest();
    }

    static Stream<Call> calls() {
        return Stream.of(
                Call.of(FirstContactServiceGrpc.getReceiveServiceRequestMethod(), FRONT_DESK, FirstContactOverGrpc::leakReport),
                Call.of(FirstContactServiceGrpc.getGetServiceRequestMethod(), FRONT_DESK,
                        d -> GetServiceRequestRequest.newBuilder().setName(d.leak().getName()).build()),
                Call.of(FirstContactServiceGrpc.getListServiceRequestsMethod(), FRONT_DESK,
                        d -> ListServiceRequestsRequest.newBuilder().setParent(d.office).build()),
                Call.of(FirstContactServiceGrpc.getRouteServiceRequestMethod(), FRONT_DESK,
                        d -> RouteServiceRequestRequest.newBuilder().setName(d.leak().getName()).build()),
                Call.of(FirstContactServiceGrpc.getHandleServiceRequestMethod(), FRONT_DESK,
                        d -> HandleServiceRequestRequest.newBuilder().setName(d.leak().getName()).setExpectedCompletionTime(d.inHours(3)).build()),
                Call.of(FirstContactServiceGrpc.getTransferServiceRequestMethod(), FRONT_DESK,
                        d -> TransferServiceRequestRequest.newBuilder().setName(d.leak().getName())
                                .setRecipient(d.staff(d.o.engineeringSupervisor))
                                .setMethod(ServiceRequestTransferMethod.SERVICE_REQUEST_TRANSFER_METHOD_SUPERVISOR_COMES)
                                .setExpectedCompletionTime(d.inHours(24)).build()),
                Call.of(FirstContactServiceGrpc.getAcceptServiceRequestMethod(), ENGINEERING,
                        d -> AcceptServiceRequestRequest.newBuilder().setName(d.transferredTo(d.o.engineeringSupervisor).getName()).build()),
                Call.of(FirstContactServiceGrpc.getAssessServiceRequestMethod(), FRONT_DESK,
                        d -> AssessServiceRequestRequest.newBuilder().setName(d.leak().getName())
                                .setConcern(ServiceRequestConcern.newBuilder().setAcrossOffices(true)).build()),
                Call.of(FirstContactServiceGrpc.getFileServiceRequestCoordinationFormMethod(), CLEANING,
                        d -> FileServiceRequestCoordinationFormRequest.newBuilder().setName(d.wronglyAccepted().getName())
                                .setLead(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING)
                                .addDepartments(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING)
                                .setCustomerServiceSupervisor(d.staff(d.o.customerServiceSupervisor)).build()),
                Call.of(FirstContactServiceGrpc.getReplyToServiceRequestMethod(), FRONT_DESK,
                        d -> ReplyToServiceRequestRequest.newBuilder().setName(d.leak().getName()).setText("师傅十分钟后到").build()),
                Call.of(FirstContactServiceGrpc.getRecordServiceRequestContactMethod(), FRONT_DESK,
                        d -> RecordServiceRequestContactRequest.newBuilder().setName(d.leak().getName()).build()),
                Call.of(FirstContactServiceGrpc.getReportServiceRequestCompletionMethod(), FRONT_DESK,
                        d -> ReportServiceRequestCompletionRequest.newBuilder().setName(d.leak().getName())
                                .setCompletionTime(d.inHours(0)).setResult("已修复")
                                .setCustomerServiceSupervisor(d.staff(d.o.customerServiceSupervisor)).build()),
                Call.of(FirstContactServiceGrpc.getCloseServiceRequestMethod(), CS_SUPERVISOR,
                        d -> CloseServiceRequestRequest.newBuilder().setName(completedByFrontDesk(d).getName()).build()),
                Call.of(FirstContactServiceGrpc.getListReceptionLogEntriesMethod(), FRONT_DESK,
                        d -> ListReceptionLogEntriesRequest.newBuilder().setParent(d.office)
                                .setDepartment(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CUSTOMER_SERVICE).build()));
    }

    static Stream<Call> mutatingCalls() {
        return calls().filter(call -> call.has("request_id"));
    }

    static Stream<Call> callsWithEtag() {
        return calls().filter(call -> call.has("etag"));
    }

    static Stream<Call> callsNamingARequest() {
        return calls().filter(call -> call.has("name"));
    }

    @Test
    @DisplayName("the table holds one valid call of every RPC of the service, and every change takes a request id")
    void everyRpc() {
        assertThat(calls().map(call -> call.method().getFullMethodName()))
                .containsExactlyInAnyOrderElementsOf(FirstContactServiceGrpc.getServiceDescriptor().getMethods().stream()
                        .map(MethodDescriptor::getFullMethodName).toList());
        assertThat(mutatingCalls()).hasSize(10);
        assertThat(callsWithEtag()).hasSize(9).allMatch(call -> call.has("request_id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    @DisplayName("each valid call succeeds")
    void succeeds(Call call) {
        assertThat(desk.call(call.method(), call.prepare().apply(desk), call.token())).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    @DisplayName("without a bearer token every call is UNAUTHENTICATED and changes nothing")
    void unauthenticated(Call call) {
        Message request = call.prepare().apply(desk);
        int events = desk.outbox.events(desk.o.office).size();

        assertThat(failure(() -> desk.call(call.method(), request, null)).code()).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(desk.outbox.events(desk.o.office)).hasSize(events);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    @DisplayName("K-1: a name in another office is PERMISSION_DENIED, and a caller of another office is denied this office's")
    void otherOffice(Call call) {
        Message request = call.prepare().apply(desk);
        String field = call.has("parent") ? "parent" : "name";
        String name = (String) request.getField(request.getDescriptorForType().findFieldByName(field));
        Message elsewhere = with(request, field, name.replace(desk.office, desk.otherOffice));

        Failure denied = failure(() -> desk.call(call.method(), elsewhere, call.token()));
        assertThat(denied.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(denied.errorInfo().orElseThrow().getReason()).isEqualTo("OTHER_OFFICE");
        assertThat(failure(() -> desk.call(call.method(), request, STRANGER)).code()).isEqualTo(Status.Code.PERMISSION_DENIED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsNamingARequest")
    @DisplayName("an unknown service request is NOT_FOUND naming the resource the caller sent")
    void notFound(Call call) {
        String unknown = desk.office + "/serviceRequests/" + new UUID(0xDEAD, 1);
        Message request = with(call.prepare().apply(desk), "name", unknown);

        Failure missing = failure(() -> desk.call(call.method(), request, call.token()));

        assertThat(missing.code()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(missing.resourceInfo().orElseThrow().getResourceName()).isEqualTo(unknown);
        assertThat(missing.resourceInfo().orElseThrow().getResourceType()).isEqualTo("propertydesk.org/ServiceRequest");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsWithEtag")
    @DisplayName("a stale etag is ABORTED and changes nothing; the current etag lets the change through")
    void etags(Call call) {
        Message request = call.prepare().apply(desk);
        String name = (String) request.getField(request.getDescriptorForType().findFieldByName("name"));
        String current = desk.as(FRONT_DESK).getServiceRequest(GetServiceRequestRequest.newBuilder().setName(name).build())
                .getServiceRequest().getEtag();
        String stale = Etags.of(Etags.parse(current).get() - 1);

        Failure aborted = failure(() -> desk.call(call.method(), with(request, "etag", stale), call.token()));

        assertThat(aborted.code()).isEqualTo(Status.Code.ABORTED);
        assertThat(aborted.errorInfo().orElseThrow().getReason()).isEqualTo(Etags.MISMATCH);
        assertThat(desk.as(FRONT_DESK).getServiceRequest(GetServiceRequestRequest.newBuilder().setName(name).build())
                .getServiceRequest().getEtag()).isEqualTo(current);
        assertThat(desk.call(call.method(), with(request, "etag", current), call.token())).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutatingCalls")
    @DisplayName("a retry with the same request id gets the first answer and causes no second effect")
    void retry(Call call) {
        Message request = with(call.prepare().apply(desk), "request_id", "2c6a7e55-retry");
        int before = desk.outbox.events(desk.o.office).size();

        Message first = desk.call(call.method(), request, call.token());
        int after = desk.outbox.events(desk.o.office).size();
        desk.clock.advance(Duration.ofMinutes(1));
        Message again = desk.call(call.method(), request, call.token());

        assertThat(after).isGreaterThan(before);
        assertThat(again).isEqualTo(first);
        assertThat(desk.outbox.events(desk.o.office)).hasSize(after);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutatingCalls")
    @DisplayName("a request id reused for a different request is INVALID_ARGUMENT on request_id")
    void reusedRequestId(Call call) {
        desk.call(call.method(), with(call.prepare().apply(desk), "request_id", "reused-1"), call.token());
        Message other = with(call.prepare().apply(desk), "request_id", "reused-1");

        Failure reused = failure(() -> desk.call(call.method(), other, call.token()));

        assertThat(reused.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(reused.badFields()).containsExactly("request_id");
    }
}
