package org.propertydesk.adapters.grpc.complaint;

import io.grpc.ServerServiceDefinition;
import org.propertydesk.adapters.grpc.kernel.Mutations;
import org.propertydesk.application.complaint.ComplaintDesk;

/**
 * The complaints desk as {@code propertydesk.v1.ComplaintService}. Host it through
 * {@code PropertyDeskServices.builder(requests).complaints(desk)}, which also puts failure
 * translation in front of it; callers must be authenticated (see {@code Authentication}).
 */
public final class GrpcComplaint {

    private GrpcComplaint() {}

    /** The service over {@code desk}, its changes made at most once per request id through {@code mutations}. */
    public static ServerServiceDefinition service(ComplaintDesk desk, Mutations mutations) {
        return new GrpcComplaintService(desk, mutations).bindService();
    }
}
