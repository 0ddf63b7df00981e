package org.propertydesk.adapters.grpc.firstcontact;

import io.grpc.Channel;
import org.propertydesk.adapters.grpc.EveryRpcContract;
import org.propertydesk.adapters.grpc.Identities;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.application.kernel.DenialsService;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.testkit.kernel.InMemoryAuditTrail;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import io.grpc.CallOptions;
import io.grpc.ClientInterceptors;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.propertydesk.adapters.grpc.InProcessDesk;
import org.propertydesk.adapters.grpc.PropertyDeskServices;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.v1.AcceptServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.FileServiceRequestCoordinationFormRequest;
import org.propertydesk.adapters.grpc.v1.FirstContactDepartment;
import org.propertydesk.adapters.grpc.v1.FirstContactServiceGrpc;
import org.propertydesk.adapters.grpc.v1.ReceiveServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.ServiceRequest;
import org.propertydesk.adapters.grpc.v1.ServiceRequestChannel;
import org.propertydesk.adapters.grpc.v1.ServiceRequestConcern;
import org.propertydesk.adapters.grpc.v1.ServiceRequestKind;
import org.propertydesk.adapters.grpc.v1.ServiceRequestTransferMethod;
import org.propertydesk.adapters.grpc.v1.TransferServiceRequestRequest;
import org.propertydesk.application.firstcontact.FirstContactService;
import org.propertydesk.application.kernel.RequestsService;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.testkit.firstcontact.FirstContactArbitraries;
import org.propertydesk.testkit.firstcontact.FirstContactOffice;
import org.propertydesk.testkit.firstcontact.InMemoryReceptionLog;
import org.propertydesk.testkit.firstcontact.InMemoryServiceRequests;
import org.propertydesk.testkit.kernel.InMemoryDirectory;
import org.propertydesk.testkit.kernel.InMemoryIdempotency;
import org.propertydesk.testkit.kernel.InMemoryOutbox;
import org.propertydesk.testkit.kernel.InMemoryTransactions;
import org.propertydesk.testkit.kernel.SequentialIdentities;
import org.propertydesk.testkit.kernel.SettableClock;

/**
 * The first-contact desk of a {@link FirstContactOffice} (and a second office on the same
 * directory) served over an in-process channel behind the real authentication, with a token per
 * member of staff and helpers that bring a request to a stage through the API.
 */
final class FirstContactOverGrpc implements EveryRpcContract.World {

    final FirstContactOffice o = FirstContactOffice.numbered(1);
    final FirstContactOffice other = FirstContactOffice.numbered(2);
    final String office = "offices/" + o.office;
    final String otherOffice = "offices/" + other.office;

    static final String FRONT_DESK = "front-desk";
    static final String CS_SUPERVISOR = "customer-service-supervisor";
    static final String CUSTOMER_RELATIONS = "customer-relations";
    static final String ENGINEERING = "engineering-supervisor";
    static final String CLEANING = "cleaning-lead";
    static final String SECURITY_OFFICER = "security-officer";
    static final String SECURITY = "security-supervisor";
    /** The front desk of the other office. */
    static final String STRANGER = "stranger";

    final SettableClock clock = SettableClock.at(FirstContactArbitraries.RECEIVED_AT);
    final InMemoryServiceRequests requests = new InMemoryServiceRequests();
    final InMemoryReceptionLog receptionLog = new InMemoryReceptionLog();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    /** The access matrix's callers (one per role, one per clearance level), none party to anything. */
    final java.util.List<StaffMember> identities =
            Identities.staff(o.office, 0xFC, Department.CUSTOMER_SERVICE, o.customerServiceSupervisor.id());
    final FirstContactService desk = new FirstContactService(requests, receptionLog,
            directory(), clock, new SequentialIdentities(), transactions, outbox);
    final InProcessDesk server = InProcessDesk.serving(
            PropertyDeskServices.builder(new RequestsService(transactions, new InMemoryIdempotency())).firstContact(desk)
                    .auditDenials(new DenialsService(audit, clock, transactions)).build(),
            tokens());

    private InMemoryDirectory directory() {
        InMemoryDirectory directory = other.registerIn(o.registerIn(new InMemoryDirectory()));
        identities.forEach(directory::register);
        return directory;
    }

    private Map<String, Caller> tokens() {
        Map<String, Caller> tokens = new java.util.HashMap<>(Identities.tokens(identities));
        tokens.putAll(Map.of(FRONT_DESK, caller(o.frontDesk),
                CS_SUPERVISOR, caller(o.customerServiceSupervisor),
                CUSTOMER_RELATIONS, caller(o.customerRelations),
                ENGINEERING, caller(o.engineeringSupervisor),
                CLEANING, caller(o.cleaningLead),
                SECURITY_OFFICER, caller(o.securityOfficer),
                SECURITY, caller(o.securitySupervisor),
                STRANGER, caller(other.frontDesk)));
        return tokens;
    }

    private final AtomicInteger reports = new AtomicInteger();

    private static Caller caller(StaffMember member) {
        return new Caller(member.office(), member.id());
    }

    String staff(StaffMember member) {
        return "offices/" + member.office() + "/staff/" + member.id();
    }

    Timestamp inHours(long hours) {
        return org.propertydesk.adapters.grpc.kernel.ProtoValues.timestamp(clock.now().plus(Duration.ofHours(hours)));
    }

    FirstContactServiceGrpc.FirstContactServiceBlockingStub as(String token) {
        return InProcessDesk.as(FirstContactServiceGrpc.newBlockingStub(server.channel()), token).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    /** Calls {@code method} with {@code request} as {@code token} (none: no credentials). */
    <Q, R> R call(MethodDescriptor<Q, R> method, Q request, String token) {
        Metadata headers = new Metadata();
        if (token != null) {
            headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        }
        return ClientCalls.blockingUnaryCall(
                ClientInterceptors.intercept(server.channel(), MetadataUtils.newAttachHeadersInterceptor(headers)),
                method, CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS), request);
    }

    static InProcessDesk.Failure failure(Runnable call) {
        try {
            call.run();
        } catch (StatusRuntimeException e) {
            return InProcessDesk.Failure.of(e);
        }
        throw new AssertionError("the call should have failed");
    }

    @SuppressWarnings("unchecked")
    static <M extends Message> M with(M request, String field, String value) {
        FieldDescriptor descriptor = request.getDescriptorForType().findFieldByName(field);
        return (M) request.toBuilder().setField(descriptor, value).build();
    }

    // ---- a leak at the front desk, and where it goes ---------------------------------------------

    ReceiveServiceRequestRequest leakReport() {
        return ReceiveServiceRequestRequest.newBuilder()
                .setParent(office)
                .setServiceRequest(ServiceRequest.newBuilder()
                        .setKind(ServiceRequestKind.SERVICE_REQUEST_KIND_HELP_REQUEST)
                        .setChannel(ServiceRequestChannel.SERVICE_REQUEST_CHANNEL_PHONE)
                        .setCustomerName("张先生")
                        .setCustomerContact("138-0000-" + (1202 + reports.getAndIncrement()))
                        .setMatter("客厅天花板漏水")
                        .setConcern(ServiceRequestConcern.newBuilder().addDepartments(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_ENGINEERING)))
                .build();
    }

    /** A leak reported by phone to the front desk, which owns it (R-FC-1). */
    ServiceRequest leak() {
        return as(FRONT_DESK).receiveServiceRequest(leakReport()).getServiceRequest();
    }

    /** The leak passed by phone bridge to {@code recipient}, to be done within a day. */
    ServiceRequest transferredTo(StaffMember recipient) {
        return as(FRONT_DESK).transferServiceRequest(TransferServiceRequestRequest.newBuilder()
                .setName(leak().getName())
                .setRecipient(staff(recipient))
                .setMethod(ServiceRequestTransferMethod.SERVICE_REQUEST_TRANSFER_METHOD_PHONE_BRIDGE)
                .setExpectedCompletionTime(inHours(24))
                .build()).getServiceRequest();
    }

    /** The leak sent to cleaning by mistake, and cleaning's lead taking it on all the same (R-FC-5). */
    ServiceRequest wronglyAccepted() {
        return as(CLEANING).acceptServiceRequest(AcceptServiceRequestRequest.newBuilder()
                .setName(transferredTo(o.cleaningLead).getName())
                .setWrongTransfer(true)
                .build()).getServiceRequest();
    }

    /** After the wrong transfer, cleaning files the coordination form with the customer-service supervisor (R-FC-5). */
    ServiceRequest coordinated() {
        return as(CLEANING).fileServiceRequestCoordinationForm(FileServiceRequestCoordinationFormRequest.newBuilder()
                .setName(wronglyAccepted().getName())
                .setLead(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING)
                .addDepartments(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING)
                .addDepartments(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_ENGINEERING)
                .setCustomerServiceSupervisor(staff(o.customerServiceSupervisor))
                .build()).getServiceRequest();
    }

    @Override
    public Channel channel() {
        return server.channel();
    }

    @Override
    public OfficeId office() {
        return o.office;
    }

    @Override
    public OfficeId otherOffice() {
        return other.office;
    }

    @Override
    public long effects() {
        return outbox.events(o.office).size() + outbox.events(other.office).size()
                + audit.entries(o.office).size() + audit.entries(other.office).size();
    }

    @Override
    public long denials() {
        return audit.entries(o.office).appendAll(audit.entries(other.office))
                .count(entry -> entry.event().outcome() == AuditEvent.Outcome.DENIED);
    }

    @Override
    public String strangerToken() {
        return STRANGER;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
