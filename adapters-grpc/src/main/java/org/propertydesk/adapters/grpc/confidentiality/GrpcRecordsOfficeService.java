package org.propertydesk.adapters.grpc.confidentiality;

import static org.propertydesk.adapters.grpc.confidentiality.RecordsMessages.CUSTODY;
import static org.propertydesk.adapters.grpc.confidentiality.RecordsMessages.DOCUMENT;
import static org.propertydesk.adapters.grpc.confidentiality.RecordsMessages.LOAN;
import static org.propertydesk.adapters.grpc.confidentiality.RecordsMessages.OFFICE;
import static org.propertydesk.adapters.grpc.confidentiality.RecordsMessages.STAFF;
import static org.propertydesk.adapters.grpc.confidentiality.RecordsMessages.fromProto;

import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.kernel.DenialAudit;
import org.propertydesk.adapters.grpc.kernel.Etags;
import org.propertydesk.adapters.grpc.kernel.GrpcErrors;
import org.propertydesk.adapters.grpc.kernel.Mutations;
import org.propertydesk.adapters.grpc.kernel.PageRequest;
import org.propertydesk.adapters.grpc.kernel.RequestCheck;
import org.propertydesk.adapters.grpc.kernel.ResourceName;
import org.propertydesk.adapters.grpc.v1.ApproveDocumentCopyRequest;
import org.propertydesk.adapters.grpc.v1.ApproveDocumentCopyResponse;
import org.propertydesk.adapters.grpc.v1.ApproveLoanRequest;
import org.propertydesk.adapters.grpc.v1.ApproveLoanResponse;
import org.propertydesk.adapters.grpc.v1.CompleteTaskRequest;
import org.propertydesk.adapters.grpc.v1.CompleteTaskResponse;
import org.propertydesk.adapters.grpc.v1.ConfidentialityLevel;
import org.propertydesk.adapters.grpc.v1.ConsultDocumentRequest;
import org.propertydesk.adapters.grpc.v1.ConsultDocumentResponse;
import org.propertydesk.adapters.grpc.v1.CreateDocumentRequest;
import org.propertydesk.adapters.grpc.v1.CreateDocumentResponse;
import org.propertydesk.adapters.grpc.v1.CreateLoanRequest;
import org.propertydesk.adapters.grpc.v1.CreateLoanResponse;
import org.propertydesk.adapters.grpc.v1.DestroyDocumentRequest;
import org.propertydesk.adapters.grpc.v1.DestroyDocumentResponse;
import org.propertydesk.adapters.grpc.v1.GetDocumentRequest;
import org.propertydesk.adapters.grpc.v1.GetDocumentResponse;
import org.propertydesk.adapters.grpc.v1.GetDocumentSummaryRequest;
import org.propertydesk.adapters.grpc.v1.GetDocumentSummaryResponse;
import org.propertydesk.adapters.grpc.v1.GetLoanRequest;
import org.propertydesk.adapters.grpc.v1.GetLoanResponse;
import org.propertydesk.adapters.grpc.v1.GetTaskCustodyRequest;
import org.propertydesk.adapters.grpc.v1.GetTaskCustodyResponse;
import org.propertydesk.adapters.grpc.v1.HandOutOriginalRequest;
import org.propertydesk.adapters.grpc.v1.HandOutOriginalResponse;
import org.propertydesk.adapters.grpc.v1.HandOverDocumentRequest;
import org.propertydesk.adapters.grpc.v1.HandOverDocumentResponse;
import org.propertydesk.adapters.grpc.v1.LendLoanRequest;
import org.propertydesk.adapters.grpc.v1.LendLoanResponse;
import org.propertydesk.adapters.grpc.v1.ListLoansRequest;
import org.propertydesk.adapters.grpc.v1.ListLoansResponse;
import org.propertydesk.adapters.grpc.v1.ListOverdueLoansRequest;
import org.propertydesk.adapters.grpc.v1.ListOverdueLoansResponse;
import org.propertydesk.adapters.grpc.v1.ListOverdueOriginalsRequest;
import org.propertydesk.adapters.grpc.v1.ListOverdueOriginalsResponse;
import org.propertydesk.adapters.grpc.v1.ListTaskCustodiesRequest;
import org.propertydesk.adapters.grpc.v1.ListTaskCustodiesResponse;
import org.propertydesk.adapters.grpc.v1.RecordDepartureRequest;
import org.propertydesk.adapters.grpc.v1.RecordDepartureResponse;
import org.propertydesk.adapters.grpc.v1.RecordsOfficeServiceGrpc;
import org.propertydesk.adapters.grpc.v1.RefuseLoanRequest;
import org.propertydesk.adapters.grpc.v1.RefuseLoanResponse;
import org.propertydesk.adapters.grpc.v1.RenewLoanRequest;
import org.propertydesk.adapters.grpc.v1.RenewLoanResponse;
import org.propertydesk.adapters.grpc.v1.ReturnLoanRequest;
import org.propertydesk.adapters.grpc.v1.ReturnLoanResponse;
import org.propertydesk.adapters.grpc.v1.ReturnOriginalRequest;
import org.propertydesk.adapters.grpc.v1.ReturnOriginalResponse;
import org.propertydesk.adapters.grpc.v1.VerifyRecordsAuditRequest;
import org.propertydesk.adapters.grpc.v1.VerifyRecordsAuditResponse;
import org.propertydesk.application.confidentiality.RecordsOffice;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.application.kernel.RequestId;
import org.propertydesk.domain.confidentiality.Access;
import org.propertydesk.domain.confidentiality.ConfidentialityRejection;
import org.propertydesk.domain.confidentiality.CustodyId;
import org.propertydesk.domain.confidentiality.Disposal;
import org.propertydesk.domain.confidentiality.Document;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.confidentiality.DocumentKind;
import org.propertydesk.domain.confidentiality.Loan;
import org.propertydesk.domain.confidentiality.LoanId;
import org.propertydesk.domain.confidentiality.LoanTerm;
import org.propertydesk.domain.confidentiality.TaskCustody;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.Rejection;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;

/**
 * {@code propertydesk.v1.RecordsOfficeService} over the {@link RecordsOffice}. Beyond reading,
 * checking and mapping, it guards two things the records office needs from its transport:
 * <ul>
 *   <li>A refused access decision (read, copy, take-out, borrow, hand-out, destruction) commits its
 *       DENIED audit entry (R-CF-9) and is recorded as the request's answer, so a retry gets the
 *       same refusal and is audited once ({@link Mutations#onceEvenIfRefused}).</li>
 *   <li>A refusal that is a permission refusal ("not you": clearance, someone else's personnel
 *       file) answers PERMISSION_DENIED naming only those reasons; nothing else about the document
 *       — whether it was destroyed, whether a copy was approved — reaches a caller who may not read
 *       it, and no answer but a granted read carries a document's title or subject.</li>
 * </ul>
 */
final class GrpcRecordsOfficeService extends RecordsOfficeServiceGrpc.RecordsOfficeServiceImplBase {

    private static final String TYPE = GrpcErrors.DOMAIN + "/";
    private static final int TITLE = 500;

    private final RecordsOffice desk;
    private final Mutations mutations;

    GrpcRecordsOfficeService(RecordsOffice desk, Mutations mutations) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.mutations = Objects.requireNonNull(mutations, "mutations");
    }

    /** A request's fields checked, and the names it refers to, which must all be in the caller's office (K-1). */
    private static final class Input {
        final RequestCheck check = new RequestCheck();
        private final java.util.List<ResourceName> names = new ArrayList<>();

        ResourceName name(String field, String value, ResourceName.Pattern pattern) {
            ResourceName name = check.name(field, value, pattern);
            if (name != null) {
                names.add(name);
            }
            return name;
        }

        Option<ResourceName> optionalName(String field, String value, ResourceName.Pattern pattern) {
            return value.isEmpty() ? Option.none() : Option.of(name(field, value, pattern));
        }

        /** INVALID_ARGUMENT naming every malformed field, else PERMISSION_DENIED for a name in another office; returns the caller. */
        Caller orThrow() {
            check.orThrow();
            Caller caller = Caller.current();
            names.forEach(name -> caller.requireOffice(name.office()));
            return caller;
        }
    }

    // ---- documents -------------------------------------------------------------------------------

    @Override
    public void createDocument(CreateDocumentRequest request, StreamObserver<CreateDocumentResponse> observer) {
        Input input = new Input();
        ResourceName parent = input.name("parent", request.getParent(), OFFICE);
        String title = null;
        DocumentKind kind = null;
        Option<ClearanceLevel> level = Option.none();
        Option<ResourceName> subject = Option.none();
        if (request.hasDocument()) {
            var document = request.getDocument();
            title = input.check.text("document.title", document.getTitle(), TITLE);
            kind = input.check.choice("document.kind", document.getKind(),
                    value -> fromProto(value, DocumentKind.class, "DOCUMENT_KIND_"));
            if (document.getLevel() != ConfidentialityLevel.CONFIDENTIALITY_LEVEL_UNSPECIFIED) {
                level = Option.of(input.check.choice("document.level", document.getLevel(),
                        value -> fromProto(value, ClearanceLevel.class, "CONFIDENTIALITY_LEVEL_")));
            }
            subject = input.optionalName("document.subject", document.getSubject(), STAFF);
        } else {
            input.check.invalid("document", "is required");
        }
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = input.orThrow();
        OfficeId office = parent.office();
        RecordsOffice.Classify command = new RecordsOffice.Classify(office, caller.staff(), title, kind, level,
                subject.map(RecordsOfficeIds::staff));
        reply(observer, mutate(office, requestId, request, CreateDocumentResponse.parser(), () -> {
            DocumentId id = accepted(desk.classify(command));
            return CreateDocumentResponse.newBuilder()
                    .setDocumentSummary(RecordsMessages.summary(office, desk.filing(office, caller.staff(), id)))
                    .build();
        }));
    }

    @Override
    public void getDocument(GetDocumentRequest request, StreamObserver<GetDocumentResponse> observer) {
        Input input = new Input();
        ResourceName name = input.name("name", request.getName(), DOCUMENT);
        Caller caller = input.orThrow();
        DenialAudit.auditedByTheDesk(); // an access decision: the desk audits it, granted or denied (R-CF-9)
        // A read is an access decision: the desk audits it, granted or denied, in a unit of work of its own.
        Document document = found(name.office(), () -> desk.consult(
                new RecordsOffice.Consult(name.office(), caller.staff(), RecordsOfficeIds.document(name), Access.READ)))
                .getOrElseThrow(GrpcRecordsOfficeService::refused);
        reply(observer, GetDocumentResponse.newBuilder().setDocument(RecordsMessages.document(document)).build());
    }

    @Override
    public void consultDocument(ConsultDocumentRequest request, StreamObserver<ConsultDocumentResponse> observer) {
        Input input = new Input();
        ResourceName name = input.name("name", request.getName(), DOCUMENT);
        Access access = input.check.choice("access", request.getAccess(), value -> fromProto(value, Access.class, "DOCUMENT_ACCESS_"));
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = input.orThrow();
        DenialAudit.auditedByTheDesk(); // an access decision: the desk audits it, granted or denied (R-CF-9)
        RecordsOffice.Consult command = new RecordsOffice.Consult(name.office(), caller.staff(), RecordsOfficeIds.document(name), access);
        reply(observer, decide(name.office(), requestId, request, ConsultDocumentResponse.parser(), () ->
                desk.consult(command).mapLeft(GrpcRecordsOfficeService::refused).map(document ->
                        ConsultDocumentResponse.newBuilder().setDocument(RecordsMessages.document(document)).build())));
    }

    @Override
    public void getDocumentSummary(GetDocumentSummaryRequest request, StreamObserver<GetDocumentSummaryResponse> observer) {
        Input input = new Input();
        ResourceName name = input.name("name", request.getName(), DOCUMENT);
        Caller caller = input.orThrow();
        RecordsOffice.Filing filing = found(name.office(), () ->
                desk.filing(name.office(), caller.staff(), RecordsOfficeIds.document(name)));
        reply(observer, GetDocumentSummaryResponse.newBuilder()
                .setDocumentSummary(RecordsMessages.summary(name.office(), filing))
                .build());
    }

    @Override
    public void approveDocumentCopy(ApproveDocumentCopyRequest request, StreamObserver<ApproveDocumentCopyResponse> observer) {
        Input input = new Input();
        ResourceName name = input.name("name", request.getName(), DOCUMENT);
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = input.orThrow();
        RecordsOffice.OnDocument command = new RecordsOffice.OnDocument(name.office(), caller.staff(), RecordsOfficeIds.document(name));
        reply(observer, mutate(name.office(), requestId, request, ApproveDocumentCopyResponse.parser(), () ->
                ApproveDocumentCopyResponse.newBuilder()
                        .setApproval(RecordsMessages.approval(name.office(), accepted(desk.approveCopy(command))))
                        .build()));
    }

    @Override
    public void handOverDocument(HandOverDocumentRequest request, StreamObserver<HandOverDocumentResponse> observer) {
        Input input = new Input();
        ResourceName name = input.name("name", request.getName(), DOCUMENT);
        ResourceName to = input.name("to", request.getTo(), STAFF);
        Option<Long> etag = input.check.etag("etag", request.getEtag());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = input.orThrow();
        DocumentId id = RecordsOfficeIds.document(name);
        reply(observer, mutate(name.office(), requestId, request, HandOverDocumentResponse.parser(), () -> {
            requireDocumentEtag(name, caller, etag);
            Document handedOver = accepted(desk.handOver(
                    new RecordsOffice.HandOver(name.office(), caller.staff(), id, RecordsOfficeIds.staff(to))));
            Etags.confirm(etag, handedOver.version(), name.name());
            return HandOverDocumentResponse.newBuilder()
                    .setDocumentSummary(RecordsMessages.summary(name.office(), RecordsOffice.Filing.of(handedOver)))
                    .build();
        }));
    }

    @Override
    public void destroyDocument(DestroyDocumentRequest request, StreamObserver<DestroyDocumentResponse> observer) {
        Input input = new Input();
        ResourceName name = input.name("name", request.getName(), DOCUMENT);
        Disposal disposal = input.check.choice("disposal", request.getDisposal(),
                value -> fromProto(value, Disposal.class, "DOCUMENT_DISPOSAL_"));
        Option<Long> etag = input.check.etag("etag", request.getEtag());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = input.orThrow();
        DenialAudit.auditedByTheDesk(); // an access decision: the desk audits it, granted or denied (R-CF-9)
        DocumentId id = RecordsOfficeIds.document(name);
        reply(observer, decide(name.office(), requestId, request, DestroyDocumentResponse.parser(), () -> {
            requireDocumentEtag(name, caller, etag);
            return desk.destroy(new RecordsOffice.Destroy(name.office(), caller.staff(), id, disposal))
                    .mapLeft(GrpcRecordsOfficeService::refused)
                    .map(destroyed -> {
                        Etags.confirm(etag, destroyed.version(), name.name());
                        return DestroyDocumentResponse.newBuilder()
                                .setDocumentSummary(RecordsMessages.summary(name.office(), RecordsOffice.Filing.of(destroyed)))
                                .build();
                    });
        }));
    }

    private void requireDocumentEtag(ResourceName name, Caller caller, Option<Long> etag) {
        if (etag.isDefined()) {
            Etags.require(etag, desk.filing(name.office(), caller.staff(), RecordsOfficeIds.document(name)).version(), name.name());
        }
    }

    @Override
    public void handOutOriginal(HandOutOriginalRequest request, StreamObserver<HandOutOriginalResponse> observer) {
        Input input = new Input();
        ResourceName name = input.name("name", request.getName(), DOCUMENT);
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = input.orThrow();
        DenialAudit.auditedByTheDesk(); // an access decision: the desk audits it, granted or denied (R-CF-9)
        OfficeId office = name.office();
        RecordsOffice.OnDocument command = new RecordsOffice.OnDocument(office, caller.staff(), RecordsOfficeIds.document(name));
        reply(observer, decide(office, requestId, request, HandOutOriginalResponse.parser(), () ->
                desk.handOutOriginal(command).mapLeft(GrpcRecordsOfficeService::refused).map(custody ->
                        HandOutOriginalResponse.newBuilder()
                                .setTaskCustody(RecordsMessages.custody(desk.custody(office, caller.staff(), custody)))
                                .build())));
    }

    // ---- loans -----------------------------------------------------------------------------------

    @Override
    public void createLoan(CreateLoanRequest request, StreamObserver<CreateLoanResponse> observer) {
        Input input = new Input();
        ResourceName parent = input.name("parent", request.getParent(), OFFICE);
        ResourceName document = null;
        LoanTerm term = null;
        if (request.hasLoan()) {
            document = input.name("loan.document", request.getLoan().getDocument(), DOCUMENT);
            term = input.check.choice("loan.term", request.getLoan().getTerm(), value -> fromProto(value, LoanTerm.class, "LOAN_TERM_"));
        } else {
            input.check.invalid("loan", "is required");
        }
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = input.orThrow();
        DenialAudit.auditedByTheDesk(); // an access decision: the desk audits it, granted or denied (R-CF-9)
        OfficeId office = parent.office();
        RecordsOffice.RequestLoan command = new RecordsOffice.RequestLoan(office, caller.staff(), RecordsOfficeIds.document(document), term);
        reply(observer, decide(office, requestId, request, CreateLoanResponse.parser(), () ->
                desk.requestLoan(command).mapLeft(GrpcRecordsOfficeService::refused).map(loan ->
                        CreateLoanResponse.newBuilder().setLoan(RecordsMessages.loan(desk.loan(office, caller.staff(), loan))).build())));
    }

    @Override
    public void getLoan(GetLoanRequest request, StreamObserver<GetLoanResponse> observer) {
        Input input = new Input();
        ResourceName name = input.name("name", request.getName(), LOAN);
        Caller caller = input.orThrow();
        Loan loan = found(name.office(), () -> desk.loan(name.office(), caller.staff(), RecordsOfficeIds.loan(name)));
        reply(observer, GetLoanResponse.newBuilder().setLoan(RecordsMessages.loan(loan)).build());
    }

    @Override
    public void listLoans(ListLoansRequest request, StreamObserver<ListLoansResponse> observer) {
        Input input = new Input();
        ResourceName parent = input.name("parent", request.getParent(), OFFICE);
        Option<ResourceName> borrower = input.optionalName("borrower", request.getBorrower(), STAFF);
        PageRequest page = input.check.page(request.getPageSize(), request.getPageToken(),
                "loans|" + request.getParent() + "|" + request.getBorrower());
        Caller caller = input.orThrow();
        var loans = page.of(found(parent.office(), () ->
                desk.loans(parent.office(), caller.staff(), borrower.map(RecordsOfficeIds::staff))));
        ListLoansResponse.Builder response = ListLoansResponse.newBuilder().setNextPageToken(loans.nextPageToken());
        loans.items().forEach(loan -> response.addLoans(RecordsMessages.loan(loan)));
        reply(observer, response.build());
    }

    @Override
    public void listOverdueLoans(ListOverdueLoansRequest request, StreamObserver<ListOverdueLoansResponse> observer) {
        Input input = new Input();
        ResourceName parent = input.name("parent", request.getParent(), OFFICE);
        PageRequest page = input.check.page(request.getPageSize(), request.getPageToken(), "overdueLoans|" + request.getParent());
        Caller caller = input.orThrow();
        var loans = page.of(found(parent.office(), () -> desk.overdueLoans(parent.office(), caller.staff())));
        ListOverdueLoansResponse.Builder response = ListOverdueLoansResponse.newBuilder().setNextPageToken(loans.nextPageToken());
        loans.items().forEach(loan -> response.addLoans(RecordsMessages.loan(loan)));
        reply(observer, response.build());
    }

    @Override
    public void approveLoan(ApproveLoanRequest request, StreamObserver<ApproveLoanResponse> observer) {
        Input input = new Input();
        ResourceName name = input.name("name", request.getName(), LOAN);
        Option<Long> etag = input.check.etag("etag", request.getEtag());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = input.orThrow();
        reply(observer, mutate(name.office(), requestId, request, ApproveLoanResponse.parser(), () ->
                ApproveLoanResponse.newBuilder().setLoan(RecordsMessages.loan(onLoan(name, caller, etag, id -> desk.approveLoan(
                        new RecordsOffice.ApproveLoan(name.office(), caller.staff(), id, request.getWritten()))))).build()));
    }

    @Override
    public void refuseLoan(RefuseLoanRequest request, StreamObserver<RefuseLoanResponse> observer) {
        Input input = new Input();
        ResourceName name = input.name("name", request.getName(), LOAN);
        Option<Long> etag = input.check.etag("etag", request.getEtag());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = input.orThrow();
        reply(observer, mutate(name.office(), requestId, request, RefuseLoanResponse.parser(), () ->
                RefuseLoanResponse.newBuilder().setLoan(RecordsMessages.loan(onLoan(name, caller, etag, id ->
                        desk.refuseLoan(new RecordsOffice.OnLoan(name.office(), caller.staff(), id))))).build()));
    }

    @Override
    public void lendLoan(LendLoanRequest request, StreamObserver<LendLoanResponse> observer) {
        Input input = new Input();
        ResourceName name = input.name("name", request.getName(), LOAN);
        Option<Long> etag = input.check.etag("etag", request.getEtag());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = input.orThrow();
        reply(observer, mutate(name.office(), requestId, request, LendLoanResponse.parser(), () ->
                LendLoanResponse.newBuilder().setLoan(RecordsMessages.loan(onLoan(name, caller, etag, id ->
                        desk.lend(new RecordsOffice.OnLoan(name.office(), caller.staff(), id))))).build()));
    }

    @Override
    public void renewLoan(RenewLoanRequest request, StreamObserver<RenewLoanResponse> observer) {
        Input input = new Input();
        ResourceName name = input.name("name", request.getName(), LOAN);
        Option<Long> etag = input.check.etag("etag", request.getEtag());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = input.orThrow();
        reply(observer, mutate(name.office(), requestId, request, RenewLoanResponse.parser(), () ->
                RenewLoanResponse.newBuilder().setLoan(RecordsMessages.loan(onLoan(name, caller, etag, id ->
                        desk.renewLoan(new RecordsOffice.OnLoan(name.office(), caller.staff(), id))))).build()));
    }

    @Override
    public void returnLoan(ReturnLoanRequest request, StreamObserver<ReturnLoanResponse> observer) {
        Input input = new Input();
        ResourceName name = input.name("name", request.getName(), LOAN);
        Option<Long> etag = input.check.etag("etag", request.getEtag());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = input.orThrow();
        reply(observer, mutate(name.office(), requestId, request, ReturnLoanResponse.parser(), () ->
                ReturnLoanResponse.newBuilder().setLoan(RecordsMessages.loan(onLoan(name, caller, etag, id ->
                        desk.returnLoan(new RecordsOffice.OnLoan(name.office(), caller.staff(), id))))).build()));
    }

    /** Runs a step of an existing loan, sent at {@code etag} if one was sent; every step moves the version by one. */
    private Loan onLoan(ResourceName name, Caller caller, Option<Long> etag,
            Function<LoanId, Either<Rejections<ConfidentialityRejection>, Loan>> step) {
        LoanId id = RecordsOfficeIds.loan(name);
        if (etag.isDefined()) {
            Etags.require(etag, desk.loan(name.office(), caller.staff(), id).version(), name.name());
        }
        Loan changed = accepted(step.apply(id));
        Etags.confirm(etag, changed.version(), name.name());
        return changed;
    }

    // ---- originals for a task --------------------------------------------------------------------

    @Override
    public void getTaskCustody(GetTaskCustodyRequest request, StreamObserver<GetTaskCustodyResponse> observer) {
        Input input = new Input();
        ResourceName name = input.name("name", request.getName(), CUSTODY);
        Caller caller = input.orThrow();
        TaskCustody custody = found(name.office(), () -> desk.custody(name.office(), caller.staff(), RecordsOfficeIds.custody(name)));
        reply(observer, GetTaskCustodyResponse.newBuilder().setTaskCustody(RecordsMessages.custody(custody)).build());
    }

    @Override
    public void listTaskCustodies(ListTaskCustodiesRequest request, StreamObserver<ListTaskCustodiesResponse> observer) {
        Input input = new Input();
        ResourceName parent = input.name("parent", request.getParent(), OFFICE);
        Option<ResourceName> holder = input.optionalName("holder", request.getHolder(), STAFF);
        PageRequest page = input.check.page(request.getPageSize(), request.getPageToken(),
                "taskCustodies|" + request.getParent() + "|" + request.getHolder());
        Caller caller = input.orThrow();
        var custodies = page.of(found(parent.office(), () ->
                desk.custodies(parent.office(), caller.staff(), holder.map(RecordsOfficeIds::staff))));
        ListTaskCustodiesResponse.Builder response = ListTaskCustodiesResponse.newBuilder().setNextPageToken(custodies.nextPageToken());
        custodies.items().forEach(custody -> response.addTaskCustodies(RecordsMessages.custody(custody)));
        reply(observer, response.build());
    }

    @Override
    public void listOverdueOriginals(ListOverdueOriginalsRequest request, StreamObserver<ListOverdueOriginalsResponse> observer) {
        Input input = new Input();
        ResourceName parent = input.name("parent", request.getParent(), OFFICE);
        PageRequest page = input.check.page(request.getPageSize(), request.getPageToken(), "overdueOriginals|" + request.getParent());
        Caller caller = input.orThrow();
        var custodies = page.of(found(parent.office(), () -> desk.overdueOriginals(parent.office(), caller.staff())));
        ListOverdueOriginalsResponse.Builder response = ListOverdueOriginalsResponse.newBuilder()
                .setNextPageToken(custodies.nextPageToken());
        custodies.items().forEach(custody -> response.addTaskCustodies(RecordsMessages.custody(custody)));
        reply(observer, response.build());
    }

    @Override
    public void completeTask(CompleteTaskRequest request, StreamObserver<CompleteTaskResponse> observer) {
        Input input = new Input();
        ResourceName name = input.name("name", request.getName(), CUSTODY);
        Option<Long> etag = input.check.etag("etag", request.getEtag());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = input.orThrow();
        reply(observer, mutate(name.office(), requestId, request, CompleteTaskResponse.parser(), () ->
                CompleteTaskResponse.newBuilder().setTaskCustody(RecordsMessages.custody(onCustody(name, caller, etag, id ->
                        desk.completeTask(new RecordsOffice.OnCustody(name.office(), caller.staff(), id))))).build()));
    }

    @Override
    public void returnOriginal(ReturnOriginalRequest request, StreamObserver<ReturnOriginalResponse> observer) {
        Input input = new Input();
        ResourceName name = input.name("name", request.getName(), CUSTODY);
        Option<Long> etag = input.check.etag("etag", request.getEtag());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = input.orThrow();
        reply(observer, mutate(name.office(), requestId, request, ReturnOriginalResponse.parser(), () ->
                ReturnOriginalResponse.newBuilder().setTaskCustody(RecordsMessages.custody(onCustody(name, caller, etag, id ->
                        desk.returnOriginal(new RecordsOffice.OnCustody(name.office(), caller.staff(), id))))).build()));
    }

    private TaskCustody onCustody(ResourceName name, Caller caller, Option<Long> etag,
            Function<CustodyId, Either<Rejections<ConfidentialityRejection>, TaskCustody>> step) {
        CustodyId id = RecordsOfficeIds.custody(name);
        if (etag.isDefined()) {
            Etags.require(etag, desk.custody(name.office(), caller.staff(), id).version(), name.name());
        }
        TaskCustody changed = accepted(step.apply(id));
        Etags.confirm(etag, changed.version(), name.name());
        return changed;
    }

    // ---- departure and audit ---------------------------------------------------------------------

    @Override
    public void recordDeparture(RecordDepartureRequest request, StreamObserver<RecordDepartureResponse> observer) {
        Input input = new Input();
        ResourceName leaver = input.name("staff", request.getStaff(), STAFF);
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = input.orThrow();
        RecordsOffice.RecordDeparture command = new RecordsOffice.RecordDeparture(
                leaver.office(), caller.staff(), RecordsOfficeIds.staff(leaver), request.getKeyPosition());
        reply(observer, mutate(leaver.office(), requestId, request, RecordDepartureResponse.parser(), () ->
                RecordDepartureResponse.newBuilder().setSecrecyDuty(RecordsMessages.duty(accepted(desk.recordDeparture(command)))).build()));
    }

    @Override
    public void verifyRecordsAudit(VerifyRecordsAuditRequest request, StreamObserver<VerifyRecordsAuditResponse> observer) {
        Input input = new Input();
        ResourceName office = input.name("office", request.getOffice(), OFFICE);
        Caller caller = input.orThrow();
        RecordsOffice.AuditVerification verification = found(office.office(), () -> desk.verifyAudit(office.office(), caller.staff()))
                .getOrElseThrow(GrpcErrors::rejected);
        reply(observer, VerifyRecordsAuditResponse.newBuilder()
                .setIntact(verification.intact())
                .setEntryCount(verification.entries())
                .setFirstTamperedSequence(verification.firstTampered().getOrElse(0L))
                .build());
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private <R extends Message> R mutate(OfficeId office, Option<RequestId> requestId, Message request, Parser<R> parser, Supplier<R> work) {
        return found(office, () -> mutations.once(office, requestId, request, parser, work));
    }

    /** A mutating call whose refusal is an audited access decision: the refusal commits and is the recorded answer. */
    private <R extends Message> R decide(OfficeId office, Option<RequestId> requestId, Message request, Parser<R> parser,
            Supplier<Either<StatusRuntimeException, R>> work) {
        return found(office, () -> mutations.onceEvenIfRefused(office, requestId, request, parser, work));
    }

    private static <T> T accepted(Either<Rejections<ConfidentialityRejection>, T> result) {
        return result.getOrElseThrow(GrpcRecordsOfficeService::refused);
    }

    /**
     * The error for a refusal. When a reason means "not you" (clearance, someone else's personnel
     * file, another office, no standing to approve), only those reasons are answered, as
     * PERMISSION_DENIED: a caller who may not read a document learns nothing else about it.
     */
    static StatusRuntimeException refused(Rejections<ConfidentialityRejection> rejections) {
        Seq<ConfidentialityRejection> notYou = rejections.reasons().filter(PermissionRejection.class::isInstance);
        Seq<ConfidentialityRejection> answered = notYou.isEmpty() ? rejections.reasons() : notYou;
        return GrpcErrors.rejected(new Rejections<>(answered.<Rejection>map(GrpcRecordsOfficeService::withoutSubject)));
    }

    /**
     * The refusal as answered: a reason that names whose personnel file a document is says the
     * same without the name, since nobody but that person may learn it (R-CF-8).
     */
    private static Rejection withoutSubject(ConfidentialityRejection reason) {
        if (reason instanceof ConfidentialityRejection.AnotherPersonsPersonnelFile another) {
            return new AnotherPersonsPersonnelFile(another);
        }
        if (reason instanceof ConfidentialityRejection.SubjectStillEmployed employed) {
            return new SubjectStillEmployed(employed);
        }
        return reason;
    }

    /** The domain's reason of the same name, answered without the subject; same rule, same ErrorInfo reason. */
    record AnotherPersonsPersonnelFile(ConfidentialityRejection.AnotherPersonsPersonnelFile original) implements PermissionRejection {
        @Override
        public Rule rule() {
            return original.rule();
        }

        @Override
        public String reason() {
            return "staff member " + original.staff() + " may not read personnel file " + original.document()
                    + ": nobody reads another person's personnel file";
        }
    }

    /** The domain's reason of the same name, answered without the subject; same rule, same ErrorInfo reason. */
    record SubjectStillEmployed(ConfidentialityRejection.SubjectStillEmployed original) implements Rejection {
        @Override
        public Rule rule() {
            return original.rule();
        }

        @Override
        public String reason() {
            return "personnel file " + original.document() + " is about a staff member who has not left; it is kept";
        }
    }

    /** Runs a desk call; a record the office does not have is NOT_FOUND naming it as a resource name. */
    private static <T> T found(OfficeId office, Supplier<T> call) {
        try {
            return call.get();
        } catch (NotFound missing) {
            throw notFound(office, missing);
        }
    }

    private static StatusRuntimeException notFound(OfficeId office, NotFound missing) {
        String id = missing.resource();
        switch (missing.resourceType()) {
            case "document":
                return GrpcErrors.notFound(TYPE + "Document", DOCUMENT.format(office, id));
            case "loan":
                return GrpcErrors.notFound(TYPE + "Loan", LOAN.format(office, id));
            case "custody":
                return GrpcErrors.notFound(TYPE + "TaskCustody", CUSTODY.format(office, id));
            case "staff member":
                return GrpcErrors.notFound(TYPE + "StaffMember", STAFF.format(office, id));
            default:
                return GrpcErrors.notFound(TYPE + missing.resourceType(), id);
        }
    }

    private static <R> void reply(StreamObserver<R> observer, R response) {
        observer.onNext(response);
        observer.onCompleted();
    }

    /** Typed ids from parsed resource names. */
    private static final class RecordsOfficeIds {
        private RecordsOfficeIds() {}

        static DocumentId document(ResourceName name) {
            return name.id("document", DocumentId::new);
        }

        static LoanId loan(ResourceName name) {
            return name.id("loan", LoanId::new);
        }

        static CustodyId custody(ResourceName name) {
            return name.id("task_custody", CustodyId::new);
        }

        static StaffId staff(ResourceName name) {
            return name.id("staff", StaffId::new);
        }
    }
}
