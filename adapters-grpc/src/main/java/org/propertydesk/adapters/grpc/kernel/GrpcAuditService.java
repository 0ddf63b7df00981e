package org.propertydesk.adapters.grpc.kernel;

import io.grpc.stub.StreamObserver;
import java.util.Objects;
import org.propertydesk.adapters.grpc.v1.AuditEntry;
import org.propertydesk.adapters.grpc.v1.AuditOutcome;
import org.propertydesk.adapters.grpc.v1.AuditServiceGrpc;
import org.propertydesk.adapters.grpc.v1.ListAuditEntriesRequest;
import org.propertydesk.adapters.grpc.v1.ListAuditEntriesResponse;
import org.propertydesk.adapters.grpc.v1.VerifyAuditTrailRequest;
import org.propertydesk.adapters.grpc.v1.VerifyAuditTrailResponse;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.application.kernel.AuditLog;
import org.propertydesk.domain.kernel.Rule;

/** {@code propertydesk.v1.AuditService} over the application's {@link AuditLog}. */
final class GrpcAuditService extends AuditServiceGrpc.AuditServiceImplBase {

    static final ResourceName.Pattern OFFICE = ResourceName.Pattern.of("offices/{office}");
    static final ResourceName.Pattern STAFF = ResourceName.Pattern.of("offices/{office}/staff/{staff}");

    private final AuditLog log;

    GrpcAuditService(AuditLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public void listAuditEntries(ListAuditEntriesRequest request, StreamObserver<ListAuditEntriesResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName office = check.name("parent", request.getParent(), OFFICE);
        PageRequest page = check.page(request.getPageSize(), request.getPageToken(), "audit|" + request.getParent());
        check.orThrow();
        Caller caller = Caller.current();
        caller.requireOffice(office.office());
        PageRequest.Page<org.propertydesk.application.kernel.AuditEntry> entries =
                page.of(log.entries(office.office(), caller.staff()).getOrElseThrow(GrpcErrors::rejected));
        response.onNext(ListAuditEntriesResponse.newBuilder()
                .addAllAuditEntries(entries.items().map(GrpcAuditService::toProto))
                .setNextPageToken(entries.nextPageToken())
                .build());
        response.onCompleted();
    }

    @Override
    public void verifyAuditTrail(VerifyAuditTrailRequest request, StreamObserver<VerifyAuditTrailResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName office = check.name("office", request.getOffice(), OFFICE);
        check.orThrow();
        Caller caller = Caller.current();
        caller.requireOffice(office.office());
        AuditLog.Verification verification = log.verify(office.office(), caller.staff()).getOrElseThrow(GrpcErrors::rejected);
        response.onNext(VerifyAuditTrailResponse.newBuilder()
                .setIntact(verification.intact())
                .setEntryCount(verification.entries())
                .setFirstTamperedSequence(verification.firstTampered().getOrElse(0L))
                .build());
        response.onCompleted();
    }

    private static AuditEntry toProto(org.propertydesk.application.kernel.AuditEntry entry) {
        AuditEvent event = entry.event();
        return AuditEntry.newBuilder()
                .setSequence(entry.sequence())
                .setTime(ProtoValues.timestamp(event.at()))
                .setActor(STAFF.format(event.office(), event.actor()))
                .setAction(event.action())
                .setSubject(event.subject())
                .setOutcome(switch (event.outcome()) {
                    case GRANTED -> AuditOutcome.AUDIT_OUTCOME_GRANTED;
                    case DENIED -> AuditOutcome.AUDIT_OUTCOME_DENIED;
                    case RECORDED -> AuditOutcome.AUDIT_OUTCOME_RECORDED;
                })
                .setRuleId(event.rule().map(Rule::id).getOrElse(""))
                .setPreviousHash(entry.previousHash())
                .setHash(entry.hash())
                .build();
    }
}
