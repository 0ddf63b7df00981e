package org.propertydesk.adapters.grpc.canary.wire;

import io.grpc.Metadata;

/** gRPC metadata handling inside the gRPC adapter. Obeys every rule; {@code JdbcNotifier} misuses it. */
public final class GrpcWire {

    private final Metadata metadata = new Metadata();

    public String header() {
        return metadata.toString();
    }
}
