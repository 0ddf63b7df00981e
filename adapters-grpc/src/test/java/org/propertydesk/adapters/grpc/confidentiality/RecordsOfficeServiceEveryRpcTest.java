package org.propertydesk.adapters.grpc.confidentiality;

import static org.propertydesk.adapters.grpc.confidentiality.RecordsWorld.parent;
import static org.propertydesk.adapters.grpc.confidentiality.RecordsWorld.staffName;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import io.grpc.ServiceDescriptor;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.grpc.Identities;
import org.propertydesk.adapters.grpc.InProcessDesk;
import org.propertydesk.adapters.grpc.RpcCalls;
import io.grpc.Status;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.anyoneInTheOffice;
import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.clearedFor;
import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.onlyTheParty;
import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.rankAtLeast;
import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.roles;

import java.util.LinkedHashMap;
import java.util.Map;
import org.propertydesk.adapters.grpc.AccessMatrixContract;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.adapters.grpc.v1.ApproveDocumentCopyRequest;
import org.propertydesk.adapters.grpc.v1.ApproveLoanRequest;
import org.propertydesk.adapters.grpc.v1.CompleteTaskRequest;
import org.propertydesk.adapters.grpc.v1.ConsultDocumentRequest;
import org.propertydesk.adapters.grpc.v1.CreateDocumentRequest;
import org.propertydesk.adapters.grpc.v1.CreateLoanRequest;
import org.propertydesk.adapters.grpc.v1.DestroyDocumentRequest;
import org.propertydesk.adapters.grpc.v1.Document;
import org.propertydesk.adapters.grpc.v1.DocumentAccess;
import org.propertydesk.adapters.grpc.v1.DocumentDisposal;
import org.propertydesk.adapters.grpc.v1.DocumentKind;
import org.propertydesk.adapters.grpc.v1.DocumentSummary;
import org.propertydesk.adapters.grpc.v1.GetDocumentRequest;
import org.propertydesk.adapters.grpc.v1.GetDocumentSummaryRequest;
import org.propertydesk.adapters.grpc.v1.GetLoanRequest;
import org.propertydesk.adapters.grpc.v1.GetTaskCustodyRequest;
import org.propertydesk.adapters.grpc.v1.HandOutOriginalRequest;
import org.propertydesk.adapters.grpc.v1.HandOverDocumentRequest;
import org.propertydesk.adapters.grpc.v1.LendLoanRequest;
import org.propertydesk.adapters.grpc.v1.ListLoansRequest;
import org.propertydesk.adapters.grpc.v1.ListOverdueLoansRequest;
import org.propertydesk.adapters.grpc.v1.ListOverdueOriginalsRequest;
import org.propertydesk.adapters.grpc.v1.ListTaskCustodiesRequest;
import org.propertydesk.adapters.grpc.v1.Loan;
import org.propertydesk.adapters.grpc.v1.LoanTerm;
import org.propertydesk.adapters.grpc.v1.RecordDepartureRequest;
import org.propertydesk.adapters.grpc.v1.RecordsOfficeServiceGrpc;
import org.propertydesk.adapters.grpc.v1.RefuseLoanRequest;
import org.propertydesk.adapters.grpc.v1.RenewLoanRequest;
import org.propertydesk.adapters.grpc.v1.ReturnLoanRequest;
import org.propertydesk.adapters.grpc.v1.ReturnOriginalRequest;
import org.propertydesk.adapters.grpc.v1.TaskCustody;
import org.propertydesk.adapters.grpc.v1.VerifyRecordsAuditRequest;

@DisplayName("RecordsOfficeService: every RPC")
class RecordsOfficeServiceEveryRpcTest extends AccessMatrixContract<RecordsWorld> {

    /** Who may call what, from the rules; the table's requests are about a secret owner record (R-CF-1). */
    @Override
    protected Map<String, Grant> grants() {
        Map<String, Grant> grants = new LinkedHashMap<>();
        grants.put("CreateDocument", anyoneInTheOffice());
        grants.put("GetDocument", clearedFor(ClearanceLevel.SECRET));                  // R-CF-2
        grants.put("ConsultDocument", clearedFor(ClearanceLevel.SECRET));              // R-CF-2
        grants.put("GetDocumentSummary", anyoneInTheOffice());                         // no title, no subject
        grants.put("ApproveDocumentCopy", clearedFor(ClearanceLevel.SECRET));          // R-CF-3
        grants.put("HandOverDocument", onlyTheParty("the custodian").or(roles(Role.OFFICE_MANAGER))); // R-CF-10
        grants.put("DestroyDocument", roles(Role.OFFICE_MANAGER)                       // R-CF-6
                .otherwise(Status.Code.FAILED_PRECONDITION, "R-CF-6: destruction needs the office manager's approval"));
        grants.put("HandOutOriginal", anyoneInTheOffice());                            // R-CF-5
        grants.put("CreateLoan", clearedFor(ClearanceLevel.SECRET));                   // R-CF-2, R-CF-4
        grants.put("GetLoan", anyoneInTheOffice());
        grants.put("ListLoans", anyoneInTheOffice());
        grants.put("ListOverdueLoans", anyoneInTheOffice());
        grants.put("ApproveLoan", roles(Role.OFFICE_MANAGER));                         // R-CF-4
        grants.put("RefuseLoan", roles(Role.OFFICE_MANAGER));                          // R-CF-4
        grants.put("LendLoan", anyoneInTheOffice());
        grants.put("RenewLoan", roles(Role.OFFICE_MANAGER));                           // R-CF-4
        grants.put("ReturnLoan", anyoneInTheOffice());                                 // taking a document back shows nothing of it
        grants.put("GetTaskCustody", anyoneInTheOffice());
        grants.put("ListTaskCustodies", anyoneInTheOffice());
        grants.put("ListOverdueOriginals", anyoneInTheOffice());
        grants.put("CompleteTask", anyoneInTheOffice());                               // R-CF-5 names no one; shows nothing
        grants.put("ReturnOriginal", anyoneInTheOffice());                             // R-CF-5 names no one; shows nothing
        grants.put("RecordDeparture", roles(Role.OFFICE_MANAGER)                       // R-CF-10: the office manager or a
                .or(rankAtLeast(Role.Rank.SUPERVISOR)));                               // manager of administration & HR, where the matrix's staff work
        grants.put("VerifyRecordsAudit", roles(Role.OFFICE_MANAGER, Role.COMPANY_LEADERSHIP)); // R-CF-9
        return grants;
    }

    @Override
    protected ServiceDescriptor service() {
        return RecordsOfficeServiceGrpc.getServiceDescriptor();
    }

    @Override
    protected RecordsWorld world() {
        return new RecordsWorld();
    }

    @Override
    protected Rpc<RecordsWorld> otherMutation(String method) {
        return rpcs().stream()
                .filter(rpc -> rpc.method().equals(method.equals("CreateDocument") ? "ApproveDocumentCopy" : "CreateDocument"))
                .findFirst().orElseThrow();
    }

    @Override
    protected List<Rpc<RecordsWorld>> rpcs() {
        return List.of(
                new Rpc<>("CreateDocument", "clerk", world -> CreateDocumentRequest.newBuilder().setParent(parent())
                        .setDocument(Document.newBuilder().setTitle("lease of shop 12").setKind(DocumentKind.DOCUMENT_KIND_CONTRACT))
                        .build()),
                new Rpc<>("GetDocument", "clerk", world -> GetDocumentRequest.newBuilder().setName(world.ownerRecord().getName()).build()),
                new Rpc<>("ConsultDocument", "clerk", world -> ConsultDocumentRequest.newBuilder()
                        .setName(world.ownerRecord().getName()).setAccess(DocumentAccess.DOCUMENT_ACCESS_READ).build()),
                new Rpc<>("GetDocumentSummary", "assistant", world -> GetDocumentSummaryRequest.newBuilder()
                        .setName(world.ownerRecord().getName()).build()),
                new Rpc<>("ApproveDocumentCopy", "head", world -> ApproveDocumentCopyRequest.newBuilder()
                        .setName(world.ownerRecord().getName()).build()),
                new Rpc<>("HandOverDocument", "clerk", world -> {
                    DocumentSummary record = world.ownerRecord();
                    return HandOverDocumentRequest.newBuilder().setName(record.getName()).setTo(staffName(world.head))
                            .setEtag(record.getEtag()).build();
                }),
                new Rpc<>("DestroyDocument", "manager", world -> {
                    DocumentSummary record = world.ownerRecord();
                    return DestroyDocumentRequest.newBuilder().setName(record.getName())
                            .setDisposal(DocumentDisposal.DOCUMENT_DISPOSAL_SHREDDED).setEtag(record.getEtag()).build();
                }),
                new Rpc<>("HandOutOriginal", "assistant", world -> HandOutOriginalRequest.newBuilder()
                        .setName(world.registered("clerk", DocumentKind.DOCUMENT_KIND_CERTIFICATE, "licence").getName()).build()),
                new Rpc<>("CreateLoan", "head", world -> CreateLoanRequest.newBuilder().setParent(parent())
                        .setLoan(Loan.newBuilder().setDocument(world.ownerRecord().getName()).setTerm(LoanTerm.LOAN_TERM_SAME_DAY))
                        .build()),
                new Rpc<>("GetLoan", "clerk", world -> GetLoanRequest.newBuilder()
                        .setName(world.requested("head", world.ownerRecord(), LoanTerm.LOAN_TERM_SAME_DAY).getName()).build()),
                new Rpc<>("ListLoans", "clerk", world -> {
                    world.ownerRecordLent();
                    return ListLoansRequest.newBuilder().setParent(parent()).build();
                }),
                new Rpc<>("ListOverdueLoans", "clerk", world -> {
                    world.ownerRecordLent();
                    return ListOverdueLoansRequest.newBuilder().setParent(parent()).build();
                }),
                new Rpc<>("ApproveLoan", "manager", world -> {
                    Loan loan = world.requested("head", world.ownerRecord(), LoanTerm.LOAN_TERM_SAME_DAY);
                    return ApproveLoanRequest.newBuilder().setName(loan.getName()).setEtag(loan.getEtag()).build();
                }),
                new Rpc<>("RefuseLoan", "manager", world -> {
                    Loan loan = world.requested("head", world.ownerRecord(), LoanTerm.LOAN_TERM_SAME_DAY);
                    return RefuseLoanRequest.newBuilder().setName(loan.getName()).setEtag(loan.getEtag()).build();
                }),
                new Rpc<>("LendLoan", "clerk", world -> {
                    Loan loan = world.approved(world.requested("head", world.ownerRecord(), LoanTerm.LOAN_TERM_SAME_DAY));
                    return LendLoanRequest.newBuilder().setName(loan.getName()).setEtag(loan.getEtag()).build();
                }),
                new Rpc<>("RenewLoan", "manager", world -> {
                    Loan loan = world.archiveLoanLent();
                    return RenewLoanRequest.newBuilder().setName(loan.getName()).setEtag(loan.getEtag()).build();
                }),
                new Rpc<>("ReturnLoan", "head", world -> {
                    Loan loan = world.ownerRecordLent();
                    return ReturnLoanRequest.newBuilder().setName(loan.getName()).setEtag(loan.getEtag()).build();
                }),
                new Rpc<>("GetTaskCustody", "clerk", world -> GetTaskCustodyRequest.newBuilder()
                        .setName(world.originalOut().getName()).build()),
                new Rpc<>("ListTaskCustodies", "clerk", world -> {
                    world.originalOut();
                    return ListTaskCustodiesRequest.newBuilder().setParent(parent()).setHolder(staffName(world.assistant)).build();
                }),
                new Rpc<>("ListOverdueOriginals", "clerk", world -> {
                    world.originalOut();
                    return ListOverdueOriginalsRequest.newBuilder().setParent(parent()).build();
                }),
                new Rpc<>("CompleteTask", "assistant", world -> {
                    TaskCustody custody = world.originalOut();
                    return CompleteTaskRequest.newBuilder().setName(custody.getName()).setEtag(custody.getEtag()).build();
                }),
                new Rpc<>("ReturnOriginal", "assistant", world -> {
                    TaskCustody custody = world.originalOut();
                    return ReturnOriginalRequest.newBuilder().setName(custody.getName()).setEtag(custody.getEtag()).build();
                }),
                new Rpc<>("RecordDeparture", "manager", world -> RecordDepartureRequest.newBuilder()
                        .setStaff(staffName(world.assistant)).build()),
                new Rpc<>("VerifyRecordsAudit", "manager", world -> VerifyRecordsAuditRequest.newBuilder().setOffice(parent()).build()));
    }

    /** In the title of every document above some caller's clearance; it must never reach such a caller. */
    private static final String MARKER = "MARKER-7f3a-CLASSIFIED";

    @ParameterizedTest(name = "{0}: R-CF-2: nothing of a document above the caller's clearance is in any answer or error detail")
    @MethodSource("methods")
    void nothingAboveClearanceReachesTheCaller(String method) {
        Rpc<RecordsWorld> rpc = rpc(method);
        List<String> leaks = new ArrayList<>();
        for (Identities.Identity identity : Identities.ALL) {
            if (identity.clearance() == ClearanceLevel.TOP_SECRET) {
                continue;
            }
            try (RecordsWorld world = world()) {
                DocumentSummary topSecret = world.decision(MARKER + " merger decision");
                DocumentSummary secret = world.registered("clerk", DocumentKind.DOCUMENT_KIND_OWNER_RECORD, MARKER + " owner of 9-0909");
                quietly(() -> world.lent(world.approved(world.requested("leader", topSecret, LoanTerm.LOAN_TERM_SAME_DAY))));
                quietly(() -> world.lent(world.approved(world.requested("head", secret, LoanTerm.LOAN_TERM_SAME_DAY))));
                Message request = rpc.request().apply(world);
                List<Message> attempts = new ArrayList<>(List.of(request));
                for (DocumentSummary above : identity.clearance().compareTo(ClearanceLevel.SECRET) < 0
                        ? List.of(topSecret, secret) : List.of(topSecret)) {
                    attempts.add(RpcCalls.mapStrings(request, text -> text.replaceAll("offices/[^/]+/documents/[0-9a-fA-F-]+", above.getName())));
                }
                for (Message attempt : attempts) {
                    String seen = answerOrError(world, method, attempt, identity.token());
                    if (seen.contains(MARKER)) {
                        leaks.add(identity + " read the marker through " + attempt);
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private String answerOrError(RecordsWorld world, String method, Message request, String token) {
        try {
            return RpcCalls.call(world.channel(), method(method), request, token).toByteString().toStringUtf8();
        } catch (StatusRuntimeException e) {
            InProcessDesk.Failure failure = InProcessDesk.Failure.of(e);
            return failure.message() + " " + failure.details().toByteString().toStringUtf8()
                    + " " + (e.getTrailers() == null ? "" : e.getTrailers().toString());
        }
    }

    private static void quietly(Runnable step) {
        try {
            step.run();
        } catch (StatusRuntimeException refused) {
            // not every role may lend every level; the marker documents are there either way
        }
    }
}
