package org.propertydesk.adapters.grpc.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.adapters.grpc.InProcessDesk;
import org.propertydesk.adapters.grpc.InProcessDesk.Failure;
import org.propertydesk.adapters.grpc.PropertyDeskServices;
import org.propertydesk.adapters.grpc.v1.AuditOutcome;
import org.propertydesk.adapters.grpc.v1.AuditServiceGrpc;
import org.propertydesk.adapters.grpc.v1.AuditServiceGrpc.AuditServiceBlockingStub;
import org.propertydesk.adapters.grpc.v1.ListAuditEntriesRequest;
import org.propertydesk.adapters.grpc.v1.ListAuditEntriesResponse;
import org.propertydesk.adapters.grpc.v1.VerifyAuditTrailRequest;
import org.propertydesk.application.kernel.AuditEntry;
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

@DisplayName("AuditService over gRPC")
class GrpcAuditServiceTest {

    private static final OfficeId OFFICE = new OfficeId(UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001"));
    private static final OfficeId OTHER = new OfficeId(UUID.fromString("6f1c2a4e-0000-4000-8000-000000000002"));
    private static final StaffId MANAGER = new StaffId(new UUID(0, 1));
    private static final StaffId ASSISTANT = new StaffId(new UUID(0, 2));
    private static final String PARENT = "offices/" + OFFICE;

    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    private final InMemoryDirectory directory = InMemoryDirectory.of(
            StaffMember.of(MANAGER, OFFICE, "周经理", Role.OFFICE_MANAGER, Department.CUSTOMER_SERVICE, Option.some(new StaffId(new UUID(0, 9)))).get(),
            StaffMember.of(ASSISTANT, OFFICE, "小林", Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, Option.some(MANAGER)).get());
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InProcessDesk desk = InProcessDesk.serving(
            PropertyDeskServices.builder(new RequestsService(transactions, new InMemoryIdempotency()))
                    .audit(new AuditLogService(trail, directory, transactions))
                    .build(),
            Map.of("manager", new Caller(OFFICE, MANAGER), "assistant", new Caller(OFFICE, ASSISTANT),
                    "elsewhere", new Caller(OTHER, MANAGER)));

    private AuditServiceBlockingStub as(String token) {
        return InProcessDesk.as(AuditServiceGrpc.newBlockingStub(desk.channel()), token);
    }

    private void decisions(int count) {
        for (int i = 0; i < count; i++) {
            trail.append(new AuditEvent(OFFICE, Instant.parse("2026-10-08T02:00:00Z").plusSeconds(i), ASSISTANT, "read document",
                    "offices/" + OFFICE + "/documents/" + i, i % 2 == 0 ? AuditEvent.Outcome.GRANTED : AuditEvent.Outcome.DENIED,
                    Option.some(Rule.R_CF_2)));
        }
    }

    @AfterEach
    void close() throws InterruptedException {
        desk.close();
    }

    @Test
    @DisplayName("R-CF-9: the office manager pages through the trail in order, each entry with its decision and hashes")
    void listsInPages() {
        decisions(5);
        ListAuditEntriesResponse first = as("manager").listAuditEntries(
                ListAuditEntriesRequest.newBuilder().setParent(PARENT).setPageSize(3).build());
        ListAuditEntriesResponse second = as("manager").listAuditEntries(
                ListAuditEntriesRequest.newBuilder().setParent(PARENT).setPageSize(3).setPageToken(first.getNextPageToken()).build());

        assertThat(first.getAuditEntriesList()).extracting(e -> e.getSequence()).containsExactly(1L, 2L, 3L);
        assertThat(second.getAuditEntriesList()).extracting(e -> e.getSequence()).containsExactly(4L, 5L);
        assertThat(second.getNextPageToken()).isEmpty();
        assertThat(first.getAuditEntries(1).getOutcome()).isEqualTo(AuditOutcome.AUDIT_OUTCOME_DENIED);
        assertThat(first.getAuditEntries(0).getActor()).isEqualTo(PARENT + "/staff/" + ASSISTANT);
        assertThat(first.getAuditEntries(0).getRuleId()).isEqualTo("R-CF-2");
        assertThat(first.getAuditEntries(1).getPreviousHash()).isEqualTo(first.getAuditEntries(0).getHash());
    }

    @Test
    @DisplayName("R-CF-9: verification over gRPC shows an intact trail, and the first tampered entry after tampering")
    void verifies() {
        decisions(4);
        assertThat(as("manager").verifyAuditTrail(VerifyAuditTrailRequest.newBuilder().setOffice(PARENT).build()).getIntact()).isTrue();

        trail.tamper(OFFICE, 2, entry -> new AuditEntry(entry.sequence(),
                new AuditEvent(OFFICE, entry.event().at(), MANAGER, entry.event().action(), entry.event().subject(),
                        AuditEvent.Outcome.GRANTED, entry.event().rule()),
                entry.previousHash(), entry.hash()));

        var verification = as("manager").verifyAuditTrail(VerifyAuditTrailRequest.newBuilder().setOffice(PARENT).build());
        assertThat(verification.getIntact()).isFalse();
        assertThat(verification.getFirstTamperedSequence()).isEqualTo(2);
        assertThat(verification.getEntryCount()).isEqualTo(4);
    }

    @Test
    @DisplayName("R-CF-9: an assistant is PERMISSION_DENIED with ErrorInfo naming the rule")
    void assistantDenied() {
        Failure failure = Failure.of(catchThrowableOfType(StatusRuntimeException.class,
                () -> as("assistant").verifyAuditTrail(VerifyAuditTrailRequest.newBuilder().setOffice(PARENT).build())));

        assertThat(failure.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(failure.errorInfo()).hasValueSatisfying(info -> {
            assertThat(info.getReason()).isEqualTo("AUDIT_TRAIL_RESERVED");
            assertThat(info.getDomain()).isEqualTo("propertydesk.org");
            assertThat(info.getMetadataMap()).containsEntry("rule_id", "R-CF-9");
        });
    }

    @Test
    @DisplayName("R-CF-9: with auditDenials, the refusal is in the trail: who, which method, which resource, which rule")
    void refusalIsAudited() throws InterruptedException {
        InProcessDesk auditing = InProcessDesk.serving(
                PropertyDeskServices.builder(new RequestsService(transactions, new InMemoryIdempotency()))
                        .audit(new AuditLogService(trail, directory, transactions))
                        .auditDenials(new DenialsService(trail, SettableClock.at("2026-10-08T03:00:00Z"), transactions))
                        .build(),
                Map.of("assistant", new Caller(OFFICE, ASSISTANT)));
        try {
            catchThrowableOfType(StatusRuntimeException.class, () -> InProcessDesk.as(AuditServiceGrpc.newBlockingStub(auditing.channel()), "assistant")
                    .verifyAuditTrail(VerifyAuditTrailRequest.newBuilder().setOffice(PARENT).build()));
        } finally {
            auditing.close();
        }

        assertThat(trail.entries(OFFICE)).singleElement().satisfies(entry -> {
            assertThat(entry.event().outcome()).isEqualTo(AuditEvent.Outcome.DENIED);
            assertThat(entry.event().actor()).isEqualTo(ASSISTANT);
            assertThat(entry.event().action()).isEqualTo("propertydesk.v1.AuditService/VerifyAuditTrail");
            assertThat(entry.event().subject()).as("the resource the request named, read where the request is parsed").isEqualTo(PARENT);
            assertThat(entry.event().rule()).contains(Rule.R_CF_9);
        });
    }

    @Test
    @DisplayName("K-1: another office's trail is PERMISSION_DENIED, whatever the caller's role")
    void otherOffice() {
        Failure failure = Failure.of(catchThrowableOfType(StatusRuntimeException.class,
                () -> as("elsewhere").listAuditEntries(ListAuditEntriesRequest.newBuilder().setParent(PARENT).build())));

        assertThat(failure.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(failure.errorInfo()).hasValueSatisfying(info -> assertThat(info.getReason()).isEqualTo("OTHER_OFFICE"));
    }

    @Test
    @DisplayName("a malformed parent and page size are INVALID_ARGUMENT naming both fields")
    void malformed() {
        Failure failure = Failure.of(catchThrowableOfType(StatusRuntimeException.class,
                () -> as("manager").listAuditEntries(ListAuditEntriesRequest.newBuilder().setParent("offices/1").setPageSize(-5).build())));

        assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(failure.badFields()).containsExactly("parent", "page_size");
    }

    @Test
    @DisplayName("a call without a token is UNAUTHENTICATED")
    void unauthenticated() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> AuditServiceGrpc.newBlockingStub(desk.channel()).verifyAuditTrail(VerifyAuditTrailRequest.newBuilder().setOffice(PARENT).build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    }
}
