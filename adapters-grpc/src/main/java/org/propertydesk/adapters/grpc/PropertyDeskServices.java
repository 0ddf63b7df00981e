package org.propertydesk.adapters.grpc;

import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;
import org.propertydesk.adapters.grpc.complaint.GrpcComplaint;
import org.propertydesk.adapters.grpc.confidentiality.GrpcRecordsOffice;
import org.propertydesk.adapters.grpc.firstcontact.GrpcFirstContact;
import org.propertydesk.adapters.grpc.handover.GrpcHandover;
import org.propertydesk.adapters.grpc.kernel.DenialAudit;
import org.propertydesk.adapters.grpc.kernel.FailureTranslation;
import org.propertydesk.adapters.grpc.kernel.GrpcAudit;
import org.propertydesk.adapters.grpc.kernel.Mutations;
import org.propertydesk.adapters.grpc.risk.GrpcRisk;
import org.propertydesk.adapters.grpc.roster.GrpcRoster;
import org.propertydesk.application.complaint.ComplaintDesk;
import org.propertydesk.application.confidentiality.RecordsOffice;
import org.propertydesk.application.firstcontact.FirstContactDesk;
import org.propertydesk.application.handover.HandoverDesk;
import org.propertydesk.application.kernel.AuditLog;
import org.propertydesk.application.kernel.Denials;
import org.propertydesk.application.kernel.Requests;
import org.propertydesk.application.risk.RiskDesk;
import org.propertydesk.application.roster.RosterDesk;

/**
 * PropertyDesk's gRPC services over the application's inbound ports, ready to host: in a
 * {@link PropertyDeskServer}, or in the embedder's own gRPC server behind its own authentication
 * (put an interceptor that sets the caller, such as {@code Authentication}, in front of them).
 * Every service already translates failures, so nothing a caller sends ends as UNKNOWN.
 *
 * <pre>{@code
 * PropertyDeskServices services = PropertyDeskServices.builder(new RequestsService(transactions, idempotency))
 *         .complaints(complaintDesk)
 *         .build();
 * }</pre>
 */
public final class PropertyDeskServices {

    private final List<ServerServiceDefinition> definitions;

    private PropertyDeskServices(List<ServerServiceDefinition> definitions) {
        this.definitions = definitions;
    }

    /**
     * Starts a set of services whose mutating calls each run in one unit of work, at most once per
     * request id, through {@code requests} (built over the same transactions and stores as the desks,
     * so the recorded answer commits with the effect).
     */
    public static Builder builder(Requests requests) {
        return new Builder(new Mutations(requests));
    }

    /** The service definitions, each behind failure translation. */
    public List<ServerServiceDefinition> definitions() {
        return definitions;
    }

    public static final class Builder {
        private final Mutations mutations;
        private List<ServerServiceDefinition> definitions = List.empty();
        private Option<Denials> denials = Option.none();

        private Builder(Mutations mutations) {
            this.mutations = mutations;
        }

        /** Adds a service of the embedder's own beside PropertyDesk's, with the same failure translation. */
        public Builder service(ServerServiceDefinition definition) {
            definitions = definitions.append(FailureTranslation.around(Objects.requireNonNull(definition, "definition")));
            return this;
        }

        /** The office's audit trail, for its management ({@code propertydesk.v1.AuditService}). */
        public Builder audit(AuditLog log) {
            return service(GrpcAudit.service(log));
        }

        /** The complaints desk as {@code propertydesk.v1.ComplaintService}. */
        public Builder complaints(ComplaintDesk desk) {
            return service(GrpcComplaint.service(desk, mutations));
        }

        /** The first-contact desk as {@code propertydesk.v1.FirstContactService}. */
        public Builder firstContact(FirstContactDesk desk) {
            return service(GrpcFirstContact.service(desk, mutations));
        }

        /** The risk desk as {@code propertydesk.v1.RiskNoticeService}. */
        public Builder risk(RiskDesk desk) {
            return service(GrpcRisk.service(desk, mutations));
        }

        /** The records office as {@code propertydesk.v1.RecordsOfficeService}. */
        public Builder recordsOffice(RecordsOffice desk) {
            return service(GrpcRecordsOffice.service(desk, mutations));
        }

        /** Adds {@code propertydesk.v1.RosterService} over the duty-roster desk. */
        public Builder rosters(RosterDesk desk) {
            return service(GrpcRoster.service(desk, mutations));
        }

        /** Adds {@code propertydesk.v1.HandoverService} over the shift-handover desk. */
        public Builder handovers(HandoverDesk desk) {
            return service(GrpcHandover.service(desk, mutations));
        }

        /**
         * Writes every PERMISSION_DENIED any of the services answers to the caller's office's audit
         * trail (R-CF-9), beside the access decisions the desks audit themselves.
         */
        public Builder auditDenials(Denials denials) {
            this.denials = Option.some(Objects.requireNonNull(denials, "denials"));
            return this;
        }

        public PropertyDeskServices build() {
            if (definitions.isEmpty()) {
                throw new IllegalStateException("no service added: give the builder at least one desk");
            }
            return new PropertyDeskServices(denials
                    .map(audit -> definitions.map(definition -> ServerInterceptors.intercept(definition, new DenialAudit(audit))))
                    .getOrElse(definitions));
        }
    }
}
