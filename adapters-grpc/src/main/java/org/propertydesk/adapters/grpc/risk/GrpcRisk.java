package org.propertydesk.adapters.grpc.risk;

import io.grpc.ServerServiceDefinition;
import org.propertydesk.adapters.grpc.kernel.Mutations;
import org.propertydesk.application.risk.RiskDesk;

/**
 * The risk desk as the gRPC service {@code propertydesk.v1.RiskNoticeService} (see
 * {@code risk_notices.proto}). Host it through
 * {@link org.propertydesk.adapters.grpc.PropertyDeskServices.Builder#risk}.
 */
public final class GrpcRisk {

    private GrpcRisk() {}

    /** The service over {@code desk}; its mutating calls run once per request id through {@code mutations}. */
    public static ServerServiceDefinition service(RiskDesk desk, Mutations mutations) {
        return new GrpcRiskNoticeService(desk, mutations).bindService();
    }
}
