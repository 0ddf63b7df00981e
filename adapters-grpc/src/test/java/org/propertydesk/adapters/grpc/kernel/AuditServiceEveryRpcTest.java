package org.propertydesk.adapters.grpc.kernel;

import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.roles;

import io.grpc.Channel;
import io.grpc.ServiceDescriptor;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.propertydesk.adapters.grpc.AccessMatrixContract;
import org.propertydesk.adapters.grpc.EveryRpcContract;
import org.propertydesk.adapters.grpc.Identities;
import org.propertydesk.adapters.grpc.InProcessDesk;
import org.propertydesk.adapters.grpc.PropertyDeskServices;
import org.propertydesk.adapters.grpc.v1.AuditServiceGrpc;
import org.propertydesk.adapters.grpc.v1.ListAuditEntriesRequest;
import org.propertydesk.adapters.grpc.v1.VerifyAuditTrailRequest;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.application.kernel.AuditLogService;
import org.propertydesk.application.kernel.DenialsService;
import org.propertydesk.application.kernel.RequestsService;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.testkit.kernel.InMemoryAuditTrail;
import org.propertydesk.testkit.kernel.InMemoryDirectory;
import org.propertydesk.testkit.kernel.InMemoryIdempotency;
import org.propertydesk.testkit.kernel.InMemoryTransactions;
import org.propertydesk.testkit.kernel.SettableClock;

@DisplayName("AuditService: every RPC")
class AuditServiceEveryRpcTest extends AccessMatrixContract<AuditServiceEveryRpcTest.AuditWorld> {

    static final OfficeId OFFICE = new OfficeId(new UUID(0xA0D, 1));
    static final OfficeId OTHER_OFFICE = new OfficeId(new UUID(0xA0D, 2));

    /** An office's audit trail with a few decisions in it, its log served in process; "manager" is the office manager. */
    static final class AuditWorld implements EveryRpcContract.World {
        final InMemoryAuditTrail trail = new InMemoryAuditTrail();
        final StaffMember manager = StaffMember.of(new StaffId(new UUID(0xA0D, 11)), OFFICE, "周经理", Role.OFFICE_MANAGER,
                Department.ADMINISTRATION_HR, Option.some(new StaffId(new UUID(0xA0D, 99)))).get();
        final StaffMember stranger = StaffMember.of(new StaffId(new UUID(0xA0D, 12)), OTHER_OFFICE, "别处经理", Role.OFFICE_MANAGER,
                Department.ADMINISTRATION_HR, Option.some(new StaffId(new UUID(0xA0D, 98)))).get();
        final List<StaffMember> identities = Identities.staff(OFFICE, 0xA0D, Department.CUSTOMER_SERVICE, manager.id());
        private final InProcessDesk served;

        AuditWorld() {
            InMemoryTransactions transactions = new InMemoryTransactions();
            List<StaffMember> everyone = new ArrayList<>(List.of(manager, stranger));
            everyone.addAll(identities);
            InMemoryDirectory directory = InMemoryDirectory.of(everyone.toArray(StaffMember[]::new));
            for (int i = 0; i < 3; i++) {
                trail.append(new AuditEvent(OFFICE, Instant.parse("2026-10-08T02:00:00Z").plusSeconds(i), manager.id(), "document.read",
                        "offices/" + OFFICE + "/documents/" + i, AuditEvent.Outcome.GRANTED, Option.some(Rule.R_CF_2)));
            }
            Map<String, Caller> tokens = new HashMap<>(Identities.tokens(identities));
            tokens.put("manager", new Caller(OFFICE, manager.id()));
            tokens.put("stranger", new Caller(OTHER_OFFICE, stranger.id()));
            served = InProcessDesk.serving(PropertyDeskServices.builder(new RequestsService(transactions, new InMemoryIdempotency()))
                    .audit(new AuditLogService(trail, directory, transactions))
                    .auditDenials(new DenialsService(trail, SettableClock.at("2026-10-09T02:00:00Z"), transactions))
                    .build(), tokens);
        }

        @Override
        public Channel channel() {
            return served.channel();
        }

        @Override
        public OfficeId office() {
            return OFFICE;
        }

        @Override
        public OfficeId otherOffice() {
            return OTHER_OFFICE;
        }

        @Override
        public long effects() {
            return trail.entries(OFFICE).size() + trail.entries(OTHER_OFFICE).size();
        }

        @Override
        public long denials() {
            return trail.entries(OFFICE).appendAll(trail.entries(OTHER_OFFICE)).count(entry -> entry.event().outcome() == AuditEvent.Outcome.DENIED);
        }

        @Override
        public void close() {
            try {
                served.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    protected ServiceDescriptor service() {
        return AuditServiceGrpc.getServiceDescriptor();
    }

    @Override
    protected AuditWorld world() {
        return new AuditWorld();
    }

    @Override
    protected Rpc<AuditWorld> otherMutation(String method) {
        throw new UnsupportedOperationException("the audit service changes nothing");
    }

    /** Who may call what, from the rules. */
    @Override
    protected Map<String, Grant> grants() {
        Map<String, Grant> grants = new LinkedHashMap<>();
        grants.put("ListAuditEntries", roles(Role.OFFICE_MANAGER, Role.COMPANY_LEADERSHIP));   // R-CF-9
        grants.put("VerifyAuditTrail", roles(Role.OFFICE_MANAGER, Role.COMPANY_LEADERSHIP));   // R-CF-9
        return grants;
    }

    @Override
    protected List<Rpc<AuditWorld>> rpcs() {
        return List.of(
                new Rpc<>("ListAuditEntries", "manager", world -> ListAuditEntriesRequest.newBuilder().setParent("offices/" + OFFICE).build()),
                new Rpc<>("VerifyAuditTrail", "manager", world -> VerifyAuditTrailRequest.newBuilder().setOffice("offices/" + OFFICE).build()));
    }
}
