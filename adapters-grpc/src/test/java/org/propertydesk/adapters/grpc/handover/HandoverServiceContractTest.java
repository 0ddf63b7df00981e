package org.propertydesk.adapters.grpc.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.adapters.grpc.ServiceCalls.failure;
import static org.propertydesk.adapters.grpc.ServiceCalls.with;
import static org.propertydesk.adapters.grpc.handover.FrontDeskOverGrpc.*;

import com.google.protobuf.Message;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.grpc.InProcessDesk.Failure;
import org.propertydesk.adapters.grpc.ServiceCalls;
import org.propertydesk.adapters.grpc.kernel.Etags;
import org.propertydesk.adapters.grpc.kernel.GrpcErrors;
import org.propertydesk.adapters.grpc.kernel.ProtoValues;
import org.propertydesk.adapters.grpc.v1.AnswerHandoverQuestionRequest;
import org.propertydesk.adapters.grpc.v1.AskHandoverQuestionRequest;
import org.propertydesk.adapters.grpc.v1.AskHandoverQuestionResponse;
import org.propertydesk.adapters.grpc.v1.ArriveForHandoverRequest;
import org.propertydesk.adapters.grpc.v1.BeginHandoverCountRequest;
import org.propertydesk.adapters.grpc.v1.CarryOverDutyMatterRequest;
import org.propertydesk.adapters.grpc.v1.CloseOutDutyMatterRequest;
import org.propertydesk.adapters.grpc.v1.CompleteHandoverPreparationRequest;
import org.propertydesk.adapters.grpc.v1.CountHandoverItemRequest;
import org.propertydesk.adapters.grpc.v1.CreateIncidentRequest;
import org.propertydesk.adapters.grpc.v1.DeclareIncomingUnfitRequest;
import org.propertydesk.adapters.grpc.v1.DutyLogEntryKind;
import org.propertydesk.adapters.grpc.v1.GetDutyLogRequest;
import org.propertydesk.adapters.grpc.v1.GetHandoverRequest;
import org.propertydesk.adapters.grpc.v1.GetIncidentRequest;
import org.propertydesk.adapters.grpc.v1.Handover;
import org.propertydesk.adapters.grpc.v1.HandoverEquipmentStatus;
import org.propertydesk.adapters.grpc.v1.HandoverItemCondition;
import org.propertydesk.adapters.grpc.v1.HandoverServiceGrpc;
import org.propertydesk.adapters.grpc.v1.Incident;
import org.propertydesk.adapters.grpc.v1.IncidentKind;
import org.propertydesk.adapters.grpc.v1.ListHandoversRequest;
import org.propertydesk.adapters.grpc.v1.ListOpenIncidentsRequest;
import org.propertydesk.adapters.grpc.v1.LogDutyMatterRequest;
import org.propertydesk.adapters.grpc.v1.LogDutyMatterResponse;
import org.propertydesk.adapters.grpc.v1.NoteHandoverEquipmentRequest;
import org.propertydesk.adapters.grpc.v1.RefuseHandoverRequest;
import org.propertydesk.adapters.grpc.v1.ResolveIncidentRequest;
import org.propertydesk.adapters.grpc.v1.SettleHandoverRequest;
import org.propertydesk.adapters.grpc.v1.SignHandoverRequest;
import org.propertydesk.adapters.grpc.v1.SubstituteIncomingRequest;
import org.propertydesk.adapters.grpc.v1.WhoIsResponsibleForPostRequest;

/**
 * Every RPC of {@code HandoverService} against the contract every PropertyDesk RPC keeps: no token
 * is UNAUTHENTICATED; an empty request is INVALID_ARGUMENT naming exactly the required fields;
 * names in another office are PERMISSION_DENIED, and so is a caller not on the office's staff;
 * an unknown handover, incident or duty-log matter is NOT_FOUND; and a mutating call is idempotent
 * per request id, refuses a reused request id, and is ABORTED on a stale etag.
 */
@DisplayName("HandoverService: every RPC keeps the API contract")
class HandoverServiceContractTest {

    private final FrontDeskOverGrpc office = new FrontDeskOverGrpc();

    @AfterEach
    void close() throws InterruptedException {
        office.close();
    }

    /**
     * An RPC, the token of a caller who may call it, which record its request names ("handover",
     * "incident", "entry" or none), and how to reach a state where a request of it succeeds.
     */
    record Rpc(String method, String token, String names, Function<FrontDeskOverGrpc, Message> valid) {
        @Override
        public String toString() {
            return method;
        }
    }

    private static final Map<String, List<String>> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("GetDutyLog", List.of("name"));
        REQUIRED.put("LogDutyMatter", List.of("parent", "kind"));
        REQUIRED.put("CloseOutDutyMatter", List.of("name"));
        REQUIRED.put("CarryOverDutyMatter", List.of("name"));
        REQUIRED.put("CreateHandover", List.of("parent", "handover"));
        REQUIRED.put("GetHandover", List.of("name"));
        REQUIRED.put("ListHandovers", List.of("parent", "post"));
        REQUIRED.put("CompleteHandoverPreparation", List.of("name"));
        REQUIRED.put("ArriveForHandover", List.of("name"));
        REQUIRED.put("BeginHandoverCount", List.of("name"));
        REQUIRED.put("CountHandoverItem", List.of("name", "item_id", "condition"));
        REQUIRED.put("AskHandoverQuestion", List.of("name"));
        REQUIRED.put("AnswerHandoverQuestion", List.of("name"));
        REQUIRED.put("RefuseHandover", List.of("name"));
        REQUIRED.put("SettleHandover", List.of("name"));
        REQUIRED.put("DeclareIncomingUnfit", List.of("name"));
        REQUIRED.put("SubstituteIncoming", List.of("name", "substitute"));
        REQUIRED.put("NoteHandoverEquipment", List.of("name", "status"));
        REQUIRED.put("SignHandover", List.of("name"));
        REQUIRED.put("CreateIncident", List.of("parent", "incident"));
        REQUIRED.put("GetIncident", List.of("name"));
        REQUIRED.put("ListOpenIncidents", List.of("parent"));
        REQUIRED.put("ResolveIncident", List.of("name"));
        REQUIRED.put("WhoIsResponsibleForPost", List.of("post", "time"));
    }

    static LogDutyMatterResponse openMatter(FrontDeskOverGrpc office) {
        office.at(300);
        return office.as("wang").logDutyMatter(LogDutyMatterRequest.newBuilder().setParent(dutyLog())
                .setKind(DutyLogEntryKind.DUTY_LOG_ENTRY_KIND_DISPATCH_ORDER)
                .setCause("resident of 3-1201 reports water through the ceiling")
                .setCourse("dispatch order to engineering; repairer shut the valve")
                .setResult("valve shut, pipe to be replaced")
                .setOpen(true).build());
    }

    static Stream<Rpc> rpcs() {
        return Stream.of(
                new Rpc("GetDutyLog", "sun", null, office -> {
                    openMatter(office);
                    return GetDutyLogRequest.newBuilder().setName(dutyLog()).build();
                }),
                new Rpc("LogDutyMatter", "wang", null, office -> LogDutyMatterRequest.newBuilder().setParent(dutyLog())
                        .setKind(DutyLogEntryKind.DUTY_LOG_ENTRY_KIND_ROUTINE).setCause("patrol").setCourse("walked the lobby")
                        .setResult("all quiet").setEtag("v0").build()),
                new Rpc("CloseOutDutyMatter", "wang", "entry", office -> {
                    LogDutyMatterResponse logged = openMatter(office);
                    return CloseOutDutyMatterRequest.newBuilder().setName(logged.getEntry()).setEtag(logged.getDutyLog().getEtag())
                            .setResult("pipe replaced at 06:00").build();
                }),
                new Rpc("CarryOverDutyMatter", "wang", "entry", office -> {
                    LogDutyMatterResponse logged = openMatter(office);
                    return CarryOverDutyMatterRequest.newBuilder().setName(logged.getEntry()).setEtag(logged.getDutyLog().getEtag())
                            .setReason("the plumber brings the pipe at 09:00").build();
                }),
                new Rpc("CreateHandover", "wang", null, office -> {
                    office.at(20);
                    return prepareRequest();
                }),
                new Rpc("GetHandover", "sun", "handover", office ->
                        GetHandoverRequest.newBuilder().setName(office.prepared().getName()).build()),
                new Rpc("ListHandovers", "sun", null, office -> {
                    office.prepared();
                    return ListHandoversRequest.newBuilder().setParent(office()).setPost(post(FRONT_DESK)).build();
                }),
                new Rpc("CompleteHandoverPreparation", "wang", "handover", office -> {
                    Handover prepared = office.prepared();
                    return CompleteHandoverPreparationRequest.newBuilder().setName(prepared.getName()).setEtag(prepared.getEtag()).build();
                }),
                new Rpc("ArriveForHandover", "li", "handover", office -> {
                    Handover prepared = office.prepared();
                    office.at(8);
                    return ArriveForHandoverRequest.newBuilder().setName(prepared.getName()).setEtag(prepared.getEtag()).build();
                }),
                new Rpc("BeginHandoverCount", "li", "handover", office -> {
                    Handover arrived = office.arrived();
                    return BeginHandoverCountRequest.newBuilder().setName(arrived.getName()).setEtag(arrived.getEtag()).build();
                }),
                new Rpc("CountHandoverItem", "li", "handover", office -> {
                    Handover counting = office.inCount();
                    return CountHandoverItemRequest.newBuilder().setName(counting.getName()).setEtag(counting.getEtag())
                            .setItemId(RADIO.getItemId()).setCondition(HandoverItemCondition.HANDOVER_ITEM_CONDITION_PRESENT)
                            .setCounted(1).build();
                }),
                new Rpc("AskHandoverQuestion", "li", "handover", office -> {
                    Handover counting = office.inCount();
                    return AskHandoverQuestionRequest.newBuilder().setName(counting.getName()).setEtag(counting.getEtag())
                            .setText("is the leak in 3-1201 still open?").build();
                }),
                new Rpc("AnswerHandoverQuestion", "wang", "handover", office -> {
                    AskHandoverQuestionResponse asked = office.asked();
                    return AnswerHandoverQuestionRequest.newBuilder().setName(asked.getQuestion())
                            .setEtag(asked.getHandover().getEtag()).setAnswer("in the key box, drawer 2").build();
                }),
                new Rpc("RefuseHandover", "li", "handover", office -> {
                    AskHandoverQuestionResponse asked = office.asked();
                    return RefuseHandoverRequest.newBuilder().setName(asked.getHandover().getName())
                            .setEtag(asked.getHandover().getEtag()).build();
                }),
                new Rpc("SettleHandover", "zhao", "handover", office -> {
                    AskHandoverQuestionResponse asked = office.asked();
                    Handover escalated = office.as("li").refuseHandover(RefuseHandoverRequest.newBuilder()
                            .setName(asked.getHandover().getName()).build()).getHandover();
                    return SettleHandoverRequest.newBuilder().setName(escalated.getName()).setEtag(escalated.getEtag())
                            .setRuling("the third key is with the sales office").build();
                }),
                new Rpc("DeclareIncomingUnfit", "wang", "handover", office -> {
                    Handover prepared = office.prepared();
                    return DeclareIncomingUnfitRequest.newBuilder().setName(prepared.getName()).setEtag(prepared.getEtag())
                            .setSigns("smells of drink").build();
                }),
                new Rpc("SubstituteIncoming", "zhao", "handover", office -> {
                    Handover prepared = office.prepared();
                    return SubstituteIncomingRequest.newBuilder().setName(prepared.getName()).setEtag(prepared.getEtag())
                            .setSubstitute(staffName(CHEN_MANAGER)).build();
                }),
                new Rpc("NoteHandoverEquipment", "wang", "handover", office -> {
                    Handover prepared = office.prepared();
                    return NoteHandoverEquipmentRequest.newBuilder().setName(prepared.getName()).setEtag(prepared.getEtag())
                            .setEquipment("chiller 2").setStatus(HandoverEquipmentStatus.HANDOVER_EQUIPMENT_STATUS_STARTING_OR_STOPPING)
                            .build();
                }),
                new Rpc("SignHandover", "wang", "handover", office -> {
                    Handover counting = office.inCount();
                    for (var item : REGISTER) {
                        counting = office.as("li").countHandoverItem(CountHandoverItemRequest.newBuilder().setName(counting.getName())
                                .setItemId(item.getItemId()).setCondition(HandoverItemCondition.HANDOVER_ITEM_CONDITION_PRESENT)
                                .setCounted(item.getRegistered()).build()).getHandover();
                    }
                    return SignHandoverRequest.newBuilder().setName(counting.getName()).setEtag(counting.getEtag()).build();
                }),
                new Rpc("CreateIncident", "wang", null, office -> CreateIncidentRequest.newBuilder().setParent(office())
                        .setIncident(Incident.newBuilder().setKind(IncidentKind.INCIDENT_KIND_FIRE).setDescription("fire alarm, tower B"))
                        .build()),
                new Rpc("GetIncident", "sun", "incident", office ->
                        GetIncidentRequest.newBuilder().setName(office.fire().getName()).build()),
                new Rpc("ListOpenIncidents", "sun", null, office -> {
                    office.fire();
                    return ListOpenIncidentsRequest.newBuilder().setParent(office()).build();
                }),
                new Rpc("ResolveIncident", "zhao", "incident", office -> {
                    Incident fire = office.fire();
                    return ResolveIncidentRequest.newBuilder().setName(fire.getName()).setEtag(fire.getEtag())
                            .setSummary("steam from a kitchen set off the detector").build();
                }),
                new Rpc("WhoIsResponsibleForPost", "sun", null, office -> WhoIsResponsibleForPostRequest.newBuilder()
                        .setPost(post(FRONT_DESK)).setTime(ProtoValues.timestamp(SHIFT_CHANGE)).build()));
    }

    private static MethodDescriptor<Message, Message> method(String name) {
        return ServiceCalls.methods(HandoverServiceGrpc.getServiceDescriptor()).stream()
                .filter(method -> method.getBareMethodName().equals(name))
                .findFirst().orElseThrow();
    }

    private Message call(String token, Rpc rpc, Message request) {
        return ServiceCalls.call(office.server.channel(), token, method(rpc.method()), request);
    }

    /** What a repeated effect would change: the events recorded, the handovers' and the log's versions, the open incidents. */
    private List<Object> state() {
        return List.of(
                office.outbox.events(OFFICE).size(),
                office.handovers.ofPost(OFFICE, FRONT_DESK).map(handover -> handover.version()).toJavaList(),
                office.dutyLogs.ofPost(OFFICE, FRONT_DESK).map(log -> log.version()).toJavaList(),
                office.incidents.open(OFFICE).size());
    }

    /** The id of the record of {@code kind} the valid request names. */
    private String idOf(String kind) {
        switch (kind) {
            case "handover":
                return office.handovers.ofPost(OFFICE, FRONT_DESK).last().id().toString();
            case "incident":
                return office.incidents.open(OFFICE).last().id().toString();
            default:
                return office.dutyLogs.ofPost(OFFICE, FRONT_DESK).get().entries().last().id().toString();
        }
    }

    @Test
    @DisplayName("the table below covers every RPC the service defines")
    void everyRpcIsCovered() {
        assertThat(ServiceCalls.methods(HandoverServiceGrpc.getServiceDescriptor()).stream().map(MethodDescriptor::getBareMethodName))
                .containsExactlyInAnyOrderElementsOf(REQUIRED.keySet());
        assertThat(rpcs().map(Rpc::method)).containsExactlyInAnyOrderElementsOf(REQUIRED.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rpcs")
    @DisplayName("a call without a bearer token is UNAUTHENTICATED")
    void unauthenticated(Rpc rpc) {
        Message request = rpc.valid().apply(office);

        assertThat(failure(() -> call(null, rpc, request)).code()).isEqualTo(Status.Code.UNAUTHENTICATED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rpcs")
    @DisplayName("a request with nothing set is INVALID_ARGUMENT naming exactly the required fields")
    void emptyRequest(Rpc rpc) {
        Failure failure = failure(() -> call(rpc.token(), rpc, ServiceCalls.emptyRequest(method(rpc.method()))));

        assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(failure.badFields()).containsExactlyElementsOf(REQUIRED.get(rpc.method()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rpcs")
    @DisplayName("the valid request succeeds")
    void succeeds(Rpc rpc) {
        Message request = rpc.valid().apply(office);

        assertThat(call(rpc.token(), rpc, request)).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rpcs")
    @DisplayName("K-1: the same request naming another office is PERMISSION_DENIED and changes nothing")
    void otherOffice(Rpc rpc) {
        Message request = ServiceCalls.replacing(rpc.valid().apply(office), OFFICE.toString(), OTHER_OFFICE.toString());
        List<Object> before = state();

        Failure failure = failure(() -> call(rpc.token(), rpc, request));

        assertThat(failure.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(failure.errorInfo().orElseThrow().getReason()).isEqualTo("OTHER_OFFICE");
        assertThat(state()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rpcs")
    @DisplayName("K-1: someone not on the office's staff is PERMISSION_DENIED")
    void notOnStaff(Rpc rpc) {
        Message request = rpc.valid().apply(office);
        if (rpc.method().equals("WhoIsResponsibleForPost")) {
            return; // who answers for a post is public to every caller of the office
        }

        Failure failure = failure(() -> call("outsider", rpc, request));

        assertThat(failure.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(failure.errorInfo().orElseThrow().getMetadataMap()).containsEntry(GrpcErrors.RULE_ID, "K-1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rpcs")
    @DisplayName("a handover, incident or duty-log matter that does not exist is NOT_FOUND under its name")
    void unknownRecord(Rpc rpc) {
        if (rpc.names() == null) {
            return;
        }
        Message valid = rpc.valid().apply(office);
        String unknown = "0000dead-0000-0000-0000-000000000001";
        Message request = ServiceCalls.replacing(valid, idOf(rpc.names()), unknown);

        Failure failure = failure(() -> call(rpc.token(), rpc, request));

        assertThat(failure.code()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(failure.resourceInfo().orElseThrow().getResourceName()).startsWith(office() + "/").endsWith(unknown);
    }

    static Stream<Rpc> mutations() {
        return rpcs().filter(rpc -> ServiceCalls.has(ServiceCalls.emptyRequest(method(rpc.method())), "request_id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    @DisplayName("a retry with the same request_id gets the first answer and has no second effect")
    void idempotentRetry(Rpc rpc) {
        Message request = with(rpc.valid().apply(office), "request_id", "retry-1");

        Message first = call(rpc.token(), rpc, request);
        List<Object> after = state();
        Message again = call(rpc.token(), rpc, request);

        assertThat(again).isEqualTo(first);
        assertThat(state()).isEqualTo(after);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    @DisplayName("a request_id reused for a different request is INVALID_ARGUMENT on request_id")
    void reusedRequestId(Rpc rpc) {
        Message request = with(rpc.valid().apply(office), "request_id", "reused-1");
        call(rpc.token(), rpc, request);
        Message different;
        if (ServiceCalls.has(request, "etag")) {
            different = with(request, "etag", "v999");
        } else if (rpc.method().equals("CreateHandover")) {
            different = with(request, "handover", prepareRequest().getHandover().toBuilder().removeRegister(2).build());
        } else {
            different = ServiceCalls.replacing(request, "fire alarm", "fire drill");
        }

        Failure failure = failure(() -> call(rpc.token(), rpc, different));

        assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(failure.badFields()).containsExactly("request_id");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    @DisplayName("a stale etag is ABORTED and changes nothing")
    void staleEtag(Rpc rpc) {
        Message valid = rpc.valid().apply(office);
        if (!ServiceCalls.has(valid, "etag")) {
            return;
        }
        String current = (String) valid.getField(valid.getDescriptorForType().findFieldByName("etag"));
        long version = Etags.parse(current).get();
        List<Object> before = state();

        Failure failure = failure(() -> call(rpc.token(), rpc, with(valid, "etag", Etags.of(version + 5))));

        assertThat(failure.code()).isEqualTo(Status.Code.ABORTED);
        assertThat(failure.errorInfo().orElseThrow().getReason()).isEqualTo(Etags.MISMATCH);
        assertThat(state()).isEqualTo(before);
    }
}
