package org.propertydesk.adapters.grpc.canary;

import javax.sql.DataSource;

/** Trips the JDBC confinement: the gRPC adapter holding a {@code javax.sql.DataSource}. */
public final class GrpcSqlLeak {

    private final DataSource dataSource;

    public GrpcSqlLeak(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
