package org.propertydesk.adapters.grpc.confidentiality;

import static org.propertydesk.adapters.grpc.kernel.ProtoValues.timestamp;

import com.google.protobuf.ProtocolMessageEnum;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Instant;
import org.propertydesk.adapters.grpc.kernel.Etags;
import org.propertydesk.adapters.grpc.kernel.ResourceName;
import org.propertydesk.adapters.grpc.v1.ApprovalPurpose;
import org.propertydesk.adapters.grpc.v1.ConfidentialityLevel;
import org.propertydesk.adapters.grpc.v1.DocumentApproval;
import org.propertydesk.adapters.grpc.v1.DocumentDestruction;
import org.propertydesk.adapters.grpc.v1.DocumentDisposal;
import org.propertydesk.adapters.grpc.v1.DocumentSummary;
import org.propertydesk.adapters.grpc.v1.KeptCopy;
import org.propertydesk.adapters.grpc.v1.SubjectDeparture;
import org.propertydesk.adapters.grpc.v1.TaskCustodyStatus;
import org.propertydesk.application.confidentiality.RecordsOffice;
import org.propertydesk.domain.confidentiality.Approval;
import org.propertydesk.domain.confidentiality.Destruction;
import org.propertydesk.domain.confidentiality.Document;
import org.propertydesk.domain.confidentiality.SecrecyDuty;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * The records office's records as messages of {@code records_office.proto}, and its enums both
 * ways. Only {@link #document} writes a document's title and subject; it is called only with a
 * document the caller was just granted (R-CF-2, R-CF-8).
 */
final class RecordsMessages {

    static final ResourceName.Pattern OFFICE = ResourceName.Pattern.of("offices/{office}");
    static final ResourceName.Pattern DOCUMENT = ResourceName.Pattern.of("offices/{office}/documents/{document}");
    static final ResourceName.Pattern LOAN = ResourceName.Pattern.of("offices/{office}/loans/{loan}");
    static final ResourceName.Pattern CUSTODY = ResourceName.Pattern.of("offices/{office}/taskCustodies/{task_custody}");
    static final ResourceName.Pattern STAFF = ResourceName.Pattern.of("offices/{office}/staff/{staff}");

    private RecordsMessages() {}

    /** The whole document, title and subject included: only for a caller granted access to it. */
    static org.propertydesk.adapters.grpc.v1.Document document(Document document) {
        OfficeId office = document.office();
        var message = org.propertydesk.adapters.grpc.v1.Document.newBuilder()
                .setName(DOCUMENT.format(office, document.id().value()))
                .setTitle(document.title())
                .setKind(toProto(document.kind(), org.propertydesk.adapters.grpc.v1.DocumentKind.class, "DOCUMENT_KIND_"))
                .setLevel(toProto(document.level(), ConfidentialityLevel.class, "CONFIDENTIALITY_LEVEL_"))
                .setCustodian(STAFF.format(office, document.custodian().value()))
                .setEtag(Etags.of(document.version()));
        document.subject().forEach(subject -> message.setSubject(STAFF.format(office, subject.value())));
        document.departure().forEach(left -> message.setDeparture(SubjectDeparture.newBuilder()
                .setDepartedAt(timestamp(left.departedAt()))
                .setKeyPosition(left.keyPosition())));
        document.destruction().forEach(done -> message.setDestruction(destruction(office, done)));
        return message.build();
    }

    /** What anyone in the office may see of a document: never its title or subject. */
    static DocumentSummary summary(OfficeId office, RecordsOffice.Filing filing) {
        var message = DocumentSummary.newBuilder()
                .setName(DOCUMENT.format(office, filing.document().value()))
                .setKind(toProto(filing.kind(), org.propertydesk.adapters.grpc.v1.DocumentKind.class, "DOCUMENT_KIND_"))
                .setLevel(toProto(filing.level(), ConfidentialityLevel.class, "CONFIDENTIALITY_LEVEL_"))
                .setCustodian(STAFF.format(office, filing.custodian().value()))
                .setEtag(Etags.of(filing.version()));
        filing.destruction().forEach(done -> message.setDestruction(destruction(office, done)));
        return message.build();
    }

    private static DocumentDestruction destruction(OfficeId office, Destruction done) {
        return DocumentDestruction.newBuilder()
                .setDestroyedAt(timestamp(done.at()))
                .setDisposal(toProto(done.disposal(), DocumentDisposal.class, "DOCUMENT_DISPOSAL_"))
                .setApprovedBy(STAFF.format(office, done.approvedBy().value()))
                .build();
    }

    static DocumentApproval approval(OfficeId office, Approval approval) {
        return DocumentApproval.newBuilder()
                .setDocument(DOCUMENT.format(office, approval.document().value()))
                .setPurpose(toProto(approval.purpose(), ApprovalPurpose.class, "APPROVAL_PURPOSE_"))
                .setApprover(STAFF.format(office, approval.approver().value()))
                .setApproverRole(approval.role().name())
                .setApproverClearance(toProto(approval.clearance(), ConfidentialityLevel.class, "CONFIDENTIALITY_LEVEL_"))
                .setApprovedAt(timestamp(approval.at()))
                .setWritten(approval.written())
                .build();
    }

    static org.propertydesk.adapters.grpc.v1.Loan loan(org.propertydesk.domain.confidentiality.Loan loan) {
        OfficeId office = loan.office();
        var message = org.propertydesk.adapters.grpc.v1.Loan.newBuilder()
                .setName(LOAN.format(office, loan.id().value()))
                .setDocument(DOCUMENT.format(office, loan.document().value()))
                .setKind(toProto(loan.kind(), org.propertydesk.adapters.grpc.v1.DocumentKind.class, "DOCUMENT_KIND_"))
                .setLevel(toProto(loan.level(), ConfidentialityLevel.class, "CONFIDENTIALITY_LEVEL_"))
                .setBorrower(STAFF.format(office, loan.borrower().value()))
                .setTerm(toProto(loan.term(), org.propertydesk.adapters.grpc.v1.LoanTerm.class, "LOAN_TERM_"))
                .setStatus(toProto(loan.status(), org.propertydesk.adapters.grpc.v1.LoanStatus.class, "LOAN_STATUS_"))
                .setRequestedAt(timestamp(loan.requestedAt()))
                .setEtag(Etags.of(loan.version()));
        loan.approvals().forEach(approval -> message.addApprovals(approval(office, approval)));
        loan.lentAt().forEach(at -> message.setLentAt(timestamp(at)));
        loan.due().forEach(at -> message.setDueAt(timestamp(at)));
        loan.closedAt().forEach(at -> message.setClosedAt(timestamp(at)));
        return message.build();
    }

    static org.propertydesk.adapters.grpc.v1.TaskCustody custody(org.propertydesk.domain.confidentiality.TaskCustody custody) {
        OfficeId office = custody.office();
        var message = org.propertydesk.adapters.grpc.v1.TaskCustody.newBuilder()
                .setName(CUSTODY.format(office, custody.id().value()))
                .setDocument(DOCUMENT.format(office, custody.document().value()))
                .setHolder(STAFF.format(office, custody.holder().value()))
                .setStatus(toProto(custody.status(), TaskCustodyStatus.class, "TASK_CUSTODY_STATUS_"))
                .setHandedOutAt(timestamp(custody.handedOutAt()))
                .setEtag(Etags.of(custody.version()));
        custody.taskDoneAt().forEach(at -> message.setTaskDoneAt(timestamp(at)));
        custody.returnedAt().forEach(at -> message.setReturnedAt(timestamp(at)));
        custody.copies().forEach(copy -> message.addCopies(KeptCopy.newBuilder()
                .setNeed(copy.need())
                .setKeptAt(timestamp(copy.at()))));
        return message.build();
    }

    static org.propertydesk.adapters.grpc.v1.SecrecyDuty duty(SecrecyDuty duty) {
        var message = org.propertydesk.adapters.grpc.v1.SecrecyDuty.newBuilder()
                .setStaff(STAFF.format(duty.office(), duty.staff().value()))
                .setDepartedAt(timestamp(duty.departedAt()));
        duty.madePublicAt().forEach(at -> message.setMadePublicAt(timestamp(at)));
        return message.build();
    }


    /** The proto value named {@code prefix + value.name()}. */
    static <P extends Enum<P>> P toProto(Enum<?> value, Class<P> type, String prefix) {
        return Enum.valueOf(type, prefix + value.name());
    }

    /**
     * The domain value a proto enum value stands for; empty for {@code *_UNSPECIFIED} and for
     * numbers this server does not know ({@code UNRECOGNIZED}).
     */
    static <P extends Enum<P> & ProtocolMessageEnum, D extends Enum<D>> Option<D> fromProto(P value, Class<D> type, String prefix) {
        String name = value.name();
        if (!name.startsWith(prefix)) {
            return Option.none();
        }
        return Try.of(() -> Enum.valueOf(type, name.substring(prefix.length()))).toOption();
    }
}
