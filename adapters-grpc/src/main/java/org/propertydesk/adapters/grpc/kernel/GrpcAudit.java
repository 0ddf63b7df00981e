package org.propertydesk.adapters.grpc.kernel;

import io.grpc.ServerServiceDefinition;
import org.propertydesk.application.kernel.AuditLog;

/** The audit trail over gRPC ({@code propertydesk.v1.AuditService}). */
public final class GrpcAudit {

    private GrpcAudit() {}

    public static ServerServiceDefinition service(AuditLog log) {
        return new GrpcAuditService(log).bindService();
    }
}
