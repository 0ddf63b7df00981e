package org.propertydesk.adapters.grpc.handover;

import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.anyoneInTheOffice;
import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.onlyTheParty;
import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.rankAtLeast;

import io.grpc.Channel;
import io.grpc.ServiceDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.propertydesk.adapters.grpc.AccessMatrixContract;
import org.propertydesk.adapters.grpc.EveryRpcContract;
import org.propertydesk.adapters.grpc.v1.HandoverServiceGrpc;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;

/**
 * {@code HandoverService} on the every-RPC contract and its access matrix, with the valid requests
 * of {@link HandoverServiceContractTest} (which keeps its own checks: required fields, callers not
 * on the staff, stale etags).
 */
@DisplayName("HandoverService: every RPC")
class HandoverServiceEveryRpcTest extends AccessMatrixContract<HandoverServiceEveryRpcTest.FrontDeskWorld> {

    /** {@link FrontDeskOverGrpc} as the contract's world. */
    record FrontDeskWorld(FrontDeskOverGrpc desk) implements EveryRpcContract.World {
        @Override
        public Channel channel() {
            return desk.server.channel();
        }

        @Override
        public OfficeId office() {
            return FrontDeskOverGrpc.OFFICE;
        }

        @Override
        public OfficeId otherOffice() {
            return FrontDeskOverGrpc.OTHER_OFFICE;
        }

        @Override
        public long effects() {
            return desk.effects();
        }

        @Override
        public long denials() {
            return desk.denials();
        }

        @Override
        public void close() {
            try {
                desk.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    protected ServiceDescriptor service() {
        return HandoverServiceGrpc.getServiceDescriptor();
    }

    @Override
    protected FrontDeskWorld world() {
        return new FrontDeskWorld(new FrontDeskOverGrpc());
    }

    @Override
    protected List<Rpc<FrontDeskWorld>> rpcs() {
        return HandoverServiceContractTest.rpcs()
                .map(rpc -> new Rpc<FrontDeskWorld>(rpc.method(), rpc.token(), world -> rpc.valid().apply(world.desk())))
                .toList();
    }

    /** The post's duty log is named by post and day, not by an id, so it cannot be unknown. */
    @Override
    protected Set<String> singletons() {
        return Set.of("GetDutyLog");
    }

    @Override
    protected Rpc<FrontDeskWorld> otherMutation(String method) {
        return rpc(method.equals("CreateIncident") ? "LogDutyMatter" : "CreateIncident");
    }

    /** Who may call what, from the rules; the matrix's staff are in customer service and party to no handover. */
    @Override
    protected Map<String, Grant> grants() {
        Map<String, Grant> grants = new LinkedHashMap<>();
        for (String method : List.of("GetDutyLog", "LogDutyMatter", "CloseOutDutyMatter", "CarryOverDutyMatter", "GetHandover",
                "ListHandovers", "CreateIncident", "GetIncident", "ListOpenIncidents", "WhoIsResponsibleForPost")) {
            grants.put(method, anyoneInTheOffice());
        }
        // R-HO-3 (b, d): anyone who sees drink or confusion in the incoming person, or equipment starting or
        // stopping, says so; that only blocks the handover.
        grants.put("DeclareIncomingUnfit", anyoneInTheOffice());
        grants.put("NoteHandoverEquipment", anyoneInTheOffice());
        for (String method : List.of("CreateHandover", "CompleteHandoverPreparation", "AnswerHandoverQuestion")) {
            grants.put(method, onlyTheParty("the outgoing person"));
        }
        for (String method : List.of("ArriveForHandover", "BeginHandoverCount", "CountHandoverItem", "AskHandoverQuestion",
                "RefuseHandover")) {
            grants.put(method, onlyTheParty("the incoming person"));
        }
        grants.put("SettleHandover", onlyTheParty("the superior the refusal went to"));
        grants.put("SubstituteIncoming", rankAtLeast(Role.Rank.SUPERVISOR));                                 // R-HO-3 d, K-4
        grants.put("SignHandover", onlyTheParty("the two parties"));
        grants.put("ResolveIncident", onlyTheParty("the reporter").or(rankAtLeast(Role.Rank.SUPERVISOR)));   // R-HO-3
        return grants;
    }
}
