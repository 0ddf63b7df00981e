package org.propertydesk.adapters.grpc.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.adapters.grpc.ServiceCalls.failure;
import static org.propertydesk.adapters.grpc.ServiceCalls.with;
import static org.propertydesk.adapters.grpc.roster.OctoberOverGrpc.held;
import static org.propertydesk.adapters.grpc.roster.OctoberOverGrpc.office;
import static org.propertydesk.adapters.grpc.roster.OctoberOverGrpc.postName;
import static org.propertydesk.adapters.grpc.roster.OctoberOverGrpc.staffName;
import static org.propertydesk.testkit.roster.OctoberOffice.*;

import com.google.protobuf.Message;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.time.LocalDate;
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
import org.propertydesk.adapters.grpc.v1.AcknowledgeRosterRequest;
import org.propertydesk.adapters.grpc.v1.ApproveRosterChangeRequest;
import org.propertydesk.adapters.grpc.v1.ExcuseLateRosterPublicationRequest;
import org.propertydesk.adapters.grpc.v1.GetRosterRequest;
import org.propertydesk.adapters.grpc.v1.ListRostersRequest;
import org.propertydesk.adapters.grpc.v1.PlanRosterAssignmentsRequest;
import org.propertydesk.adapters.grpc.v1.PublishRosterRequest;
import org.propertydesk.adapters.grpc.v1.RecordTemporaryAbsenceRequest;
import org.propertydesk.adapters.grpc.v1.RejectRosterChangeRequest;
import org.propertydesk.adapters.grpc.v1.RequestRosterChangeRequest;
import org.propertydesk.adapters.grpc.v1.Roster;
import org.propertydesk.adapters.grpc.v1.RosterChange;
import org.propertydesk.adapters.grpc.v1.RosterReplacement;
import org.propertydesk.adapters.grpc.v1.RosterServiceGrpc;
import org.propertydesk.adapters.grpc.v1.ValidateRosterRequest;
import org.propertydesk.adapters.grpc.v1.WhoIsOnDutyNowRequest;
import org.propertydesk.adapters.grpc.v1.WhoIsOnPostRequest;
import org.propertydesk.adapters.grpc.kernel.ProtoValues;

/**
 * Every RPC of {@code RosterService} against the contract every PropertyDesk RPC keeps: no token
 * is UNAUTHENTICATED; an empty request is INVALID_ARGUMENT naming exactly the required fields;
 * names in another office are PERMISSION_DENIED; an unknown roster is NOT_FOUND; and a mutating
 * call is idempotent per request id, refuses a reused request id, and is ABORTED on a stale etag.
 */
@DisplayName("RosterService: every RPC keeps the API contract")
class RosterServiceContractTest {

    private final OctoberOverGrpc office = new OctoberOverGrpc();

    @AfterEach
    void close() throws InterruptedException {
        office.close();
    }

    /** An RPC, the token of a caller who may call it, and how to reach a state where a request of it succeeds. */
    record Rpc(String method, String token, boolean names, boolean etag, Function<OctoberOverGrpc, Message> valid) {
        @Override
        public String toString() {
            return method;
        }
    }

    private static final Map<String, List<String>> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("CreateRoster", List.of("parent", "roster"));
        REQUIRED.put("GetRoster", List.of("name"));
        REQUIRED.put("ListRosters", List.of("parent"));
        REQUIRED.put("PlanRosterAssignments", List.of("name"));
        REQUIRED.put("ValidateRoster", List.of("name"));
        REQUIRED.put("ExcuseLateRosterPublication", List.of("name", "reason"));
        REQUIRED.put("PublishRoster", List.of("name"));
        REQUIRED.put("RequestRosterChange", List.of("name", "change", "reason"));
        REQUIRED.put("ApproveRosterChange", List.of("name"));
        REQUIRED.put("RejectRosterChange", List.of("name", "reason"));
        REQUIRED.put("AcknowledgeRoster", List.of("name", "version"));
        REQUIRED.put("RecordTemporaryAbsence", List.of("name", "post", "away_start_time", "away_end_time"));
        REQUIRED.put("WhoIsOnPost", List.of("post", "time"));
        REQUIRED.put("WhoIsOnDutyNow", List.of("office"));
    }

    static Stream<Rpc> rpcs() {
        return Stream.of(
                new Rpc("CreateRoster", "scheduler", false, false, office -> OctoberOverGrpc.draftRequest()),
                new Rpc("GetRoster", "guard", true, false,
                        office -> GetRosterRequest.newBuilder().setName(office.published().getName()).build()),
                new Rpc("ListRosters", "guard", false, false, office -> {
                    office.drafted();
                    return ListRostersRequest.newBuilder().setParent(office()).build();
                }),
                new Rpc("PlanRosterAssignments", "scheduler", true, true, office -> {
                    Roster drafted = office.drafted();
                    return PlanRosterAssignmentsRequest.newBuilder().setName(drafted.getName()).setEtag(drafted.getEtag())
                            .addAllAdd(OctoberOverGrpc.october().subList(0, 40)).build();
                }),
                new Rpc("ValidateRoster", "guard", true, false,
                        office -> ValidateRosterRequest.newBuilder().setName(office.drafted().getName()).build()),
                new Rpc("ExcuseLateRosterPublication", "manager", true, true, office -> {
                    Roster planned = office.planned();
                    return ExcuseLateRosterPublicationRequest.newBuilder().setName(planned.getName()).setEtag(planned.getEtag())
                            .setReason("the new CCTV room opened late").build();
                }),
                new Rpc("PublishRoster", "scheduler", true, true, office -> {
                    Roster planned = office.planned();
                    office.setClock(LocalDate.of(2026, 9, 20), 10, 0);
                    return PublishRosterRequest.newBuilder().setName(planned.getName()).setEtag(planned.getEtag()).build();
                }),
                new Rpc("RequestRosterChange", "scheduler", true, true, office -> changeRequested(office)),
                new Rpc("ApproveRosterChange", "supervisor", true, true, office -> {
                    var asked = office.as("scheduler").requestRosterChange(changeRequested(office));
                    return ApproveRosterChangeRequest.newBuilder().setName(asked.getChangeRequest())
                            .setEtag(asked.getRoster().getEtag()).build();
                }),
                new Rpc("RejectRosterChange", "supervisor", true, true, office -> {
                    var asked = office.as("scheduler").requestRosterChange(changeRequested(office));
                    return RejectRosterChangeRequest.newBuilder().setName(asked.getChangeRequest())
                            .setEtag(asked.getRoster().getEtag()).setReason("exam week is busy").build();
                }),
                new Rpc("AcknowledgeRoster", "guard", true, true, office -> {
                    Roster published = office.published();
                    return AcknowledgeRosterRequest.newBuilder().setName(published.getName()).setEtag(published.getEtag())
                            .setVersion(1).build();
                }),
                new Rpc("RecordTemporaryAbsence", "guard", true, true, office -> {
                    Roster published = office.published();
                    LocalDate oct14 = LocalDate.of(2026, 10, 14);
                    office.setClock(oct14, 10, 0);
                    return RecordTemporaryAbsenceRequest.newBuilder().setName(published.getName()).setEtag(published.getEtag())
                            .setPost(postName(LOBBY))
                            .setAwayStartTime(ProtoValues.timestamp(at(oct14, 10, 0)))
                            .setAwayEndTime(ProtoValues.timestamp(at(oct14, 10, 30)))
                            .setConsentBy(staffName(SECURITY_SUPERVISOR))
                            .setRelief(staffName(RESERVE))
                            .setReliefArriveTime(ProtoValues.timestamp(at(oct14, 9, 55)))
                            .build();
                }),
                new Rpc("WhoIsOnPost", "guard", false, false, office -> {
                    office.published();
                    return WhoIsOnPostRequest.newBuilder().setPost(postName(LOBBY))
                            .setTime(ProtoValues.timestamp(at(LocalDate.of(2026, 10, 14), 10, 10))).build();
                }),
                new Rpc("WhoIsOnDutyNow", "guard", false, false, office -> {
                    office.published();
                    office.setClock(LocalDate.of(2026, 10, 14), 10, 10);
                    return WhoIsOnDutyNowRequest.newBuilder().setOffice(office()).build();
                }));
    }

    /** The lobby's day shift of 15 October handed to the reserve guard, asked for on 12 October. */
    static RequestRosterChangeRequest changeRequested(OctoberOverGrpc office) {
        Roster published = office.published();
        office.setClock(LocalDate.of(2026, 10, 12), 9, 0);
        return RequestRosterChangeRequest.newBuilder()
                .setName(published.getName())
                .setEtag(published.getEtag())
                .setChange(RosterChange.newBuilder().setReplacement(RosterReplacement.newBuilder()
                        .setAssignment(held(published, LOBBY, "D", LocalDate.of(2026, 10, 15)))
                        .setReplacement(staffName(RESERVE))))
                .setReason("exam")
                .build();
    }

    private static MethodDescriptor<Message, Message> method(String name) {
        return ServiceCalls.methods(RosterServiceGrpc.getServiceDescriptor()).stream()
                .filter(method -> method.getBareMethodName().equals(name))
                .findFirst().orElseThrow();
    }

    private Message call(String token, Rpc rpc, Message request) {
        return ServiceCalls.call(office.server.channel(), token, method(rpc.method()), request);
    }

    /** The rosters of the office and their versions: what a repeated effect would change. */
    private List<String> state() {
        return office.desk.rosters(OFFICE, SCHEDULER, LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 30)).get()
                .map(roster -> roster.id() + "@" + roster.version()).toJavaList();
    }

    @Test
    @DisplayName("the table below covers every RPC the service defines")
    void everyRpcIsCovered() {
        assertThat(ServiceCalls.methods(RosterServiceGrpc.getServiceDescriptor()).stream().map(MethodDescriptor::getBareMethodName))
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
        Message request = ServiceCalls.replacing(rpc.valid().apply(office), OFFICE.toString(), OctoberOverGrpc.OTHER_OFFICE.toString());
        List<String> before = state();

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
        if (rpc.method().startsWith("WhoIs")) {
            return; // who is on duty is public to every caller of the office
        }

        Failure failure = failure(() -> call("outsider", rpc, request));

        assertThat(failure.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(failure.errorInfo().orElseThrow().getMetadataMap()).containsEntry(GrpcErrors.RULE_ID, "K-1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rpcs")
    @DisplayName("a roster that does not exist is NOT_FOUND under its name")
    void unknownRoster(Rpc rpc) {
        if (!rpc.names()) {
            return;
        }
        Message valid = rpc.valid().apply(office);
        String roster = office.desk.rosters(OFFICE, SCHEDULER, LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 30)).get()
                .head().id().toString();
        String unknown = "0000dead-0000-0000-0000-000000000001";
        Message request = ServiceCalls.replacing(valid, roster, unknown);

        Failure failure = failure(() -> call(rpc.token(), rpc, request));

        assertThat(failure.code()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(failure.resourceInfo().orElseThrow().getResourceName()).isEqualTo(office() + "/rosters/" + unknown);
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
        List<String> after = state();
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
        Message different = ServiceCalls.has(request, "etag")
                ? with(request, "etag", "v999")
                : with(request, "roster", OctoberOverGrpc.draftRequest().getRoster().toBuilder().setLastDate("2026-10-30").build());

        Failure failure = failure(() -> call(rpc.token(), rpc, different));

        assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(failure.badFields()).containsExactly("request_id");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    @DisplayName("a stale etag is ABORTED and changes nothing")
    void staleEtag(Rpc rpc) {
        if (!rpc.etag()) {
            return;
        }
        Message valid = rpc.valid().apply(office);
        String current = (String) valid.getField(valid.getDescriptorForType().findFieldByName("etag"));
        long version = Etags.parse(current).get();
        List<String> before = state();

        Failure failure = failure(() -> call(rpc.token(), rpc, with(valid, "etag", Etags.of(version + 5))));

        assertThat(failure.code()).isEqualTo(Status.Code.ABORTED);
        assertThat(failure.errorInfo().orElseThrow().getReason()).isEqualTo(Etags.MISMATCH);
        assertThat(state()).isEqualTo(before);
    }
}
