package org.propertydesk.examples.canary;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grpc.Status;
import java.sql.Connection;
import org.propertydesk.adapters.grpc.canary.wire.GrpcWire;
import org.propertydesk.adapters.jdbc.canary.JdbcRowMapper;

/** Examples may use anything: gRPC, JDBC, Jackson and both adapters. Obeys every rule. */
public final class EverythingGoes {

    public String all(Connection connection, ObjectMapper mapper, GrpcWire wire, JdbcRowMapper rows) {
        return Status.OK + " " + connection + mapper + wire + rows;
    }
}
