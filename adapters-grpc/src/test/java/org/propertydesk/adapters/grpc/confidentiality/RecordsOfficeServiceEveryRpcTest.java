package org.propertydesk.adapters.grpc.confidentiality;

import static org.propertydesk.adapters.grpc.confidentiality.RecordsWorld.parent;
import static org.propertydesk.adapters.grpc.confidentiality.RecordsWorld.staffName;

import io.grpc.ServiceDescriptor;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.propertydesk.adapters.grpc.EveryRpcContract;
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
class RecordsOfficeServiceEveryRpcTest extends EveryRpcContract<RecordsWorld> {

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
}
