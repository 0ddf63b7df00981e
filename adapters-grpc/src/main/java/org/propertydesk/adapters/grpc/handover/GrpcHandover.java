package org.propertydesk.adapters.grpc.handover;

import io.grpc.ServerServiceDefinition;
import org.propertydesk.adapters.grpc.kernel.Mutations;
import org.propertydesk.application.handover.HandoverDesk;

/** The shift-handover desk as the gRPC service {@code propertydesk.v1.HandoverService}. */
public final class GrpcHandover {

    private GrpcHandover() {}

    /** The service over {@code desk}, its mutating calls run once per request id through {@code mutations}. */
    public static ServerServiceDefinition service(HandoverDesk desk, Mutations mutations) {
        return new GrpcHandoverService(desk, mutations).bindService();
    }
}
