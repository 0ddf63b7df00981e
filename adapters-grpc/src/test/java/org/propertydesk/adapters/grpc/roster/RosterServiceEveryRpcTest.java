package org.propertydesk.adapters.grpc.roster;

import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.anyoneInTheOffice;
import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.onlyForThemselves;
import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.onlyTheParty;
import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.rankAtLeast;
import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.roles;

import io.grpc.Channel;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.propertydesk.adapters.grpc.AccessMatrixContract;
import org.propertydesk.adapters.grpc.EveryRpcContract;
import org.propertydesk.adapters.grpc.v1.CreateRosterRequest;
import org.propertydesk.adapters.grpc.v1.RosterServiceGrpc;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.testkit.roster.OctoberOffice;

/**
 * {@code RosterService} on the every-RPC contract and its access matrix, with the valid requests of
 * {@link RosterServiceContractTest} (which keeps its own checks: required fields, stale etags).
 */
@DisplayName("RosterService: every RPC")
class RosterServiceEveryRpcTest extends AccessMatrixContract<RosterServiceEveryRpcTest.RosterWorld> {

    /** {@link OctoberOverGrpc} as the contract's world. */
    record RosterWorld(OctoberOverGrpc october) implements EveryRpcContract.World {
        @Override
        public Channel channel() {
            return october.server.channel();
        }

        @Override
        public OfficeId office() {
            return OctoberOffice.OFFICE;
        }

        @Override
        public OfficeId otherOffice() {
            return OctoberOverGrpc.OTHER_OFFICE;
        }

        @Override
        public long effects() {
            return october.effects();
        }

        @Override
        public long denials() {
            return october.denials();
        }

        @Override
        public void close() {
            october.close();
        }
    }

    @Override
    protected ServiceDescriptor service() {
        return RosterServiceGrpc.getServiceDescriptor();
    }

    @Override
    protected RosterWorld world() {
        return new RosterWorld(new OctoberOverGrpc());
    }

    @Override
    protected List<Rpc<RosterWorld>> rpcs() {
        return RosterServiceContractTest.rpcs()
                .map(rpc -> new Rpc<RosterWorld>(rpc.method(), rpc.token(), world -> rpc.valid().apply(world.october())))
                .toList();
    }

    /** November's roster drafted: a mutation that succeeds whatever October's roster has been through. */
    @Override
    protected Rpc<RosterWorld> otherMutation(String method) {
        return new Rpc<>("CreateRoster", "scheduler", world -> {
            CreateRosterRequest october = OctoberOverGrpc.draftRequest();
            return october.toBuilder().setRoster(october.getRoster().toBuilder().setFirstDate("2026-11-01").setLastDate("2026-11-30"))
                    .build();
        });
    }

    /** Who may call what, from the rules; the matrix's staff are in customer service, none a scheduler of the roster. */
    @Override
    protected Map<String, Grant> grants() {
        Map<String, Grant> grants = new LinkedHashMap<>();
        for (String method : List.of("GetRoster", "ListRosters", "ValidateRoster", "WhoIsOnPost", "WhoIsOnDutyNow",
                "RequestRosterChange")) {
            grants.put(method, anyoneInTheOffice());
        }
        // R-RO-5: the department's scheduler or someone above — supervisors and up, never operators or assistants.
        grants.put("CreateRoster", rankAtLeast(Role.Rank.SUPERVISOR));
        grants.put("PlanRosterAssignments", onlyTheParty("the roster's schedulers").or(rankAtLeast(Role.Rank.SUPERVISOR)));
        grants.put("PublishRoster", onlyTheParty("the roster's schedulers").or(rankAtLeast(Role.Rank.SUPERVISOR)));
        grants.put("ExcuseLateRosterPublication", rankAtLeast(Role.Rank.MANAGER));                               // R-RO-5
        // R-RO-6: the post's supervisor or someone above them — the office manager and leadership, not the
        // manager of another department (the matrix's staff are in customer service, the post in security).
        grants.put("ApproveRosterChange", onlyTheParty("the post's supervisor").or(roles(Role.OFFICE_MANAGER, Role.COMPANY_LEADERSHIP)));
        grants.put("RejectRosterChange", onlyTheParty("the post's supervisor").or(roles(Role.OFFICE_MANAGER, Role.COMPANY_LEADERSHIP)));
        grants.put("AcknowledgeRoster", onlyForThemselves(Status.Code.FAILED_PRECONDITION, "R-RO-6: nothing to acknowledge"));
        grants.put("RecordTemporaryAbsence", onlyForThemselves(Status.Code.FAILED_PRECONDITION, "R-RO-7: not on the post"));
        return grants;
    }
}
