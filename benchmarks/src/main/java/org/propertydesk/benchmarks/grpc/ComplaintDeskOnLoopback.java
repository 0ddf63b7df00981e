package org.propertydesk.benchmarks.grpc;

import java.util.Map;
import org.propertydesk.adapters.grpc.PropertyDeskServer;
import org.propertydesk.adapters.grpc.PropertyDeskServices;
import org.propertydesk.adapters.grpc.kernel.BearerTokens;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.v1.Complaint;
import org.propertydesk.adapters.grpc.v1.ComplaintAsk;
import org.propertydesk.adapters.grpc.v1.ComplaintCause;
import org.propertydesk.adapters.grpc.v1.ComplaintIntake;
import org.propertydesk.adapters.grpc.v1.ComplaintSubject;
import org.propertydesk.adapters.grpc.v1.RegisterComplaintRequest;
import org.propertydesk.application.complaint.ComplaintDeskService;
import org.propertydesk.application.kernel.RequestsService;
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
 * The testkit's complaint office ({@link ComplaintOffice}) on in-memory adapters, served by a real
 * {@link PropertyDeskServer} (Netty, plaintext, loopback, bearer-token authentication and failure
 * translation) on a free port. Every mutation runs through {@link RequestsService}, as an embedder's does.
 */
final class ComplaintDeskOnLoopback implements AutoCloseable {

    static final String OFFICE = "offices/" + ComplaintOffice.OFFICE;
    /** The front-desk assistant's bearer token. */
    static final String TOKEN = "assistant-token";

    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final PropertyDeskServer server;

    ComplaintDeskOnLoopback() {
        SettableClock clock = SettableClock.at(ComplaintOffice.shanghai("2026-03-10T10:00"));
        InMemoryTransactions transactions = new InMemoryTransactions();
        ComplaintDeskService desk = new ComplaintDeskService(complaints, new InMemoryPaymentStatus(), new InMemoryComplaintPolicies(),
                InMemoryDirectory.of(ComplaintOffice.staff().toJavaArray(StaffMember[]::new)),
                new InMemoryCalendar().with(ComplaintOffice.OFFICE, ComplaintOffice.calendar2026()),
                clock, new SequentialIdentities(), transactions, new InMemoryOutbox());
        StaffMember assistant = ComplaintOffice.ASSISTANT;
        server = PropertyDeskServer.builder()
                .port(0)
                .tokens(BearerTokens.fixed(Map.of(TOKEN, new Caller(assistant.office(), assistant.id()))))
                .services(PropertyDeskServices.builder(new RequestsService(transactions, new InMemoryIdempotency())).complaints(desk).build())
                .start();
    }

    /**
     * A venting complaint's registration (the testkit's tree-cutting case), complainant, location and
     * request id varying per call. The location varies because complaints at one spot within the
     * recurrence window make a recurring problem (R-CO-8) whose signal, listing every one of them, each
     * further registration recomputes and enqueues: thousands of complaints about one garden would
     * measure that signal, not a registration.
     */
    static RegisterComplaintRequest registration(long call, String requestId) {
        return RegisterComplaintRequest.newBuilder()
                .setParent(OFFICE)
                .setComplaint(Complaint.newBuilder()
                        .setComplainant("3-" + (1201 + call))
                        .setIntake(ComplaintIntake.newBuilder()
                                .setSubject(ComplaintSubject.COMPLAINT_SUBJECT_GREENING)
                                .setLocation("Building " + (1 + call % 20) + ", unit " + (101 + call))
                                .setCause(ComplaintCause.COMPLAINT_CAUSE_NO_FAULT)
                                .setAsk(ComplaintAsk.COMPLAINT_ASK_BE_HEARD)
                                .setAccount("楼下的树被砍了,没人通知我们")))
                .setRequestId(requestId)
                .build();
    }

    int port() {
        return server.port();
    }

    /** How many complaints the office holds now. */
    int stored() {
        return complaints.all(ComplaintOffice.OFFICE).size();
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(5);
    }
}
