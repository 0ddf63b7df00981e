package org.propertydesk.adapters.grpc.complaint;

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
import io.grpc.CallOptions;
import io.grpc.ClientInterceptors;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.propertydesk.adapters.grpc.InProcessDesk;
import org.propertydesk.adapters.grpc.PropertyDeskServices;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.v1.AdvanceComplaintRequest;
import org.propertydesk.adapters.grpc.v1.Complaint;
import org.propertydesk.adapters.grpc.v1.ComplaintAction;
import org.propertydesk.adapters.grpc.v1.ComplaintAsk;
import org.propertydesk.adapters.grpc.v1.ComplaintCause;
import org.propertydesk.adapters.grpc.v1.ComplaintDepartment;
import org.propertydesk.adapters.grpc.v1.ComplaintIntake;
import org.propertydesk.adapters.grpc.v1.ComplaintServiceGrpc;
import org.propertydesk.adapters.grpc.v1.ComplaintSubject;
import org.propertydesk.adapters.grpc.v1.DetermineResponsibleDepartmentRequest;
import org.propertydesk.adapters.grpc.v1.ReferComplaintRequest;
import org.propertydesk.adapters.grpc.v1.RegisterComplaintRequest;
import org.propertydesk.adapters.grpc.v1.ReplyToComplaintRequest;
import org.propertydesk.application.complaint.ComplaintDeskService;
import org.propertydesk.application.kernel.RequestsService;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.testkit.complaint.ComplaintOffice;
import org.propertydesk.testkit.complaint.InMemoryComplaintPolicies;
import org.propertydesk.testkit.complaint.InMemoryComplaints;
import org.propertydesk.testkit.complaint.InMemoryPaymentStatus;
import org.propertydesk.testkit.kernel.InMemoryCalendar;
import org.propertydesk.testkit.kernel.InMemoryDirectory;
import org.propertydesk.testkit.kernel.InMemoryIdempotency;
import org.propertydesk.testkit.kernel.InMemoryOutbox;
import org.propertydesk.testkit.kernel.InMemoryTransactions;
import org.propertydesk.testkit.kernel.SequentialIdentities;
import org.propertydesk.testkit.kernel.SettableClock;

/**
 * The complaints desk of the {@link ComplaintOffice} (in-memory adapters, a clock that moves when
 * told) served over an in-process channel behind the real authentication, with a stub per member
 * of staff and helpers that bring a complaint to a step of its procedure through the API.
 */
final class ComplaintsOverGrpc implements EveryRpcContract.World {

    static final String OFFICE = "offices/" + ComplaintOffice.OFFICE;
    static final String OTHER_OFFICE = "offices/" + ComplaintOffice.OTHER_OFFICE;
    static final String ASSISTANT = "assistant-token";
    static final String SUPERVISOR = "supervisor-token";
    static final String MANAGER = "manager-token";
    static final String HEAD = "head-token";
    /** A caller of another office. */
    static final String STRANGER = "stranger-token";

    final SettableClock clock = SettableClock.at(ComplaintOffice.shanghai("2026-03-10T10:00"));
    final InMemoryComplaints complaints = new InMemoryComplaints();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    /** The access matrix's callers (one per role, one per clearance level), none party to anything. */
    final java.util.List<StaffMember> identities =
            Identities.staff(ComplaintOffice.OFFICE, 0x0FF1CE, Department.CUSTOMER_SERVICE, ComplaintOffice.SUPERVISOR.id());
    final ComplaintDeskService desk = new ComplaintDeskService(complaints, new InMemoryPaymentStatus(), new InMemoryComplaintPolicies(),
            InMemoryDirectory.of(ComplaintOffice.staff().appendAll(identities).toJavaArray(StaffMember[]::new)),
            new InMemoryCalendar().with(ComplaintOffice.OFFICE, ComplaintOffice.calendar2026()),
            clock, new SequentialIdentities(), transactions, outbox);
    final InProcessDesk server = InProcessDesk.serving(
            PropertyDeskServices.builder(new RequestsService(transactions, new InMemoryIdempotency())).complaints(desk)
                    .auditDenials(new DenialsService(audit, clock, transactions)).build(),
            tokens());

    private Map<String, Caller> tokens() {
        Map<String, Caller> tokens = new java.util.HashMap<>(Identities.tokens(identities));
        tokens.putAll(Map.of(ASSISTANT, caller(ComplaintOffice.ASSISTANT),
                SUPERVISOR, caller(ComplaintOffice.SUPERVISOR),
                MANAGER, caller(ComplaintOffice.MANAGER),
                HEAD, caller(ComplaintOffice.ENGINEERING_HEAD),
                STRANGER, new Caller(ComplaintOffice.OTHER_OFFICE, new StaffId(new java.util.UUID(0x57AFF, 99)))));
        return tokens;
    }

    private final AtomicInteger complainants = new AtomicInteger();

    private static Caller caller(StaffMember member) {
        return new Caller(member.office(), member.id());
    }

    /** The blocking stub calling with {@code token}. */
    ComplaintServiceGrpc.ComplaintServiceBlockingStub as(String token) {
        return InProcessDesk.as(ComplaintServiceGrpc.newBlockingStub(server.channel()), token).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    /** A stub without credentials. */
    ComplaintServiceGrpc.ComplaintServiceBlockingStub anonymous() {
        return ComplaintServiceGrpc.newBlockingStub(server.channel()).withDeadlineAfter(10, TimeUnit.SECONDS);
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

    /** The failure of a call that must fail, with its details decoded. */
    static InProcessDesk.Failure failure(Runnable call) {
        try {
            call.run();
        } catch (StatusRuntimeException e) {
            return InProcessDesk.Failure.of(e);
        }
        throw new AssertionError("the call should have failed");
    }

    /** {@code request} with its string field {@code field} set to {@code value}. */
    @SuppressWarnings("unchecked")
    static <M extends Message> M with(M request, String field, String value) {
        FieldDescriptor descriptor = request.getDescriptorForType().findFieldByName(field);
        return (M) request.toBuilder().setField(descriptor, value).build();
    }

    // ---- intake ---------------------------------------------------------------------------------

    /** A venting complaint (发泄型): nobody's fault, the complainant wants to be heard. */
    static ComplaintIntake venting() {
        return ComplaintIntake.newBuilder()
                .setSubject(ComplaintSubject.COMPLAINT_SUBJECT_GREENING)
                .setLocation("Building 3 garden")
                .setCause(ComplaintCause.COMPLAINT_CAUSE_NO_FAULT)
                .setAsk(ComplaintAsk.COMPLAINT_ASK_BE_HEARD)
                .setAccount("楼下的树被砍了,没人通知我们")
                .build();
    }

    /** An effective complaint: the company failed to repair a lift. */
    static ComplaintIntake companyFailure() {
        return ComplaintIntake.newBuilder()
                .setSubject(ComplaintSubject.COMPLAINT_SUBJECT_EQUIPMENT_REPAIR)
                .setLocation("Building 5 lift")
                .setCause(ComplaintCause.COMPLAINT_CAUSE_COMPANY_FAILURE)
                .setAsk(ComplaintAsk.COMPLAINT_ASK_HELP)
                .setAccount("电梯坏了三天没人修")
                .build();
    }

    RegisterComplaintRequest registration(ComplaintIntake intake) {
        return RegisterComplaintRequest.newBuilder()
                .setParent(OFFICE)
                .setComplaint(Complaint.newBuilder().setComplainant("3-" + (1201 + complainants.getAndIncrement())).setIntake(intake))
                .build();
    }

    Complaint register(ComplaintIntake intake) {
        return as(ASSISTANT).registerComplaint(registration(intake)).getComplaint();
    }

    /** A fresh venting complaint, registered by the front-desk assistant. */
    Complaint vented() {
        return register(venting());
    }

    Complaint advance(Complaint complaint, ComplaintAction action, String token) {
        return as(token).advanceComplaint(AdvanceComplaintRequest.newBuilder().setName(complaint.getName()).setAction(action).build())
                .getComplaint();
    }

    /** A communicative complaint at ③: identity confirmed, payment status checked. */
    Complaint paymentChecked() {
        Complaint complaint = advance(vented(), ComplaintAction.COMPLAINT_ACTION_CONFIRM_IDENTITY, ASSISTANT);
        return advance(complaint, ComplaintAction.COMPLAINT_ACTION_CHECK_PAYMENT_STATUS, ASSISTANT);
    }

    /** A communicative complaint referred to greening (④). */
    Complaint referred() {
        return as(ASSISTANT).referComplaint(ReferComplaintRequest.newBuilder().setName(paymentChecked().getName())
                .setDepartment(ComplaintDepartment.COMPLAINT_DEPARTMENT_GREENING).build()).getComplaint();
    }

    /** An effective complaint whose nature is determined (②). */
    Complaint natureDetermined() {
        return advance(register(companyFailure()), ComplaintAction.COMPLAINT_ACTION_DETERMINE_NATURE, ASSISTANT);
    }

    /** An effective complaint with engineering named responsible (③). */
    Complaint engineeringResponsible() {
        return as(ASSISTANT).determineResponsibleDepartment(DetermineResponsibleDepartmentRequest.newBuilder()
                .setName(natureDetermined().getName()).setDepartment(ComplaintDepartment.COMPLAINT_DEPARTMENT_ENGINEERING).build())
                .getComplaint();
    }

    /** A venting complaint with the assistant's promise waiting for the office manager (R-CO-6). */
    Complaint promised() {
        return as(ASSISTANT).replyToComplaint(ReplyToComplaintRequest.newBuilder().setName(vented().getName())
                .setText("我们会补种").setCommitment("replant the tree by Friday").build()).getComplaint();
    }

    @Override
    public Channel channel() {
        return server.channel();
    }

    @Override
    public OfficeId office() {
        return ComplaintOffice.OFFICE;
    }

    @Override
    public OfficeId otherOffice() {
        return ComplaintOffice.OTHER_OFFICE;
    }

    @Override
    public long effects() {
        return outbox.events(ComplaintOffice.OFFICE).size() + outbox.events(ComplaintOffice.OTHER_OFFICE).size()
                + audit.entries(ComplaintOffice.OFFICE).size() + audit.entries(ComplaintOffice.OTHER_OFFICE).size();
    }

    @Override
    public long denials() {
        return audit.entries(ComplaintOffice.OFFICE).appendAll(audit.entries(ComplaintOffice.OTHER_OFFICE))
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
