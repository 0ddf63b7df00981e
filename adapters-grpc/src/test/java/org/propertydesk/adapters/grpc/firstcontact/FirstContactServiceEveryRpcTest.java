package org.propertydesk.adapters.grpc.firstcontact;

import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.anyoneInTheOffice;
import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.onlyTheParty;
import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.roles;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.CLEANING;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.CS_SUPERVISOR;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.ENGINEERING;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.FRONT_DESK;

import com.google.protobuf.Message;
import io.grpc.ServiceDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.propertydesk.adapters.grpc.AccessMatrixContract;
import org.propertydesk.adapters.grpc.RpcCalls;
import org.propertydesk.adapters.grpc.v1.AcceptServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.AssessServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.CloseServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.FileServiceRequestCoordinationFormRequest;
import org.propertydesk.adapters.grpc.v1.FirstContactDepartment;
import org.propertydesk.adapters.grpc.v1.FirstContactServiceGrpc;
import org.propertydesk.adapters.grpc.v1.GetServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.HandleServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.ListReceptionLogEntriesRequest;
import org.propertydesk.adapters.grpc.v1.ListServiceRequestsRequest;
import org.propertydesk.adapters.grpc.v1.RecordServiceRequestContactRequest;
import org.propertydesk.adapters.grpc.v1.ReplyToServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.ReportServiceRequestCompletionRequest;
import org.propertydesk.adapters.grpc.v1.RouteServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.ServiceRequest;
import org.propertydesk.adapters.grpc.v1.ServiceRequestConcern;
import org.propertydesk.adapters.grpc.v1.ServiceRequestTransferMethod;
import org.propertydesk.adapters.grpc.v1.TransferServiceRequestRequest;
import org.propertydesk.domain.kernel.Role;

@DisplayName("FirstContactService: every RPC")
class FirstContactServiceEveryRpcTest extends AccessMatrixContract<FirstContactOverGrpc> {

    @Override
    protected ServiceDescriptor service() {
        return FirstContactServiceGrpc.getServiceDescriptor();
    }

    @Override
    protected FirstContactOverGrpc world() {
        return new FirstContactOverGrpc();
    }

    @Override
    protected Rpc<FirstContactOverGrpc> otherMutation(String method) {
        return rpc(method.equals("ReceiveServiceRequest") ? "RecordServiceRequestContact" : "ReceiveServiceRequest");
    }

    /** Who may call what, from the rules; the matrix's staff work in customer service and hold nothing. */
    @Override
    protected Map<String, Grant> grants() {
        Map<String, Grant> grants = new LinkedHashMap<>();
        // R-FC-1: whoever is asked first receives; reading, routing (changes nothing), answering the
        // customer (R-FC-8) and noting that they came back (R-FC-9) are for anyone in the office.
        for (String method : List.of("ReceiveServiceRequest", "GetServiceRequest", "ListServiceRequests", "ListReceptionLogEntries",
                "RouteServiceRequest", "ReplyToServiceRequest", "RecordServiceRequestContact")) {
            grants.put(method, anyoneInTheOffice());
        }
        for (String method : List.of("HandleServiceRequest", "TransferServiceRequest", "AssessServiceRequest")) {
            grants.put(method, onlyTheParty("the holder"));                          // R-FC-1
        }
        // R-FC-7: the holder or the holding department — customer service, where the matrix's staff work.
        grants.put("ReportServiceRequestCompletion", anyoneInTheOffice());
        grants.put("AcceptServiceRequest", onlyTheParty("the recipient or their department"));   // R-FC-7
        grants.put("FileServiceRequestCoordinationForm", onlyTheParty("the accepting department")); // R-FC-5
        // R-FC-7: a customer-service supervisor (the matrix's supervisors and managers are in customer service).
        grants.put("CloseServiceRequest", roles(Role.SUPERVISOR, Role.CUSTOMER_RELATIONS_SUPERVISOR, Role.DEPARTMENT_MANAGER));
        return grants;
    }

    /** {@code request} at the service request's current etag (AIP-154), where the request takes one. */
    private static Message current(Message request, ServiceRequest serviceRequest) {
        return RpcCalls.has(request, "etag") ? RpcCalls.with(request, "etag", serviceRequest.getEtag()) : request;
    }

    private static ServiceRequest completedByFrontDesk(FirstContactOverGrpc d) {
        return d.as(FRONT_DESK).reportServiceRequestCompletion(ReportServiceRequestCompletionRequest.newBuilder()
                .setName(d.leak().getName()).setCompletionTime(d.inHours(0)).setResult("已修复")
                .setCustomerServiceSupervisor(d.staff(d.o.customerServiceSupervisor)).build()).getServiceRequest();
    }

    @Override
    protected List<Rpc<FirstContactOverGrpc>> rpcs() {
        return List.of(
                new Rpc<>("ReceiveServiceRequest", FRONT_DESK, FirstContactOverGrpc::leakReport),
                new Rpc<>("GetServiceRequest", FRONT_DESK, d -> GetServiceRequestRequest.newBuilder().setName(d.leak().getName()).build()),
                new Rpc<>("ListServiceRequests", FRONT_DESK, d -> {
                    d.leak();
                    return ListServiceRequestsRequest.newBuilder().setParent(d.office).build();
                }),
                new Rpc<>("RouteServiceRequest", FRONT_DESK, d -> {
                    ServiceRequest leak = d.leak();
                    return current(RouteServiceRequestRequest.newBuilder().setName(leak.getName()).build(), leak);
                }),
                new Rpc<>("HandleServiceRequest", FRONT_DESK, d -> {
                    ServiceRequest leak = d.leak();
                    return current(HandleServiceRequestRequest.newBuilder().setName(leak.getName())
                            .setExpectedCompletionTime(d.inHours(3)).build(), leak);
                }),
                new Rpc<>("TransferServiceRequest", FRONT_DESK, d -> {
                    ServiceRequest leak = d.leak();
                    return current(TransferServiceRequestRequest.newBuilder().setName(leak.getName())
                            .setRecipient(d.staff(d.o.engineeringSupervisor))
                            .setMethod(ServiceRequestTransferMethod.SERVICE_REQUEST_TRANSFER_METHOD_SUPERVISOR_COMES)
                            .setExpectedCompletionTime(d.inHours(24)).build(), leak);
                }),
                new Rpc<>("AcceptServiceRequest", ENGINEERING, d -> {
                    ServiceRequest transferred = d.transferredTo(d.o.engineeringSupervisor);
                    return current(AcceptServiceRequestRequest.newBuilder().setName(transferred.getName()).build(), transferred);
                }),
                new Rpc<>("AssessServiceRequest", FRONT_DESK, d -> {
                    ServiceRequest leak = d.leak();
                    return current(AssessServiceRequestRequest.newBuilder().setName(leak.getName())
                            .setConcern(ServiceRequestConcern.newBuilder().setAcrossOffices(true)).build(), leak);
                }),
                new Rpc<>("FileServiceRequestCoordinationForm", CLEANING, d -> {
                    ServiceRequest accepted = d.wronglyAccepted();
                    return current(FileServiceRequestCoordinationFormRequest.newBuilder().setName(accepted.getName())
                            .setLead(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING)
                            .addDepartments(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING)
                            .setCustomerServiceSupervisor(d.staff(d.o.customerServiceSupervisor)).build(), accepted);
                }),
                new Rpc<>("ReplyToServiceRequest", FRONT_DESK, d -> {
                    ServiceRequest leak = d.leak();
                    return current(ReplyToServiceRequestRequest.newBuilder().setName(leak.getName()).setText("师傅十分钟后到").build(), leak);
                }),
                new Rpc<>("RecordServiceRequestContact", FRONT_DESK, d -> {
                    ServiceRequest leak = d.leak();
                    return current(RecordServiceRequestContactRequest.newBuilder().setName(leak.getName()).build(), leak);
                }),
                new Rpc<>("ReportServiceRequestCompletion", FRONT_DESK, d -> {
                    ServiceRequest leak = d.leak();
                    return current(ReportServiceRequestCompletionRequest.newBuilder().setName(leak.getName())
                            .setCompletionTime(d.inHours(0)).setResult("已修复")
                            .setCustomerServiceSupervisor(d.staff(d.o.customerServiceSupervisor)).build(), leak);
                }),
                new Rpc<>("CloseServiceRequest", CS_SUPERVISOR, d -> {
                    ServiceRequest completed = completedByFrontDesk(d);
                    return current(CloseServiceRequestRequest.newBuilder().setName(completed.getName()).build(), completed);
                }),
                new Rpc<>("ListReceptionLogEntries", FRONT_DESK, d -> ListReceptionLogEntriesRequest.newBuilder().setParent(d.office)
                        .setDepartment(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CUSTOMER_SERVICE).build()));
    }
}
