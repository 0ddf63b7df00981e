package org.propertydesk.adapters.grpc.canary;

import io.grpc.Status;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.propertydesk.adapters.jdbc.canary.JdbcRowMapper;

/**
 * Trips adapter isolation (grpc → jdbc). Its use of gRPC is allowed and must not be reported.
 */
@PrimaryAdapter
public final class GrpcCanaryService {

    private final JdbcRowMapper mapper = new JdbcRowMapper();

    public Status status() {
        return mapper == null ? Status.INTERNAL : Status.OK;
    }
}
