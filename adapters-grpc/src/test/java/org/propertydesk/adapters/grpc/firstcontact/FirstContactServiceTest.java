package org.propertydesk.adapters.grpc.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.CLEANING;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.CS_SUPERVISOR;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.CUSTOMER_RELATIONS;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.ENGINEERING;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.FRONT_DESK;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.SECURITY;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.SECURITY_OFFICER;
import static org.propertydesk.adapters.grpc.firstcontact.FirstContactOverGrpc.failure;

import com.google.protobuf.Timestamp;
import com.google.rpc.PreconditionFailure;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.propertydesk.adapters.grpc.InProcessDesk.Failure;
import org.propertydesk.adapters.grpc.kernel.GrpcErrors;
import org.propertydesk.adapters.grpc.v1.AcceptServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.AssessServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.CloseServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.FileServiceRequestCoordinationFormRequest;
import org.propertydesk.adapters.grpc.v1.FirstContactDepartment;
import org.propertydesk.adapters.grpc.v1.GetServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.HandleServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.ListReceptionLogEntriesRequest;
import org.propertydesk.adapters.grpc.v1.ListServiceRequestsRequest;
import org.propertydesk.adapters.grpc.v1.ListServiceRequestsResponse;
import org.propertydesk.adapters.grpc.v1.ReceiveServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.ReceiveServiceRequestResponse;
import org.propertydesk.adapters.grpc.v1.ReceptionLogEntry;
import org.propertydesk.adapters.grpc.v1.RecordServiceRequestContactRequest;
import org.propertydesk.adapters.grpc.v1.ReplyToServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.ReportServiceRequestCompletionRequest;
import org.propertydesk.adapters.grpc.v1.RouteServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.ServiceRequest;
import org.propertydesk.adapters.grpc.v1.ServiceRequestConcern;
import org.propertydesk.adapters.grpc.v1.ServiceRequestCoordinationReason;
import org.propertydesk.adapters.grpc.v1.ServiceRequestRouting;
import org.propertydesk.adapters.grpc.v1.ServiceRequestRoutingDecision;
import org.propertydesk.adapters.grpc.v1.ServiceRequestState;
import org.propertydesk.adapters.grpc.v1.ServiceRequestTransferMethod;
import org.propertydesk.adapters.grpc.v1.TransferServiceRequestRequest;

/**
 * Every RPC of {@code FirstContactService} over an in-process channel: what it does, and the
 * INVALID_ARGUMENT, FAILED_PRECONDITION and PERMISSION_DENIED answers it gives, with their details
 * decoded. NOT_FOUND, ABORTED, other offices, missing credentials and request ids are checked for
 * every RPC at once in {@link FirstContactServiceErrorModelTest}.
 */
@DisplayName("FirstContactService over gRPC")
class FirstContactServiceTest {

    private final FirstContactOverGrpc desk = new FirstContactOverGrpc();

    @AfterEach
    void close() throws InterruptedException {
        desk.close();
    }

    private static void assertRefused(Failure failure, String reason, String... rules) {
        assertThat(failure.code()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(failure.errorInfo()).hasValueSatisfying(info -> {
            assertThat(info.getReason()).isEqualTo(reason);
            assertThat(info.getDomain()).isEqualTo(GrpcErrors.DOMAIN);
            assertThat(info.getMetadataMap()).containsEntry(GrpcErrors.RULE_ID, rules[0]);
        });
        assertThat(failure.preconditionFailure().orElseThrow().getViolationsList())
                .extracting(PreconditionFailure.Violation::getSubject)
                .containsExactly(rules);
    }

    private static List<String> violations(Failure failure) {
        return failure.preconditionFailure().orElseThrow().getViolationsList().stream().map(PreconditionFailure.Violation::getType).toList();
    }

    private static void assertDenied(Failure failure, String reason, String rule) {
        assertThat(failure.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(failure.errorInfo()).hasValueSatisfying(info -> {
            assertThat(info.getReason()).isEqualTo(reason);
            assertThat(info.getMetadataMap()).containsEntry(GrpcErrors.RULE_ID, rule);
        });
    }

    private static void assertInvalid(Failure failure, String... fields) {
        assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(failure.badFields()).containsExactly(fields);
    }

    private TransferServiceRequestRequest transfer(ServiceRequest request, String recipient, ServiceRequestTransferMethod method) {
        return TransferServiceRequestRequest.newBuilder()
                .setName(request.getName()).setRecipient(recipient).setMethod(method).setExpectedCompletionTime(desk.inHours(24)).build();
    }

    private ServiceRequest completed() {
        return completed(desk.wronglyAccepted());
    }

    /** Cleaning, which accepted the leak by mistake, files the form, answers the customer and reports completion. */
    private ServiceRequest completed(ServiceRequest accepted) {
        ServiceRequest coordinated = desk.as(CLEANING).fileServiceRequestCoordinationForm(FileServiceRequestCoordinationFormRequest.newBuilder()
                .setName(accepted.getName())
                .setLead(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING)
                .addDepartments(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING)
                .addDepartments(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_ENGINEERING)
                .setCustomerServiceSupervisor(desk.staff(desk.o.customerServiceSupervisor))
                .build()).getServiceRequest();
        desk.as(CLEANING).replyToServiceRequest(ReplyToServiceRequestRequest.newBuilder()
                .setName(coordinated.getName()).setText("工程部师傅下午两点上门,四点前修好").build());
        desk.clock.advance(Duration.ofHours(5));
        return desk.as(CLEANING).reportServiceRequestCompletion(ReportServiceRequestCompletionRequest.newBuilder()
                .setName(coordinated.getName())
                .setCompletionTime(desk.inHours(0))
                .setResult("更换破裂水管")
                .setCustomerServiceSupervisor(desk.staff(desk.o.customerServiceSupervisor))
                .build()).getServiceRequest();
    }

    @Test
    @DisplayName("R-FC-1, R-FC-5, R-FC-7: a leak wrongly sent to cleaning is taken on there, may not move again, and stays the front desk's until completion")
    void wrongTransferWalkthrough() {
        ServiceRequest accepted = desk.wronglyAccepted();

        assertRefused(failure(() -> desk.as(CLEANING).transferServiceRequest(
                        transfer(accepted, desk.staff(desk.o.engineeringSupervisor), ServiceRequestTransferMethod.SERVICE_REQUEST_TRANSFER_METHOD_PHONE_BRIDGE))),
                "WRONGLY_TRANSFERRED_REQUEST_STAYS", "R-FC-5");
        assertThat(desk.as(FRONT_DESK).listServiceRequests(ListServiceRequestsRequest.newBuilder().setParent(desk.office).build())
                .getServiceRequestsList()).extracting(ServiceRequest::getName).containsExactly(accepted.getName());

        ServiceRequest done = completed(accepted);

        assertThat(done.getName()).isEqualTo(accepted.getName());
        assertThat(done.getCoordinationFormsList()).hasSize(1);
        assertThat(done.getReplies(0).getDepartment()).isEqualTo(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING);
        assertThat(done.getFirstContact()).isEqualTo(desk.staff(desk.o.frontDesk));
        assertThat(desk.as(FRONT_DESK).listServiceRequests(ListServiceRequestsRequest.newBuilder().setParent(desk.office).build())
                .getServiceRequestsList()).isEmpty();
    }

    @Nested
    @DisplayName("ReceiveServiceRequest")
    class Receive {

        @Test
        @DisplayName("R-FC-1, R-FC-3, R-FC-7: the front desk owns the leak it took, is told to pass it to engineering's supervisor, and logs it")
        void receives() {
            ReceiveServiceRequestResponse received = desk.as(FRONT_DESK).receiveServiceRequest(desk.leakReport());

            ServiceRequest request = received.getServiceRequest();
            assertThat(request.getName()).startsWith(desk.office + "/serviceRequests/");
            assertThat(request.getFirstContact()).isEqualTo(desk.staff(desk.o.frontDesk));
            assertThat(request.getHolder()).isEqualTo(request.getFirstContact());
            assertThat(request.getState()).isEqualTo(ServiceRequestState.SERVICE_REQUEST_STATE_RECEIVED);
            assertThat(request.getFirstContactDepartment()).isEqualTo(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CUSTOMER_SERVICE);
            assertThat(request.getContactTimesList()).containsExactly(org.propertydesk.adapters.grpc.kernel.ProtoValues.timestamp(desk.clock.now()));
            assertThat(request.getEtag()).isEqualTo("v1");
            assertThat(received.getRouting()).isEqualTo(ServiceRequestRouting.newBuilder()
                    .setDecision(ServiceRequestRoutingDecision.SERVICE_REQUEST_ROUTING_DECISION_TRANSFER_TO_RESPONSIBLE_SUPERVISOR)
                    .addDepartments(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_ENGINEERING)
                    .setRuleId("R-FC-3")
                    .setReason("MANAGER_SINGLE_OTHER_DEPARTMENT")
                    .setExplanation("a request that belongs to a single other department goes to that department's supervisor (ENGINEERING)")
                    .build());
            assertThat(desk.as(FRONT_DESK).listReceptionLogEntries(ListReceptionLogEntriesRequest.newBuilder().setParent(desk.office)
                    .setDepartment(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CUSTOMER_SERVICE).build()).getReceptionLogEntriesList())
                    .singleElement().satisfies(entry -> assertThat(entry.getServiceRequest()).isEqualTo(request.getName()));
        }

        @Test
        @DisplayName("R-FC-1: without the customer's name, a way back to them and the matter, FAILED_PRECONDITION lists all three")
        void missingCustomer() {
            ReceiveServiceRequestRequest anonymous = desk.leakReport().toBuilder()
                    .setServiceRequest(desk.leakReport().getServiceRequest().toBuilder().clearCustomerName().setCustomerContact(" ").clearMatter())
                    .build();

            Failure refusal = failure(() -> desk.as(FRONT_DESK).receiveServiceRequest(anonymous));

            assertRefused(refusal, "CUSTOMER_UNNAMED", "R-FC-1", "R-FC-1", "R-FC-1");
            assertThat(violations(refusal)).containsExactly("CUSTOMER_UNNAMED", "NO_WAY_BACK_TO_CUSTOMER", "MATTER_NOT_STATED");
        }

        @Test
        @DisplayName("malformed fields are INVALID_ARGUMENT, every one named")
        void malformed() {
            ReceiveServiceRequestRequest request = ReceiveServiceRequestRequest.newBuilder()
                    .setParent(desk.office)
                    .setServiceRequest(ServiceRequest.newBuilder()
                            .setChannelValue(9)
                            .setCustomerName("张\u0000")
                            .setCustomerContact("1".repeat(101))
                            .setMatter("漏水")
                            .setConcern(ServiceRequestConcern.newBuilder()
                                    .addDepartments(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_ENGINEERING)
                                    .addDepartmentsValue(0)))
                    .build();

            assertInvalid(failure(() -> desk.as(FRONT_DESK).receiveServiceRequest(request)),
                    "service_request.kind", "service_request.channel", "service_request.customer_name",
                    "service_request.customer_contact", "service_request.concern.departments[1]");
            assertInvalid(failure(() -> desk.as(FRONT_DESK).receiveServiceRequest(ReceiveServiceRequestRequest.newBuilder()
                    .setParent(desk.office).build())), "service_request", "service_request.kind", "service_request.channel");
        }
    }

    @Nested
    @DisplayName("GetServiceRequest")
    class Get {

        @Test
        @DisplayName("R-FC-7: any colleague reads the request as it was recorded, its first contact named")
        void reads() {
            ServiceRequest leak = desk.leak();

            assertThat(desk.as(SECURITY).getServiceRequest(GetServiceRequestRequest.newBuilder().setName(leak.getName()).build())
                    .getServiceRequest()).isEqualTo(leak);
        }

        @Test
        @DisplayName("a name of another shape is INVALID_ARGUMENT")
        void malformed() {
            assertInvalid(failure(() -> desk.as(SECURITY).getServiceRequest(GetServiceRequestRequest.newBuilder()
                    .setName(desk.office + "/service-requests/x").build())), "name");
        }
    }

    @Nested
    @DisplayName("ListServiceRequests")
    class StillMine {

        @Test
        @DisplayName("R-FC-1, R-FC-7: the front desk's 'still mine' list keeps a transferred request until completion is reported")
        void stillMine() {
            ServiceRequest first = desk.transferredTo(desk.o.engineeringSupervisor);
            ServiceRequest second = desk.leak();

            ListServiceRequestsResponse page = desk.as(FRONT_DESK).listServiceRequests(ListServiceRequestsRequest.newBuilder()
                    .setParent(desk.office).setPageSize(1).build());
            ListServiceRequestsResponse rest = desk.as(CS_SUPERVISOR).listServiceRequests(ListServiceRequestsRequest.newBuilder()
                    .setParent(desk.office).setFirstContact(desk.staff(desk.o.frontDesk)).setPageSize(1)
                    .setPageToken(desk.as(CS_SUPERVISOR).listServiceRequests(ListServiceRequestsRequest.newBuilder()
                            .setParent(desk.office).setFirstContact(desk.staff(desk.o.frontDesk)).setPageSize(1).build()).getNextPageToken())
                    .build());

            assertThat(page.getServiceRequestsList()).extracting(ServiceRequest::getName).containsExactly(first.getName());
            assertThat(rest.getServiceRequestsList()).extracting(ServiceRequest::getName).containsExactly(second.getName());
            assertThat(completed().getState()).isEqualTo(ServiceRequestState.SERVICE_REQUEST_STATE_COMPLETED);
            assertThat(desk.as(FRONT_DESK).listServiceRequests(ListServiceRequestsRequest.newBuilder().setParent(desk.office).build())
                    .getServiceRequestsList()).hasSize(2);
        }

        @Test
        @DisplayName("a first contact of another shape is INVALID_ARGUMENT; one of another office is PERMISSION_DENIED")
        void otherFirstContact() {
            assertInvalid(failure(() -> desk.as(FRONT_DESK).listServiceRequests(ListServiceRequestsRequest.newBuilder()
                    .setParent(desk.office).setFirstContact("王芳").build())), "first_contact");
            assertThat(failure(() -> desk.as(FRONT_DESK).listServiceRequests(ListServiceRequestsRequest.newBuilder()
                    .setParent(desk.office).setFirstContact(desk.staff(desk.other.frontDesk)).build())).code())
                    .isEqualTo(Status.Code.PERMISSION_DENIED);
        }
    }

    @Nested
    @DisplayName("RouteServiceRequest")
    class Route {

        @Test
        @DisplayName("R-FC-2, R-FC-4: the routing depends on who asks: an operator goes to their superior, customer relations passes it on")
        void routes() {
            ServiceRequest leak = desk.leak();

            assertThat(desk.as(SECURITY_OFFICER).routeServiceRequest(RouteServiceRequestRequest.newBuilder().setName(leak.getName()).build())
                    .getRouting()).satisfies(routing -> {
                        assertThat(routing.getDecision())
                                .isEqualTo(ServiceRequestRoutingDecision.SERVICE_REQUEST_ROUTING_DECISION_TRANSFER_TO_DIRECT_SUPERIOR);
                        assertThat(routing.getRuleId()).isEqualTo("R-FC-2");
                    });
            assertThat(desk.as(CUSTOMER_RELATIONS).routeServiceRequest(RouteServiceRequestRequest.newBuilder().setName(leak.getName()).build())
                    .getRouting().getRuleId()).isEqualTo("R-FC-4");
        }
    }

    @Nested
    @DisplayName("HandleServiceRequest")
    class Handle {

        @Test
        @DisplayName("R-FC-9: the holder starts on it with the time the customer is told")
        void handles() {
            ServiceRequest handled = desk.as(FRONT_DESK).handleServiceRequest(HandleServiceRequestRequest.newBuilder()
                    .setName(desk.leak().getName()).setExpectedCompletionTime(desk.inHours(3)).build()).getServiceRequest();

            assertThat(handled.getState()).isEqualTo(ServiceRequestState.SERVICE_REQUEST_STATE_IN_HANDLING);
            assertThat(handled.getExpectedCompletionTime()).isEqualTo(desk.inHours(3));
        }

        @Test
        @DisplayName("R-FC-9: without an expected completion time, or one already past, it is FAILED_PRECONDITION")
        void noExpectedTime() {
            ServiceRequest leak = desk.leak();

            assertRefused(failure(() -> desk.as(FRONT_DESK).handleServiceRequest(HandleServiceRequestRequest.newBuilder()
                    .setName(leak.getName()).build())), "EXPECTED_COMPLETION_MISSING", "R-FC-9");
            assertRefused(failure(() -> desk.as(FRONT_DESK).handleServiceRequest(HandleServiceRequestRequest.newBuilder()
                    .setName(leak.getName()).setExpectedCompletionTime(desk.inHours(-1)).build())), "EXPECTED_COMPLETION_NOT_AHEAD", "R-FC-9");
        }

        @Test
        @DisplayName("R-FC-1: only the holder starts on it (PERMISSION_DENIED); an impossible time is INVALID_ARGUMENT")
        void notTheHolder() {
            ServiceRequest leak = desk.leak();

            assertDenied(failure(() -> desk.as(CLEANING).handleServiceRequest(HandleServiceRequestRequest.newBuilder()
                    .setName(leak.getName()).setExpectedCompletionTime(desk.inHours(3)).build())), "NOT_THE_HOLDER", "R-FC-1");
            assertInvalid(failure(() -> desk.as(FRONT_DESK).handleServiceRequest(HandleServiceRequestRequest.newBuilder()
                    .setName(leak.getName()).setExpectedCompletionTime(Timestamp.newBuilder().setSeconds(Long.MAX_VALUE)).build())),
                    "expected_completion_time");
        }
    }

    @Nested
    @DisplayName("TransferServiceRequest")
    class Transfer {

        @Test
        @DisplayName("R-FC-1, R-FC-6: passed on by phone bridge, the request is with engineering; the front desk stays its owner")
        void transfers() {
            ServiceRequest transferred = desk.transferredTo(desk.o.engineeringSupervisor);

            assertThat(transferred.getState()).isEqualTo(ServiceRequestState.SERVICE_REQUEST_STATE_TRANSFERRED);
            assertThat(transferred.getHolder()).isEqualTo(desk.staff(desk.o.engineeringSupervisor));
            assertThat(transferred.getFirstContact()).isEqualTo(desk.staff(desk.o.frontDesk));
            assertThat(transferred.getTransfersList()).singleElement().satisfies(transfer -> {
                assertThat(transfer.getToDepartment()).isEqualTo(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_ENGINEERING);
                assertThat(transfer.getMethod()).isEqualTo(ServiceRequestTransferMethod.SERVICE_REQUEST_TRANSFER_METHOD_PHONE_BRIDGE);
                assertThat(transfer.hasConsentTime()).isFalse();
            });
        }

        @Test
        @DisplayName("R-FC-6: an escort without the customer's consent, or to oneself, is FAILED_PRECONDITION listing both")
        void escortWithoutConsent() {
            ServiceRequest leak = desk.leak();

            Failure refusal = failure(() -> desk.as(FRONT_DESK).transferServiceRequest(
                    transfer(leak, desk.staff(desk.o.frontDesk), ServiceRequestTransferMethod.SERVICE_REQUEST_TRANSFER_METHOD_ESCORT)));

            assertRefused(refusal, "TRANSFER_TO_SELF", "R-FC-6", "R-FC-6");
            assertThat(violations(refusal)).containsExactly("TRANSFER_TO_SELF", "ESCORT_WITHOUT_CONSENT");
        }

        @Test
        @DisplayName("R-FC-6: an escort with the consent given beforehand is recorded with it")
        void escortWithConsent() {
            ServiceRequest escorted = desk.as(FRONT_DESK).transferServiceRequest(
                    transfer(desk.leak(), desk.staff(desk.o.engineeringSupervisor), ServiceRequestTransferMethod.SERVICE_REQUEST_TRANSFER_METHOD_ESCORT)
                            .toBuilder().setConsentTime(desk.inHours(0)).build()).getServiceRequest();

            assertThat(escorted.getTransfers(0).getConsentTime()).isEqualTo(desk.inHours(0));
        }

        @Test
        @DisplayName("R-FC-2: an operator passes a request only to their direct superior: PERMISSION_DENIED otherwise")
        void operator() {
            ServiceRequest heard = desk.as(SECURITY_OFFICER).receiveServiceRequest(desk.leakReport()).getServiceRequest();

            assertDenied(failure(() -> desk.as(SECURITY_OFFICER).transferServiceRequest(transfer(heard,
                    desk.staff(desk.o.engineeringSupervisor), ServiceRequestTransferMethod.SERVICE_REQUEST_TRANSFER_METHOD_SUPERVISOR_COMES))),
                    "OPERATOR_TRANSFERS_ONLY_TO_DIRECT_SUPERIOR", "R-FC-2");
            assertThat(desk.as(SECURITY_OFFICER).transferServiceRequest(transfer(heard, desk.staff(desk.o.securitySupervisor),
                    ServiceRequestTransferMethod.SERVICE_REQUEST_TRANSFER_METHOD_SUPERVISOR_COMES)).getServiceRequest().getHolder())
                    .isEqualTo(desk.staff(desk.o.securitySupervisor));
        }

        @Test
        @DisplayName("K-1: a recipient unknown to the office is FAILED_PRECONDITION; one named in another office is PERMISSION_DENIED")
        void recipients() {
            ServiceRequest leak = desk.leak();

            assertRefused(failure(() -> desk.as(FRONT_DESK).transferServiceRequest(transfer(leak,
                    desk.office + "/staff/" + new java.util.UUID(9, 9), ServiceRequestTransferMethod.SERVICE_REQUEST_TRANSFER_METHOD_PHONE_BRIDGE))),
                    "RECIPIENT_NOT_ON_STAFF", "K-1");
            assertThat(failure(() -> desk.as(FRONT_DESK).transferServiceRequest(transfer(leak, desk.staff(desk.other.engineeringSupervisor),
                    ServiceRequestTransferMethod.SERVICE_REQUEST_TRANSFER_METHOD_PHONE_BRIDGE))).code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        }

        @Test
        @DisplayName("a missing recipient and method, or a consent time out of range, are INVALID_ARGUMENT")
        void malformed() {
            ServiceRequest leak = desk.leak();

            assertInvalid(failure(() -> desk.as(FRONT_DESK).transferServiceRequest(TransferServiceRequestRequest.newBuilder()
                    .setName(leak.getName()).setConsentTime(Timestamp.newBuilder().setNanos(-1)).build())),
                    "recipient", "method", "consent_time");
        }
    }

    @Nested
    @DisplayName("AcceptServiceRequest")
    class Accept {

        @Test
        @DisplayName("R-FC-5, R-FC-7: cleaning takes on a leak sent to it by mistake, keeps it, and logs it naming the front desk")
        void wrongTransfer() {
            ServiceRequest accepted = desk.wronglyAccepted();

            assertThat(accepted.getState()).isEqualTo(ServiceRequestState.SERVICE_REQUEST_STATE_IN_HANDLING);
            assertThat(accepted.getWrongTransferDepartment()).isEqualTo(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING);
            assertThat(accepted.getAcceptances(0).getWrongTransfer()).isTrue();
            ReceptionLogEntry line = desk.as(CLEANING).listReceptionLogEntries(ListReceptionLogEntriesRequest.newBuilder()
                    .setParent(desk.office).setDepartment(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING).build())
                    .getReceptionLogEntries(0);
            assertThat(line.getFirstContact()).isEqualTo(desk.staff(desk.o.frontDesk));
            assertThat(line.getRecordedBy()).isEqualTo(desk.staff(desk.o.cleaningLead));
        }

        @Test
        @DisplayName("R-FC-7: only the receiving department accepts (PERMISSION_DENIED); a request not on its way cannot be (FAILED_PRECONDITION)")
        void refused() {
            ServiceRequest transferred = desk.transferredTo(desk.o.engineeringSupervisor);

            assertDenied(failure(() -> desk.as(CLEANING).acceptServiceRequest(AcceptServiceRequestRequest.newBuilder()
                    .setName(transferred.getName()).build())), "NOT_THE_RECEIVING_DEPARTMENT", "R-FC-7");
            assertRefused(failure(() -> desk.as(ENGINEERING).acceptServiceRequest(AcceptServiceRequestRequest.newBuilder()
                    .setName(desk.leak().getName()).build())), "ACTION_NOT_ALLOWED", "R-FC-7");
        }
    }

    @Nested
    @DisplayName("AssessServiceRequest")
    class Assess {

        @Test
        @DisplayName("R-FC-4: the holder says which departments it concerns, and the routing follows")
        void assesses() {
            ServiceRequest assessed = desk.as(FRONT_DESK).assessServiceRequest(AssessServiceRequestRequest.newBuilder()
                    .setName(desk.leak().getName())
                    .setConcern(ServiceRequestConcern.newBuilder()
                            .addDepartments(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_ENGINEERING)
                            .addDepartments(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING))
                    .build()).getServiceRequest();

            assertThat(assessed.getConcern().getDepartmentsList()).containsExactly(
                    FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_ENGINEERING, FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING);
            assertThat(desk.as(CUSTOMER_RELATIONS).routeServiceRequest(RouteServiceRequestRequest.newBuilder()
                    .setName(assessed.getName()).build()).getRouting().getDecision())
                    .isEqualTo(ServiceRequestRoutingDecision.SERVICE_REQUEST_ROUTING_DECISION_OPEN_COORDINATION_FORM);
        }

        @Test
        @DisplayName("R-FC-4: only the holder assesses (PERMISSION_DENIED); a missing concern is INVALID_ARGUMENT")
        void refused() {
            ServiceRequest leak = desk.leak();

            assertDenied(failure(() -> desk.as(CUSTOMER_RELATIONS).assessServiceRequest(AssessServiceRequestRequest.newBuilder()
                    .setName(leak.getName()).setConcern(ServiceRequestConcern.getDefaultInstance()).build())), "NOT_THE_HOLDER", "R-FC-1");
            assertInvalid(failure(() -> desk.as(FRONT_DESK).assessServiceRequest(AssessServiceRequestRequest.newBuilder()
                    .setName(leak.getName()).build())), "concern");
        }
    }

    @Nested
    @DisplayName("FileServiceRequestCoordinationForm")
    class Coordinate {

        @Test
        @DisplayName("R-FC-5: after the wrong transfer, cleaning files the form as lead with the customer-service supervisor")
        void files() {
            ServiceRequest coordinated = desk.coordinated();

            assertThat(coordinated.getCoordinationFormsList()).singleElement().satisfies(form -> {
                assertThat(form.getReason()).isEqualTo(ServiceRequestCoordinationReason.SERVICE_REQUEST_COORDINATION_REASON_WRONG_TRANSFER);
                assertThat(form.getLead()).isEqualTo(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING);
                assertThat(form.getFiledWith()).isEqualTo(desk.staff(desk.o.customerServiceSupervisor));
            });
        }

        @Test
        @DisplayName("R-FC-4, R-FC-5: another lead than the accepting department, not among the departments, is FAILED_PRECONDITION listing both")
        void wrongLead() {
            ServiceRequest accepted = desk.wronglyAccepted();

            Failure refusal = failure(() -> desk.as(CLEANING).fileServiceRequestCoordinationForm(
                    FileServiceRequestCoordinationFormRequest.newBuilder()
                            .setName(accepted.getName())
                            .setLead(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_ENGINEERING)
                            .addDepartments(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING)
                            .setCustomerServiceSupervisor(desk.staff(desk.o.customerServiceSupervisor))
                            .build()));

            assertRefused(refusal, "LEAD_MUST_BE_ACCEPTING_DEPARTMENT", "R-FC-5", "R-FC-4");
            assertThat(violations(refusal)).containsExactly("LEAD_MUST_BE_ACCEPTING_DEPARTMENT", "LEAD_NOT_AMONG_DEPARTMENTS");
        }

        @Test
        @DisplayName("R-FC-7: filing with someone who is not the customer-service supervisor is PERMISSION_DENIED")
        void notTheSupervisor() {
            ServiceRequest accepted = desk.wronglyAccepted();

            assertDenied(failure(() -> desk.as(CLEANING).fileServiceRequestCoordinationForm(FileServiceRequestCoordinationFormRequest.newBuilder()
                    .setName(accepted.getName())
                    .setLead(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING)
                    .addDepartments(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING)
                    .setCustomerServiceSupervisor(desk.staff(desk.o.securitySupervisor))
                    .build())), "NOT_A_CUSTOMER_SERVICE_SUPERVISOR", "R-FC-7");
        }

        @Test
        @DisplayName("too many departments, an unspecified lead or no supervisor are INVALID_ARGUMENT")
        void malformed() {
            FileServiceRequestCoordinationFormRequest.Builder request = FileServiceRequestCoordinationFormRequest.newBuilder()
                    .setName(desk.leak().getName());
            for (int i = 0; i < 17; i++) {
                request.addDepartments(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING);
            }

            assertInvalid(failure(() -> desk.as(FRONT_DESK).fileServiceRequestCoordinationForm(request.build())),
                    "lead", "departments", "customer_service_supervisor");
        }
    }

    @Nested
    @DisplayName("ReplyToServiceRequest")
    class Reply {

        @Test
        @DisplayName("R-FC-8: a reply is recorded with who gave it")
        void replies() {
            ServiceRequest replied = desk.as(FRONT_DESK).replyToServiceRequest(ReplyToServiceRequestRequest.newBuilder()
                    .setName(desk.leak().getName()).setText("工程部主管会在十分钟内联系您").build()).getServiceRequest();

            assertThat(replied.getReplies(0).getBy()).isEqualTo(desk.staff(desk.o.frontDesk));
        }

        @Test
        @DisplayName("R-FC-8: forbidden answers are FAILED_PRECONDITION listing every one found; an empty reply too")
        void forbidden() {
            ServiceRequest leak = desk.leak();

            Failure refusal = failure(() -> desk.as(FRONT_DESK).replyToServiceRequest(ReplyToServiceRequestRequest.newBuilder()
                    .setName(leak.getName()).setText("不知道,这个不 归 我 管").build()));

            assertRefused(refusal, "FORBIDDEN_ANSWER_GIVEN", "R-FC-8", "R-FC-8");
            assertThat(refusal.preconditionFailure().orElseThrow().getViolationsList()).hasSize(2);
            assertRefused(failure(() -> desk.as(FRONT_DESK).replyToServiceRequest(ReplyToServiceRequestRequest.newBuilder()
                    .setName(leak.getName()).build())), "EMPTY_REPLY", "R-FC-8");
        }

        @Test
        @DisplayName("R-FC-5: after a wrong transfer the reply comes from the accepting department: PERMISSION_DENIED for the front desk")
        void fromAcceptingDepartment() {
            ServiceRequest accepted = desk.wronglyAccepted();

            assertDenied(failure(() -> desk.as(FRONT_DESK).replyToServiceRequest(ReplyToServiceRequestRequest.newBuilder()
                    .setName(accepted.getName()).setText("工程部下午上门").build())), "REPLY_FROM_OTHER_DEPARTMENT", "R-FC-5");
        }
    }

    @Nested
    @DisplayName("RecordServiceRequestContact")
    class Contact {

        @Test
        @DisplayName("R-FC-9: the customer calling again is counted; a closed request takes no more contacts")
        void counts() {
            ServiceRequest again = desk.as(FRONT_DESK).recordServiceRequestContact(RecordServiceRequestContactRequest.newBuilder()
                    .setName(desk.leak().getName()).build()).getServiceRequest();
            assertThat(again.getContactTimesCount()).isEqualTo(2);

            ServiceRequest closed = desk.as(CS_SUPERVISOR).closeServiceRequest(CloseServiceRequestRequest.newBuilder()
                    .setName(completed().getName()).build()).getServiceRequest();
            assertRefused(failure(() -> desk.as(FRONT_DESK).recordServiceRequestContact(RecordServiceRequestContactRequest.newBuilder()
                    .setName(closed.getName()).build())), "ACTION_NOT_ALLOWED", "R-FC-9");
        }
    }

    @Nested
    @DisplayName("ReportServiceRequestCompletion")
    class Complete {

        @Test
        @DisplayName("R-FC-5, R-FC-7: once the form is filed, cleaning reports completion to the customer-service supervisor; responsibility ends")
        void completes() {
            ServiceRequest done = completed();

            assertThat(done.getState()).isEqualTo(ServiceRequestState.SERVICE_REQUEST_STATE_COMPLETED);
            assertThat(done.getHolder()).isEmpty();
            assertThat(done.getCompletionReport().getResult()).isEqualTo("更换破裂水管");
            assertThat(done.getCompletionReport().getReportedTo()).isEqualTo(desk.staff(desk.o.customerServiceSupervisor));
        }

        @Test
        @DisplayName("R-FC-5, R-FC-7: before the form, without a result and in the future, FAILED_PRECONDITION lists every reason")
        void refused() {
            ServiceRequest accepted = desk.wronglyAccepted();

            Failure refusal = failure(() -> desk.as(CLEANING).reportServiceRequestCompletion(ReportServiceRequestCompletionRequest.newBuilder()
                    .setName(accepted.getName())
                    .setCompletionTime(desk.inHours(2))
                    .setCustomerServiceSupervisor(desk.staff(desk.o.customerServiceSupervisor))
                    .build()));

            assertRefused(refusal, "NO_COMPLETION_RESULT", "R-FC-7", "R-FC-7", "R-FC-5");
            assertThat(violations(refusal)).containsExactly("NO_COMPLETION_RESULT", "COMPLETION_IN_THE_FUTURE", "COORDINATION_FORM_MISSING");
        }

        @Test
        @DisplayName("a missing completion time or supervisor is INVALID_ARGUMENT")
        void malformed() {
            ServiceRequest leak = desk.leak();

            assertInvalid(failure(() -> desk.as(FRONT_DESK).reportServiceRequestCompletion(ReportServiceRequestCompletionRequest.newBuilder()
                    .setName(leak.getName()).setResult("done").build())), "completion_time", "customer_service_supervisor");
        }
    }

    @Nested
    @DisplayName("CloseServiceRequest")
    class Close {

        @Test
        @DisplayName("R-FC-7: the customer-service supervisor closes a completed request")
        void closes() {
            ServiceRequest closed = desk.as(CS_SUPERVISOR).closeServiceRequest(CloseServiceRequestRequest.newBuilder()
                    .setName(completed().getName()).build()).getServiceRequest();

            assertThat(closed.getState()).isEqualTo(ServiceRequestState.SERVICE_REQUEST_STATE_CLOSED);
            assertThat(closed.getClosedBy()).isEqualTo(desk.staff(desk.o.customerServiceSupervisor));
        }

        @Test
        @DisplayName("R-FC-7: an open request is not closed (FAILED_PRECONDITION); nobody else closes one (PERMISSION_DENIED)")
        void refused() {
            ServiceRequest leak = desk.leak();
            assertRefused(failure(() -> desk.as(CS_SUPERVISOR).closeServiceRequest(CloseServiceRequestRequest.newBuilder()
                    .setName(leak.getName()).build())), "ACTION_NOT_ALLOWED", "R-FC-7");

            ServiceRequest done = completed();
            assertDenied(failure(() -> desk.as(FRONT_DESK).closeServiceRequest(CloseServiceRequestRequest.newBuilder()
                    .setName(done.getName()).build())), "NOT_A_CUSTOMER_SERVICE_SUPERVISOR", "R-FC-7");
        }
    }

    @Nested
    @DisplayName("ListReceptionLogEntries")
    class ReceptionLog {

        @Test
        @DisplayName("R-FC-7: each department's log lists its lines in order, page by page, each naming the first contact")
        void pages() {
            ServiceRequest first = desk.leak();
            ServiceRequest second = desk.leak();
            ListReceptionLogEntriesRequest request = ListReceptionLogEntriesRequest.newBuilder().setParent(desk.office)
                    .setDepartment(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CUSTOMER_SERVICE).setPageSize(1).build();

            var one = desk.as(FRONT_DESK).listReceptionLogEntries(request);
            var two = desk.as(FRONT_DESK).listReceptionLogEntries(request.toBuilder().setPageToken(one.getNextPageToken()).build());

            assertThat(one.getReceptionLogEntries(0).getServiceRequest()).isEqualTo(first.getName());
            assertThat(two.getReceptionLogEntries(0).getServiceRequest()).isEqualTo(second.getName());
            assertThat(two.getNextPageToken()).isEmpty();
            assertThat(desk.as(FRONT_DESK).listReceptionLogEntries(request.toBuilder()
                    .setDepartment(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_FINANCE).build()).getReceptionLogEntriesList()).isEmpty();
        }

        @Test
        @DisplayName("a department left unspecified, or a token of another department's log, is INVALID_ARGUMENT")
        void malformed() {
            desk.leak();
            desk.leak();
            String token = desk.as(FRONT_DESK).listReceptionLogEntries(ListReceptionLogEntriesRequest.newBuilder().setParent(desk.office)
                    .setDepartment(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CUSTOMER_SERVICE).setPageSize(1).build()).getNextPageToken();

            assertInvalid(failure(() -> desk.as(FRONT_DESK).listReceptionLogEntries(ListReceptionLogEntriesRequest.newBuilder()
                    .setParent(desk.office).setPageToken(token).build())), "department", "page_token");
        }
    }
}
