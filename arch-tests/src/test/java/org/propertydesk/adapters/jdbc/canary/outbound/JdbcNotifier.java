package org.propertydesk.adapters.jdbc.canary.outbound;

import com.google.protobuf.Timestamp;
import org.propertydesk.adapters.grpc.canary.wire.GrpcWire;

/**
 * Trips adapter isolation (jdbc → grpc) and the gRPC confinement (protobuf in the JDBC adapter).
 * In its own package so that, with {@code GrpcCanaryService}, it closes no package cycle.
 */
public final class JdbcNotifier {

    public String notify(GrpcWire wire, Timestamp at) {
        return wire.header() + at.getSeconds();
    }
}
