package org.propertydesk.adapters.grpc.roster;

import io.grpc.ServerServiceDefinition;
import org.propertydesk.adapters.grpc.kernel.Mutations;
import org.propertydesk.application.roster.RosterDesk;

/** The duty-roster desk as the gRPC service {@code propertydesk.v1.RosterService}. */
public final class GrpcRoster {

    private GrpcRoster() {}

    /** The service over {@code desk}, its mutating calls run once per request id through {@code mutations}. */
    public static ServerServiceDefinition service(RosterDesk desk, Mutations mutations) {
        return new GrpcRosterService(desk, mutations).bindService();
    }
}
