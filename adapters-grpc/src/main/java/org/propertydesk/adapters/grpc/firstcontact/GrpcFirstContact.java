package org.propertydesk.adapters.grpc.firstcontact;

import io.grpc.ServerServiceDefinition;
import org.propertydesk.adapters.grpc.kernel.Mutations;
import org.propertydesk.application.firstcontact.FirstContactDesk;

/**
 * The first-contact desk as {@code propertydesk.v1.FirstContactService}. Host it through
 * {@code PropertyDeskServices.builder(requests).firstContact(desk)}, which also puts failure
 * translation in front of it; callers must be authenticated (see {@code Authentication}).
 */
public final class GrpcFirstContact {

    private GrpcFirstContact() {}

    /** The service over {@code desk}, its changes made at most once per request id through {@code mutations}. */
    public static ServerServiceDefinition service(FirstContactDesk desk, Mutations mutations) {
        return new GrpcFirstContactService(desk, mutations).bindService();
    }
}
