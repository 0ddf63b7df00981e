package org.propertydesk.adapters.grpc.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.adapters.grpc.complaint.ComplaintsOverGrpc.ASSISTANT;
import static org.propertydesk.adapters.grpc.complaint.ComplaintsOverGrpc.MANAGER;
import static org.propertydesk.adapters.grpc.complaint.ComplaintsOverGrpc.OFFICE;
import static org.propertydesk.adapters.grpc.complaint.ComplaintsOverGrpc.OTHER_OFFICE;
import static org.propertydesk.adapters.grpc.complaint.ComplaintsOverGrpc.STRANGER;
import static org.propertydesk.adapters.grpc.complaint.ComplaintsOverGrpc.SUPERVISOR;
import static org.propertydesk.adapters.grpc.complaint.ComplaintsOverGrpc.failure;
import static org.propertydesk.adapters.grpc.complaint.ComplaintsOverGrpc.with;

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
import org.propertydesk.adapters.grpc.v1.AdvanceComplaintRequest;
import org.propertydesk.adapters.grpc.v1.ApproveComplaintCommitmentRequest;
import org.propertydesk.adapters.grpc.v1.ComplaintAction;
import org.propertydesk.adapters.grpc.v1.ComplaintClassification;
import org.propertydesk.adapters.grpc.v1.ComplaintClassificationType;
import org.propertydesk.adapters.grpc.v1.ComplaintDepartment;
import org.propertydesk.adapters.grpc.v1.ComplaintServiceGrpc;
import org.propertydesk.adapters.grpc.v1.ComplaintSubject;
import org.propertydesk.adapters.grpc.v1.CorrectComplaintClassificationRequest;
import org.propertydesk.adapters.grpc.v1.DetermineResponsibleDepartmentRequest;
import org.propertydesk.adapters.grpc.v1.EscalateOverdueComplaintsRequest;
import org.propertydesk.adapters.grpc.v1.GetComplaintHandledRateRequest;
import org.propertydesk.adapters.grpc.v1.GetComplaintRequest;
import org.propertydesk.adapters.grpc.v1.ListComplaintsRequest;
import org.propertydesk.adapters.grpc.v1.ListRecurringProblemsRequest;
import org.propertydesk.adapters.grpc.v1.RecordComplaintReturnVisitRequest;
import org.propertydesk.adapters.grpc.v1.ReferComplaintRequest;
import org.propertydesk.adapters.grpc.v1.ReplyToComplaintRequest;
import org.propertydesk.adapters.grpc.v1.SuggestComplaintClassificationRequest;
import org.propertydesk.adapters.grpc.v1.WaitForResidentRequest;
import org.propertydesk.testkit.complaint.ComplaintOffice;

/**
 * The error model every RPC of {@code ComplaintService} shares, checked RPC by RPC from one table
 * of valid calls: without credentials UNAUTHENTICATED; a name in another office PERMISSION_DENIED;
 * an unknown complaint NOT_FOUND; a stale etag ABORTED with nothing changed; a retry with the same
 * request id the first answer and no second effect; a request id reused for another request
 * INVALID_ARGUMENT.
 */
@DisplayName("ComplaintService's error model, RPC by RPC")
class ComplaintServiceErrorModelTest {

    private final ComplaintsOverGrpc desk = new ComplaintsOverGrpc();

    @AfterEach
    void close() throws InterruptedException {
        desk.close();
    }

    /** A valid call of one RPC: who makes it and how the request is prepared on a fresh desk. */
    record Call(MethodDescriptor<Message, Message> method, String token, Function<ComplaintsOverGrpc, Message> prepare) {

        @SuppressWarnings("unchecked")
        static <Q extends Message> Call of(MethodDescriptor<Q, ? extends Message> method, String token, Function<ComplaintsOverGrpc, Q> prepare) {
            return new Call((MethodDescriptor<Message, Message>) (MethodDescriptor<?, ?>) method, token, prepare::apply);
        }

        String rpc() {
            return method.getBareMethodName();
        }

        boolean has(String field) {
            return method.getRequestMarshaller() instanceof MethodDescriptor.PrototypeMarshaller<?> marshaller
                    && ((Message) marshaller.getMessagePrototype()).getDescriptorForType().findFieldByName(field) != null;
        }

        boolean namesAComplaint() {
            return has("name") && !rpc().equals("GetComplaintHandledRate");
        }

        @Override
        public String toString() {
            return rpc();
        }
    }

    static Stream<Call> calls() {
        return Stream.of(
                Call.of(ComplaintServiceGrpc.getRegisterComplaintMethod(), ASSISTANT, d -> d.registration(ComplaintsOverGrpc.venting())),
                Call.of(ComplaintServiceGrpc.getGetComplaintMethod(), ASSISTANT,
                        d -> GetComplaintRequest.newBuilder().setName(d.vented().getName()).build()),
                Call.of(ComplaintServiceGrpc.getListComplaintsMethod(), ASSISTANT,
                        d -> ListComplaintsRequest.newBuilder().setParent(OFFICE).build()),
                Call.of(ComplaintServiceGrpc.getSuggestComplaintClassificationMethod(), ASSISTANT,
                        d -> SuggestComplaintClassificationRequest.newBuilder().setParent(OFFICE).setText("垃圾没人清理").build()),
                Call.of(ComplaintServiceGrpc.getCorrectComplaintClassificationMethod(), SUPERVISOR,
                        d -> CorrectComplaintClassificationRequest.newBuilder()
                                .setName(d.vented().getName())
                                .setClassification(ComplaintClassification.newBuilder()
                                        .setType(ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_EFFECTIVE)
                                        .setSubject(ComplaintSubject.COMPLAINT_SUBJECT_GREENING))
                                .setReason("our contractor cut the tree")
                                .build()),
                Call.of(ComplaintServiceGrpc.getAdvanceComplaintMethod(), ASSISTANT,
                        d -> AdvanceComplaintRequest.newBuilder().setName(d.vented().getName())
                                .setAction(ComplaintAction.COMPLAINT_ACTION_CONFIRM_IDENTITY).build()),
                Call.of(ComplaintServiceGrpc.getDetermineResponsibleDepartmentMethod(), ASSISTANT,
                        d -> DetermineResponsibleDepartmentRequest.newBuilder().setName(d.natureDetermined().getName())
                                .setDepartment(ComplaintDepartment.COMPLAINT_DEPARTMENT_ENGINEERING).build()),
                Call.of(ComplaintServiceGrpc.getReferComplaintMethod(), ASSISTANT,
                        d -> ReferComplaintRequest.newBuilder().setName(d.paymentChecked().getName())
                                .setDepartment(ComplaintDepartment.COMPLAINT_DEPARTMENT_GREENING).build()),
                Call.of(ComplaintServiceGrpc.getReplyToComplaintMethod(), ASSISTANT,
                        d -> ReplyToComplaintRequest.newBuilder().setName(d.vented().getName()).setText("已联系绿化部门").build()),
                Call.of(ComplaintServiceGrpc.getApproveComplaintCommitmentMethod(), MANAGER,
                        d -> ApproveComplaintCommitmentRequest.newBuilder().setName(d.promised().getName()).build()),
                Call.of(ComplaintServiceGrpc.getRecordComplaintReturnVisitMethod(), ASSISTANT,
                        d -> RecordComplaintReturnVisitRequest.newBuilder().setName(d.referred().getName()).setSatisfied(true).build()),
                Call.of(ComplaintServiceGrpc.getWaitForResidentMethod(), ASSISTANT,
                        d -> WaitForResidentRequest.newBuilder().setName(d.vented().getName()).setReason("not at home").build()),
                Call.of(ComplaintServiceGrpc.getEscalateOverdueComplaintsMethod(), SUPERVISOR, d -> {
                    d.vented();
                    d.clock.advance(Duration.ofHours(25));
                    return EscalateOverdueComplaintsRequest.newBuilder().setParent(OFFICE).build();
                }),
                Call.of(ComplaintServiceGrpc.getListRecurringProblemsMethod(), ASSISTANT,
                        d -> ListRecurringProblemsRequest.newBuilder().setParent(OFFICE).build()),
                Call.of(ComplaintServiceGrpc.getGetComplaintHandledRateMethod(), MANAGER,
                        d -> GetComplaintHandledRateRequest.newBuilder().setName(OFFICE + "/complaintHandledRate").build()));
    }

    static Stream<Call> mutatingCalls() {
        return calls().filter(call -> call.has("request_id"));
    }

    static Stream<Call> callsWithEtag() {
        return calls().filter(call -> call.has("etag"));
    }

    static Stream<Call> callsNamingAComplaint() {
        return calls().filter(Call::namesAComplaint);
    }

    @Test
    @DisplayName("the table holds one valid call of every RPC of the service, and every change takes a request id")
    void everyRpc() {
        assertThat(calls().map(call -> call.method().getFullMethodName()))
                .containsExactlyInAnyOrderElementsOf(ComplaintServiceGrpc.getServiceDescriptor().getMethods().stream()
                        .map(MethodDescriptor::getFullMethodName).toList());
        assertThat(mutatingCalls().map(Call::rpc)).hasSize(10);
        assertThat(callsWithEtag().map(Call::rpc)).allMatch(rpc -> mutatingCalls().map(Call::rpc).anyMatch(rpc::equals)).hasSize(8);
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
        int events = desk.outbox.events(ComplaintOffice.OFFICE).size();

        assertThat(failure(() -> desk.call(call.method(), request, null)).code()).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(desk.outbox.events(ComplaintOffice.OFFICE)).hasSize(events);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    @DisplayName("K-1: a name in another office is PERMISSION_DENIED, and a caller of another office is denied this office's")
    void otherOffice(Call call) {
        Message request = call.prepare().apply(desk);
        String field = call.has("parent") ? "parent" : "name";
        String name = (String) request.getField(request.getDescriptorForType().findFieldByName(field));
        Message elsewhere = with(request, field, name.replace(OFFICE, OTHER_OFFICE));

        Failure denied = failure(() -> desk.call(call.method(), elsewhere, call.token()));
        assertThat(denied.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(denied.errorInfo().orElseThrow().getReason()).isEqualTo("OTHER_OFFICE");
        assertThat(failure(() -> desk.call(call.method(), request, STRANGER)).code()).isEqualTo(Status.Code.PERMISSION_DENIED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsNamingAComplaint")
    @DisplayName("an unknown complaint is NOT_FOUND naming the resource the caller sent")
    void notFound(Call call) {
        String unknown = OFFICE + "/complaints/" + new UUID(0xDEAD, 1);
        Message request = with(call.prepare().apply(desk), "name", unknown);

        Failure missing = failure(() -> desk.call(call.method(), request, call.token()));

        assertThat(missing.code()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(missing.resourceInfo().orElseThrow().getResourceName()).isEqualTo(unknown);
        assertThat(missing.resourceInfo().orElseThrow().getResourceType()).isEqualTo("propertydesk.org/Complaint");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsWithEtag")
    @DisplayName("R-CO-9: a stale etag is ABORTED and changes nothing; the current etag lets the change through")
    void etags(Call call) {
        Message request = call.prepare().apply(desk);
        String name = (String) request.getField(request.getDescriptorForType().findFieldByName("name"));
        String current = desk.as(ASSISTANT).getComplaint(GetComplaintRequest.newBuilder().setName(name).build()).getComplaint().getEtag();
        String stale = Etags.of(Etags.parse(current).get() + 5);

        Failure aborted = failure(() -> desk.call(call.method(), with(request, "etag", stale), call.token()));

        assertThat(aborted.code()).isEqualTo(Status.Code.ABORTED);
        assertThat(aborted.errorInfo().orElseThrow().getReason()).isEqualTo(Etags.MISMATCH);
        assertThat(desk.as(ASSISTANT).getComplaint(GetComplaintRequest.newBuilder().setName(name).build()).getComplaint().getEtag())
                .isEqualTo(current);
        assertThat(desk.call(call.method(), with(request, "etag", current), call.token())).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutatingCalls")
    @DisplayName("a retry with the same request id gets the first answer and causes no second effect")
    void retry(Call call) {
        Message request = with(call.prepare().apply(desk), "request_id", "9b2f0c1e-retry");
        int before = desk.outbox.events(ComplaintOffice.OFFICE).size();

        Message first = desk.call(call.method(), request, call.token());
        int after = desk.outbox.events(ComplaintOffice.OFFICE).size();
        desk.clock.advance(Duration.ofMinutes(1));
        Message again = desk.call(call.method(), request, call.token());

        assertThat(after).isGreaterThan(before);
        assertThat(again).isEqualTo(first);
        assertThat(desk.outbox.events(ComplaintOffice.OFFICE)).hasSize(after);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutatingCalls")
    @DisplayName("a request id reused for a different request is INVALID_ARGUMENT on request_id")
    void reusedRequestId(Call call) {
        Message first = with(call.prepare().apply(desk), "request_id", "reused-1");
        desk.call(call.method(), first, call.token());
        Message other = with(call.prepare().apply(desk), "request_id", "reused-1");
        if (other.equals(first)) {
            // EscalateOverdueComplaints has nothing but its parent: the same office sends the same request.
            assertThat(call.rpc()).isEqualTo("EscalateOverdueComplaints");
            return;
        }

        Failure reused = failure(() -> desk.call(call.method(), other, call.token()));

        assertThat(reused.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(reused.badFields()).containsExactly("request_id");
    }
}
