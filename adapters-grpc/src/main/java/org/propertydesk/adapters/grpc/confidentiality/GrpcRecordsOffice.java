package org.propertydesk.adapters.grpc.confidentiality;

import io.grpc.ServerServiceDefinition;
import org.propertydesk.adapters.grpc.kernel.Mutations;
import org.propertydesk.application.confidentiality.RecordsOffice;

/**
 * The records office as the gRPC service {@code propertydesk.v1.RecordsOfficeService} (see
 * {@code records_office.proto}). Host it through
 * {@link org.propertydesk.adapters.grpc.PropertyDeskServices.Builder#recordsOffice}.
 */
public final class GrpcRecordsOffice {

    private GrpcRecordsOffice() {}

    /**
     * The service over {@code desk}; its mutating calls run once per request id through
     * {@code mutations}, and a refused access decision keeps its audit entry (R-CF-9).
     */
    public static ServerServiceDefinition service(RecordsOffice desk, Mutations mutations) {
        return new GrpcRecordsOfficeService(desk, mutations).bindService();
    }
}
