package org.propertydesk.adapters.grpc.confidentiality;

import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.propertydesk.adapters.grpc.EveryRpcContract;
import org.propertydesk.adapters.grpc.Identities;
import org.propertydesk.adapters.grpc.InProcessDesk;
import org.propertydesk.adapters.grpc.PropertyDeskServices;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.v1.ApproveLoanRequest;
import org.propertydesk.adapters.grpc.v1.ConfidentialityLevel;
import org.propertydesk.adapters.grpc.v1.CreateDocumentRequest;
import org.propertydesk.adapters.grpc.v1.CreateLoanRequest;
import org.propertydesk.adapters.grpc.v1.Document;
import org.propertydesk.adapters.grpc.v1.DocumentKind;
import org.propertydesk.adapters.grpc.v1.DocumentSummary;
import org.propertydesk.adapters.grpc.v1.HandOutOriginalRequest;
import org.propertydesk.adapters.grpc.v1.LendLoanRequest;
import org.propertydesk.adapters.grpc.v1.Loan;
import org.propertydesk.adapters.grpc.v1.LoanTerm;
import org.propertydesk.adapters.grpc.v1.RecordsOfficeServiceGrpc;
import org.propertydesk.adapters.grpc.v1.TaskCustody;
import org.propertydesk.application.confidentiality.RecordsOffice;
import org.propertydesk.application.confidentiality.RecordsOfficeService;
import org.propertydesk.application.confidentiality.RecordsPolicies;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.application.kernel.DenialsService;
import org.propertydesk.application.kernel.RequestsService;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.testkit.confidentiality.InMemoryApprovals;
import org.propertydesk.testkit.confidentiality.InMemoryCustodies;
import org.propertydesk.testkit.confidentiality.InMemoryDocuments;
import org.propertydesk.testkit.confidentiality.InMemoryLoans;
import org.propertydesk.testkit.kernel.InMemoryAuditTrail;
import org.propertydesk.testkit.kernel.InMemoryCalendar;
import org.propertydesk.testkit.kernel.InMemoryDirectory;
import org.propertydesk.testkit.kernel.InMemoryIdempotency;
import org.propertydesk.testkit.kernel.InMemoryOutbox;
import org.propertydesk.testkit.kernel.InMemoryTransactions;
import org.propertydesk.testkit.kernel.SequentialIdentities;
import org.propertydesk.testkit.kernel.SettableClock;

/**
 * One office's records office in Shanghai on the in-memory adapters, served in process behind the
 * real authentication and failure translation. Staff call with the tokens "leader" (company
 * leadership, top secret), "manager" (office manager, secret), "head" (a department manager,
 * secret), "clerk" (the records keeper, a supervisor cleared for secret), "assistant" (a
 * customer-service assistant, internal) and "stranger" (of another office).
 */
final class RecordsWorld implements EveryRpcContract.World {

    static final OfficeId OFFICE = new OfficeId(UUID.fromString("0000000c-0000-0000-0000-000000000001"));
    static final OfficeId OTHER_OFFICE = new OfficeId(UUID.fromString("0000000c-0000-0000-0000-000000000002"));
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final StaffMember leader = staff(OFFICE, 1, Role.COMPANY_LEADERSHIP, Role.COMPANY_LEADERSHIP.defaultClearance());
    final StaffMember manager = staff(OFFICE, 2, Role.OFFICE_MANAGER, Role.OFFICE_MANAGER.defaultClearance());
    final StaffMember head = staff(OFFICE, 3, Role.DEPARTMENT_MANAGER, Role.DEPARTMENT_MANAGER.defaultClearance());
    final StaffMember clerk = staff(OFFICE, 4, Role.SUPERVISOR, ClearanceLevel.SECRET);
    final StaffMember assistant = staff(OFFICE, 5, Role.CUSTOMER_SERVICE_ASSISTANT, Role.CUSTOMER_SERVICE_ASSISTANT.defaultClearance());
    final StaffMember stranger = staff(OTHER_OFFICE, 6, Role.OFFICE_MANAGER, Role.OFFICE_MANAGER.defaultClearance());

    /** The access matrix's callers (one per role, one per clearance level), none party to anything. */
    final java.util.List<StaffMember> identities = Identities.staff(OFFICE, 0xC, Department.ADMINISTRATION_HR, new StaffId(new UUID(0xC, 1)));

    final SettableClock clock = SettableClock.at("2026-03-02T01:00:00Z"); // Monday 09:00 in Shanghai
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    final InMemoryDocuments documents = new InMemoryDocuments();
    final InMemoryLoans loans = new InMemoryLoans();
    final RecordsOffice desk;
    private final InProcessDesk served;

    RecordsWorld() {
        InMemoryTransactions transactions = new InMemoryTransactions();
        InMemoryCalendar calendar = new InMemoryCalendar()
                .with(OFFICE, BusinessCalendar.in(SHANGHAI).build())
                .with(OTHER_OFFICE, BusinessCalendar.in(SHANGHAI).build());
        java.util.List<StaffMember> everyone = new java.util.ArrayList<>(java.util.List.of(leader, manager, head, clerk, assistant, stranger));
        everyone.addAll(identities);
        desk = new RecordsOfficeService(InMemoryDirectory.of(everyone.toArray(StaffMember[]::new)), calendar, clock,
                new SequentialIdentities(), transactions, outbox, audit, documents, loans, new InMemoryCustodies(),
                new InMemoryApprovals(), RecordsPolicies.defaults());
        PropertyDeskServices services = PropertyDeskServices.builder(new RequestsService(transactions, new InMemoryIdempotency()))
                .recordsOffice(desk)
                .auditDenials(new DenialsService(audit, clock, transactions))
                .build();
        Map<String, Caller> tokens = new java.util.HashMap<>(Identities.tokens(identities));
        tokens.putAll(Map.of(
                "leader", caller(leader), "manager", caller(manager), "head", caller(head), "clerk", caller(clerk),
                "assistant", caller(assistant), "stranger", caller(stranger)));
        served = InProcessDesk.serving(services, tokens);
    }

    private static StaffMember staff(OfficeId office, long n, Role role, ClearanceLevel clearance) {
        return new StaffMember(new StaffId(new UUID(0xC, n)), office, role + " " + n, role, Department.ADMINISTRATION_HR,
                role == Role.COMPANY_LEADERSHIP ? Option.none() : Option.some(new StaffId(new UUID(0xC, 1))), clearance);
    }

    private static Caller caller(StaffMember member) {
        return new Caller(member.office(), member.id());
    }

    @Override
    public Channel channel() {
        return served.channel();
    }

    @Override
    public OfficeId office() {
        return OFFICE;
    }

    @Override
    public OfficeId otherOffice() {
        return OTHER_OFFICE;
    }

    @Override
    public long effects() {
        return outbox.events(OFFICE).size() + outbox.events(OTHER_OFFICE).size()
                + audit.entries(OFFICE).size() + audit.entries(OTHER_OFFICE).size();
    }

    @Override
    public long denials() {
        return audit.entries(OFFICE).appendAll(audit.entries(OTHER_OFFICE))
                .count(entry -> entry.event().outcome() == AuditEvent.Outcome.DENIED);
    }

    @Override
    public void close() {
        try {
            served.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    RecordsOfficeServiceGrpc.RecordsOfficeServiceBlockingStub as(String token) {
        return InProcessDesk.as(RecordsOfficeServiceGrpc.newBlockingStub(channel()), token);
    }

    static InProcessDesk.Failure failure(Runnable call) {
        try {
            call.run();
        } catch (StatusRuntimeException e) {
            return InProcessDesk.Failure.of(e);
        }
        throw new AssertionError("the call should have failed");
    }

    static String parent() {
        return "offices/" + OFFICE;
    }

    static String staffName(StaffMember member) {
        return "offices/" + member.office() + "/staff/" + member.id();
    }

    // ---- states ----------------------------------------------------------------------------------

    /** {@code token} registers a document of {@code kind} at its kind's level. */
    DocumentSummary registered(String token, DocumentKind kind, String title) {
        return as(token).createDocument(CreateDocumentRequest.newBuilder().setParent(parent())
                .setDocument(Document.newBuilder().setTitle(title).setKind(kind)).build()).getDocumentSummary();
    }

    /** The records keeper registers a secret owner record. */
    DocumentSummary ownerRecord() {
        return registered("clerk", DocumentKind.DOCUMENT_KIND_OWNER_RECORD, "owner record of 3-1201");
    }

    /** The records keeper registers an internal document, an archive original that may be lent for days. */
    DocumentSummary internalDocument() {
        return registered("clerk", DocumentKind.DOCUMENT_KIND_INTERNAL_DOCUMENT, "duty roster circular");
    }

    /** The records keeper registers the personnel file of {@code subject}. */
    DocumentSummary personnelFileOf(StaffMember subject, String title) {
        return as("clerk").createDocument(CreateDocumentRequest.newBuilder().setParent(parent())
                .setDocument(Document.newBuilder().setTitle(title).setKind(DocumentKind.DOCUMENT_KIND_PERSONNEL_FILE)
                        .setSubject(staffName(subject)))
                .build()).getDocumentSummary();
    }

    /** A top-secret decision document kept by company leadership. */
    DocumentSummary decision(String title) {
        return as("leader").createDocument(CreateDocumentRequest.newBuilder().setParent(parent())
                .setDocument(Document.newBuilder().setTitle(title).setKind(DocumentKind.DOCUMENT_KIND_DECISION_DOCUMENT)
                        .setLevel(ConfidentialityLevel.CONFIDENTIALITY_LEVEL_TOP_SECRET))
                .build()).getDocumentSummary();
    }

    Loan requested(String token, DocumentSummary document, LoanTerm term) {
        return as(token).createLoan(CreateLoanRequest.newBuilder().setParent(parent())
                .setLoan(Loan.newBuilder().setDocument(document.getName()).setTerm(term)).build()).getLoan();
    }

    Loan approved(Loan loan) {
        return as("manager").approveLoan(ApproveLoanRequest.newBuilder().setName(loan.getName()).build()).getLoan();
    }

    Loan lent(Loan loan) {
        return as("clerk").lendLoan(LendLoanRequest.newBuilder().setName(loan.getName()).build()).getLoan();
    }

    /** The department head borrows the owner record for the day, approved and handed out. */
    Loan ownerRecordLent() {
        return lent(approved(requested("head", ownerRecord(), LoanTerm.LOAN_TERM_SAME_DAY)));
    }

    /** The assistant takes out an internal original for seven days, approved and handed out. */
    Loan archiveLoanLent() {
        return lent(approved(requested("assistant", internalDocument(), LoanTerm.LOAN_TERM_SHORT_TERM)));
    }

    TaskCustody originalOut() {
        DocumentSummary certificate = registered("clerk", DocumentKind.DOCUMENT_KIND_CERTIFICATE, "business licence");
        return as("assistant").handOutOriginal(HandOutOriginalRequest.newBuilder().setName(certificate.getName()).build())
                .getTaskCustody();
    }
}
