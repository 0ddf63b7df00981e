package org.propertydesk.adapters.grpc.risk;

import static org.propertydesk.adapters.grpc.risk.RiskWorld.parent;

import io.grpc.ServiceDescriptor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.anyoneInTheOffice;
import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.rankAtLeast;

import java.util.LinkedHashMap;
import java.util.Map;
import org.propertydesk.adapters.grpc.AccessMatrixContract;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.adapters.grpc.v1.AddNoticeEvidenceRequest;
import org.propertydesk.adapters.grpc.v1.CheckNoticeRequest;
import org.propertydesk.adapters.grpc.v1.CloseNoticeRequest;
import org.propertydesk.adapters.grpc.v1.DisposeNoticeEvidenceRequest;
import org.propertydesk.adapters.grpc.v1.FinishHazardousWorkRequest;
import org.propertydesk.adapters.grpc.v1.GetArrearsRequest;
import org.propertydesk.adapters.grpc.v1.GetHazardousWorkRequest;
import org.propertydesk.adapters.grpc.v1.GetIncidentRecordRequest;
import org.propertydesk.adapters.grpc.v1.GetNoticeRequest;
import org.propertydesk.adapters.grpc.v1.HazardousWork;
import org.propertydesk.adapters.grpc.v1.ListArrearsRequest;
import org.propertydesk.adapters.grpc.v1.ListDemandsDueRequest;
import org.propertydesk.adapters.grpc.v1.ListIncidentRecordsRequest;
import org.propertydesk.adapters.grpc.v1.ListNoticesRequest;
import org.propertydesk.adapters.grpc.v1.Notice;
import org.propertydesk.adapters.grpc.v1.RecordNoticeServiceRequest;
import org.propertydesk.adapters.grpc.v1.RegisterHazardWarningRequest;
import org.propertydesk.adapters.grpc.v1.RiskNoticeServiceGrpc;
import org.propertydesk.adapters.grpc.v1.SettleArrearsRequest;
import org.propertydesk.adapters.grpc.v1.StartHazardousWorkRequest;
import org.propertydesk.adapters.grpc.v1.WithdrawNoticeRequest;

@DisplayName("RiskNoticeService: every RPC")
class RiskNoticeServiceEveryRpcTest extends AccessMatrixContract<RiskWorld> {

    /** Who may call what, from the rules. */
    @Override
    protected Map<String, Grant> grants() {
        Map<String, Grant> grants = new LinkedHashMap<>();
        // Reading, checking a draft, hazardous work and incident records: anyone in the office.
        for (String method : List.of("CheckNotice", "GetNotice", "ListNotices", "GetArrears", "ListArrears", "ListDemandsDue",
                "CreateHazardousWork", "GetHazardousWork", "RegisterHazardWarning", "StartHazardousWork", "FinishHazardousWork",
                "CreateIncidentRecord", "GetIncidentRecord", "ListIncidentRecords")) {
            grants.put(method, anyoneInTheOffice());
        }
        // Rectification notices and arrears demands are handled by customer service and above, not by operators (R-RN-2, R-RN-3).
        for (String method : List.of("CreateNotice", "RecordNoticeService", "AddNoticeEvidence", "CloseNotice", "WithdrawNotice",
                "CreateArrears", "SettleArrears")) {
            grants.put(method, rankAtLeast(Role.Rank.STAFF));
        }
        grants.put("DisposeNoticeEvidence", rankAtLeast(Role.Rank.SUPERVISOR));           // R-RN-9
        return grants;
    }

    @Override
    protected ServiceDescriptor service() {
        return RiskNoticeServiceGrpc.getServiceDescriptor();
    }

    @Override
    protected RiskWorld world() {
        return new RiskWorld();
    }

    @Override
    protected Rpc<RiskWorld> otherMutation(String method) {
        return method.equals("CreateIncidentRecord")
                ? rpc("CreateArrears")
                : new Rpc<>("CreateIncidentRecord", "clerk", world -> org.propertydesk.adapters.grpc.v1.CreateIncidentRecordRequest
                        .newBuilder().setParent(parent())
                        .setIncidentRecord(org.propertydesk.adapters.grpc.v1.IncidentRecord.newBuilder().setDescription("a leak"))
                        .build());
    }

    @Override
    protected List<Rpc<RiskWorld>> rpcs() {
        return List.of(
                new Rpc<>("CreateNotice", "clerk", RiskWorld::createRectification),
                new Rpc<>("CheckNotice", "clerk", world -> CheckNoticeRequest.newBuilder()
                        .setParent(parent()).setNotice(world.rectification()).build()),
                new Rpc<>("GetNotice", "clerk", world -> GetNoticeRequest.newBuilder().setName(world.issued().getName()).build()),
                new Rpc<>("ListNotices", "clerk", world -> {
                    world.issued();
                    return ListNoticesRequest.newBuilder().setParent(parent()).build();
                }),
                new Rpc<>("RecordNoticeService", "clerk", world -> {
                    Notice issued = world.issued();
                    return RecordNoticeServiceRequest.newBuilder().setName(issued.getName()).setEtag(issued.getEtag())
                            .addProofs(world.receipt(RiskWorld.OWNER_BY_REGISTERED_MAIL, "EMS-9")).build();
                }),
                new Rpc<>("AddNoticeEvidence", "clerk", world -> {
                    Notice issued = world.issued();
                    return AddNoticeEvidenceRequest.newBuilder().setName(issued.getName()).setEtag(issued.getEtag())
                            .setEvidence(world.progress("call log 1")).build();
                }),
                new Rpc<>("CloseNotice", "clerk", world -> {
                    Notice served = world.served();
                    return CloseNoticeRequest.newBuilder().setName(served.getName()).setEtag(served.getEtag()).build();
                }),
                new Rpc<>("WithdrawNotice", "clerk", world -> {
                    Notice issued = world.issued();
                    return WithdrawNoticeRequest.newBuilder().setName(issued.getName()).setEtag(issued.getEtag()).build();
                }),
                new Rpc<>("DisposeNoticeEvidence", "manager", world -> {
                    Notice withdrawn = world.withdrawn();
                    world.clock.advance(Duration.ofDays(3 * 366 + 2));
                    return DisposeNoticeEvidenceRequest.newBuilder().setName(withdrawn.getName()).setEtag(withdrawn.getEtag()).build();
                }),
                new Rpc<>("CreateArrears", "clerk", world -> org.propertydesk.adapters.grpc.v1.CreateArrearsRequest.newBuilder()
                        .setParent(parent())
                        .setArrears(org.propertydesk.adapters.grpc.v1.Arrears.newBuilder()
                                .setFee("water-2025-11").setDebtor("5-0302").setDueOn("2025-11-30"))
                        .build()),
                new Rpc<>("GetArrears", "clerk", world -> GetArrearsRequest.newBuilder()
                        .setName(world.recordedArrears("2024-03-31").getName()).build()),
                new Rpc<>("ListArrears", "clerk", world -> {
                    world.recordedArrears("2024-03-31");
                    return ListArrearsRequest.newBuilder().setParent(parent()).build();
                }),
                new Rpc<>("SettleArrears", "clerk", world -> {
                    var owed = world.recordedArrears("2024-03-31");
                    return SettleArrearsRequest.newBuilder().setName(owed.getName()).setSettledOn("2026-03-01")
                            .setEtag(owed.getEtag()).build();
                }),
                new Rpc<>("ListDemandsDue", "clerk", world -> {
                    world.recordedArrears("2024-03-31");
                    return ListDemandsDueRequest.newBuilder().setParent(parent()).build();
                }),
                new Rpc<>("CreateHazardousWork", "repairer", world -> org.propertydesk.adapters.grpc.v1.CreateHazardousWorkRequest
                        .newBuilder().setParent(parent())
                        .setHazardousWork(HazardousWork.newBuilder().setPlace("pump room").setHazard("live electrics"))
                        .build()),
                new Rpc<>("GetHazardousWork", "repairer", world -> GetHazardousWorkRequest.newBuilder()
                        .setName(world.plannedWork().getName()).build()),
                new Rpc<>("RegisterHazardWarning", "repairer", world -> {
                    HazardousWork work = world.plannedWork();
                    return RegisterHazardWarningRequest.newBuilder().setName(work.getName())
                            .setWarning(world.warningFor(work).getName()).setEtag(work.getEtag()).build();
                }),
                new Rpc<>("StartHazardousWork", "repairer", world -> {
                    HazardousWork work = world.warnedWork();
                    return StartHazardousWorkRequest.newBuilder().setName(work.getName()).setEtag(work.getEtag()).build();
                }),
                new Rpc<>("FinishHazardousWork", "repairer", world -> {
                    HazardousWork work = world.startedWork();
                    return FinishHazardousWorkRequest.newBuilder().setName(work.getName()).setEtag(work.getEtag()).build();
                }),
                new Rpc<>("CreateIncidentRecord", "clerk", world -> org.propertydesk.adapters.grpc.v1.CreateIncidentRecordRequest
                        .newBuilder().setParent(parent())
                        .setIncidentRecord(org.propertydesk.adapters.grpc.v1.IncidentRecord.newBuilder()
                                .setDescription("water leaking into 2-0801 from above")
                                .addActions(org.propertydesk.adapters.grpc.v1.ConductAction.CONDUCT_ACTION_CUT_OFF_DAMAGE_SOURCE))
                        .build()),
                new Rpc<>("GetIncidentRecord", "clerk", world -> GetIncidentRecordRequest.newBuilder()
                        .setName(world.incident().getName()).build()),
                new Rpc<>("ListIncidentRecords", "clerk", world -> {
                    world.incident();
                    return ListIncidentRecordsRequest.newBuilder().setParent(parent()).build();
                }));
    }
}
