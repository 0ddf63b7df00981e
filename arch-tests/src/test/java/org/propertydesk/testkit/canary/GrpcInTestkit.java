package org.propertydesk.testkit.canary;

import com.google.rpc.Code;
import io.grpc.Status;

/** Trips the testkit allow-list and the gRPC confinement: wire types in the test library. */
public final class GrpcInTestkit {

    private GrpcInTestkit() {}

    public static Status notFound() {
        return Status.fromCodeValue(Code.NOT_FOUND_VALUE);
    }
}
