package org.propertydesk.adapters.grpc.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.adapters.grpc.confidentiality.RecordsWorld.failure;
import static org.propertydesk.adapters.grpc.confidentiality.RecordsWorld.parent;
import static org.propertydesk.adapters.grpc.confidentiality.RecordsWorld.staffName;

import com.google.rpc.ErrorInfo;
import com.google.rpc.PreconditionFailure;
import io.grpc.Status;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.adapters.grpc.InProcessDesk;
import org.propertydesk.adapters.grpc.kernel.GrpcErrors;
import org.propertydesk.adapters.grpc.v1.ApproveDocumentCopyRequest;
import org.propertydesk.adapters.grpc.v1.ApproveLoanRequest;
import org.propertydesk.adapters.grpc.v1.CompleteTaskRequest;
import org.propertydesk.adapters.grpc.v1.ConfidentialityLevel;
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
import org.propertydesk.adapters.grpc.v1.HandOverDocumentRequest;
import org.propertydesk.adapters.grpc.v1.LendLoanRequest;
import org.propertydesk.adapters.grpc.v1.ListLoansRequest;
import org.propertydesk.adapters.grpc.v1.ListOverdueLoansRequest;
import org.propertydesk.adapters.grpc.v1.ListOverdueOriginalsRequest;
import org.propertydesk.adapters.grpc.v1.Loan;
import org.propertydesk.adapters.grpc.v1.LoanStatus;
import org.propertydesk.adapters.grpc.v1.LoanTerm;
import org.propertydesk.adapters.grpc.v1.RecordDepartureRequest;
import org.propertydesk.adapters.grpc.v1.RenewLoanRequest;
import org.propertydesk.adapters.grpc.v1.ReturnLoanRequest;
import org.propertydesk.adapters.grpc.v1.ReturnOriginalRequest;
import org.propertydesk.adapters.grpc.v1.TaskCustody;
import org.propertydesk.adapters.grpc.v1.TaskCustodyStatus;
import org.propertydesk.adapters.grpc.v1.VerifyRecordsAuditRequest;
import org.propertydesk.application.kernel.AuditEvent;

/** The records office over gRPC, rule by rule, as a client on any stack sees it. */
@DisplayName("RecordsOfficeService")
class RecordsOfficeServiceTest {

    private final RecordsWorld world = new RecordsWorld();

    @AfterEach
    void close() {
        world.close();
    }

    private static PreconditionFailure preconditions(InProcessDesk.Failure failure) {
        return failure.preconditionFailure().orElseThrow();
    }

    private static String ruleIds(InProcessDesk.Failure failure) {
        return failure.errorInfo().map(info -> info.getMetadataMap().get(GrpcErrors.RULE_IDS)).orElse("");
    }

    /** Everything a failure carries to the client: its message and every detail, as text and as bytes. */
    private static String everything(InProcessDesk.Failure failure) {
        return failure.message() + "\n" + failure.details() + "\n" + failure.details().toByteString().toStringUtf8();
    }

    private String lastAudit() {
        AuditEvent event = world.audit.entries(RecordsWorld.OFFICE).last().event();
        return event.action() + ":" + event.outcome() + ":" + event.rule().map(rule -> rule.id()).getOrElse("");
    }

    // ---- the walkthrough's scene -----------------------------------------------------------------

    @Test
    @DisplayName("R-CF-2, R-CF-4, R-CF-8, R-CF-9: a secret personnel file is denied to an assistant, lent to the manager it is about, taken out and returned, every decision audited")
    void personnelFileDeniedLentReturned() {
        DocumentSummary file = world.personnelFileOf(world.head, "personnel file of Wang, department manager");
        assertThat(file.getLevel()).isEqualTo(ConfidentialityLevel.CONFIDENTIALITY_LEVEL_SECRET);

        var denied = failure(() -> world.as("assistant").getDocument(GetDocumentRequest.newBuilder().setName(file.getName()).build()));

        assertThat(denied.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(ruleIds(denied)).isEqualTo("R-CF-8,R-CF-2");
        assertThat(everything(denied)).doesNotContain("Wang").doesNotContain(world.head.id().toString());
        assertThat(lastAudit()).isEqualTo("document.read:DENIED:R-CF-8");

        Loan requested = world.requested("head", file, LoanTerm.LOAN_TERM_SAME_DAY);
        Loan approved = world.approved(requested);
        Loan lent = world.as("clerk").lendLoan(LendLoanRequest.newBuilder().setName(approved.getName()).setEtag(approved.getEtag()).build())
                .getLoan();
        Document takenOut = world.as("head").consultDocument(ConsultDocumentRequest.newBuilder()
                .setName(file.getName()).setAccess(DocumentAccess.DOCUMENT_ACCESS_TAKE_OUT).build()).getDocument();
        world.clock.advance(Duration.ofHours(3));
        Loan returned = world.as("head").returnLoan(ReturnLoanRequest.newBuilder().setName(lent.getName()).setEtag(lent.getEtag()).build())
                .getLoan();

        assertThat(requested.getBorrower()).isEqualTo(staffName(world.head));
        assertThat(approved.getApprovalsList()).singleElement().satisfies(approval -> {
            assertThat(approval.getApprover()).isEqualTo(staffName(world.manager));
            assertThat(approval.getApproverRole()).isEqualTo("OFFICE_MANAGER");
        });
        assertThat(lent.getStatus()).isEqualTo(LoanStatus.LOAN_STATUS_ON_LOAN);
        assertThat(lent.getDueAt().getSeconds()).isEqualTo(java.time.Instant.parse("2026-03-02T16:00:00Z").getEpochSecond());
        assertThat(takenOut.getTitle()).isEqualTo("personnel file of Wang, department manager");
        assertThat(takenOut.getSubject()).isEqualTo(staffName(world.head));
        assertThat(returned.getStatus()).isEqualTo(LoanStatus.LOAN_STATUS_RETURNED);
        assertThat(returned.getEtag()).isEqualTo("v4");
        assertThat(world.audit.entries(RecordsWorld.OFFICE).map(entry -> entry.event().action() + ":" + entry.event().outcome()))
                .containsExactly("document.read:DENIED", "document.borrow:GRANTED", "document.take-out:GRANTED");
        assertThat(world.as("manager").verifyRecordsAudit(VerifyRecordsAuditRequest.newBuilder().setOffice(parent()).build()))
                .satisfies(verified -> {
                    assertThat(verified.getIntact()).isTrue();
                    assertThat(verified.getEntryCount()).isEqualTo(3);
                });
    }

    @Test
    @DisplayName("R-CF-8: the office manager asking to borrow someone else's personnel file is PERMISSION_DENIED, audited, and the answer names neither the file's title nor whose it is")
    void anotherPersonsFileIsNotLent() {
        DocumentSummary file = world.personnelFileOf(world.head, "personnel file of Wang");

        var denied = failure(() -> world.requested("manager", file, LoanTerm.LOAN_TERM_SAME_DAY));

        assertThat(denied.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(denied.errorInfo()).hasValueSatisfying(info -> {
            assertThat(info.getReason()).isEqualTo("ANOTHER_PERSONS_PERSONNEL_FILE");
            assertThat(info.getMetadataMap()).containsEntry(GrpcErrors.RULE_ID, "R-CF-8");
        });
        assertThat(everything(denied)).doesNotContain("Wang").doesNotContain(world.head.id().toString());
        assertThat(lastAudit()).isEqualTo("document.borrow:DENIED:R-CF-8");
    }

    @Test
    @DisplayName("R-CF-8: the records keeper cannot read a colleague's personnel file she keeps; R-CF-7: trying to destroy it does not tell whose it is either")
    void custodianDeniedAndSubjectWithheld() {
        DocumentSummary file = world.personnelFileOf(world.assistant, "personnel file of Li");

        var read = failure(() -> world.as("clerk").getDocument(GetDocumentRequest.newBuilder().setName(file.getName()).build()));
        var destroy = failure(() -> world.as("manager").destroyDocument(DestroyDocumentRequest.newBuilder()
                .setName(file.getName()).setDisposal(DocumentDisposal.DOCUMENT_DISPOSAL_SHREDDED).build()));

        assertThat(read.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(ruleIds(read)).isEqualTo("R-CF-8");
        assertThat(destroy.code()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(preconditions(destroy).getViolationsList()).extracting(PreconditionFailure.Violation::getType)
                .containsExactly("SUBJECT_STILL_EMPLOYED");
        for (var failure : java.util.List.of(read, destroy)) {
            assertThat(everything(failure)).doesNotContain("Li").doesNotContain(world.assistant.id().toString());
        }
    }

    @Test
    @DisplayName("R-CF-2: reading above one's clearance is impossible by every path, and no answer to the assistant carries the document's title")
    void noReadUpByAnyPath() {
        String title = "秘密 takeover plan 2027 \u2014 canary";
        DocumentSummary plan = world.decision(title);
        String name = plan.getName();
        var assistant = world.as("assistant");
        java.util.List<InProcessDesk.Failure> failures = new java.util.ArrayList<>();
        java.util.List<com.google.protobuf.Message> answers = new java.util.ArrayList<>();

        failures.add(failure(() -> assistant.getDocument(GetDocumentRequest.newBuilder().setName(name).build())));
        for (DocumentAccess access : new DocumentAccess[] {DocumentAccess.DOCUMENT_ACCESS_READ, DocumentAccess.DOCUMENT_ACCESS_COPY,
                DocumentAccess.DOCUMENT_ACCESS_EXCERPT, DocumentAccess.DOCUMENT_ACCESS_TAKE_OUT}) {
            failures.add(failure(() -> assistant.consultDocument(ConsultDocumentRequest.newBuilder().setName(name).setAccess(access).build())));
        }
        failures.add(failure(() -> world.requested("assistant", plan, LoanTerm.LOAN_TERM_SAME_DAY)));
        failures.add(failure(() -> assistant.handOutOriginal(org.propertydesk.adapters.grpc.v1.HandOutOriginalRequest.newBuilder()
                .setName(name).build())));
        failures.add(failure(() -> assistant.approveDocumentCopy(ApproveDocumentCopyRequest.newBuilder().setName(name).build())));
        failures.add(failure(() -> assistant.handOverDocument(HandOverDocumentRequest.newBuilder().setName(name)
                .setTo(staffName(world.assistant)).build())));
        failures.add(failure(() -> assistant.destroyDocument(DestroyDocumentRequest.newBuilder().setName(name)
                .setDisposal(DocumentDisposal.DOCUMENT_DISPOSAL_DISCARDED).build())));
        // the office manager, cleared for secret only, is refused the top-secret plan just the same
        failures.add(failure(() -> world.as("manager").getDocument(GetDocumentRequest.newBuilder().setName(name).build())));
        answers.add(assistant.getDocumentSummary(GetDocumentSummaryRequest.newBuilder().setName(name).build()));
        answers.add(assistant.listLoans(ListLoansRequest.newBuilder().setParent(parent()).build()));

        assertThat(failures).allSatisfy(failure -> {
            assertThat(failure.code()).isIn(Status.Code.PERMISSION_DENIED, Status.Code.FAILED_PRECONDITION);
            assertThat(everything(failure)).doesNotContain("canary").doesNotContain("takeover");
        });
        assertThat(failures.subList(0, 7)).allSatisfy(failure -> {
            assertThat(failure.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
            assertThat(ruleIds(failure)).isEqualTo("R-CF-2");
            assertThat(failure.preconditionFailure()).isEmpty();
        });
        assertThat(answers).allSatisfy(answer -> assertThat(answer.toByteString().toStringUtf8()).doesNotContain("canary"));
        // every refusal is in the trail (R-CF-9): the desk's own access decisions, and the copy approval and
        // hand-over refused at the door
        assertThat(world.audit.entries(RecordsWorld.OFFICE).filter(entry -> entry.event().outcome() == AuditEvent.Outcome.DENIED))
                .hasSize(11);
    }

    @Test
    @DisplayName("R-CF-2: a refusal that is a permission refusal names only the rule that refused the caller, not what else stands in the way")
    void permissionRefusalNamesNothingElse() {
        DocumentSummary record = world.ownerRecord();

        var copy = failure(() -> world.as("assistant").consultDocument(ConsultDocumentRequest.newBuilder()
                .setName(record.getName()).setAccess(DocumentAccess.DOCUMENT_ACCESS_COPY).build()));

        assertThat(copy.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(copy.errorInfo()).map(ErrorInfo::getReason).contains("ABOVE_CLEARANCE");
        assertThat(ruleIds(copy)).isEqualTo("R-CF-2");
        assertThat(copy.message()).doesNotContain("approv");
    }

    @Test
    @DisplayName("R-CF-9: a denied read retried with the same request_id gets the same denial and is audited once; the trail verifies")
    void deniedReadAuditedOnce() {
        DocumentSummary record = world.ownerRecord();
        ConsultDocumentRequest read = ConsultDocumentRequest.newBuilder().setName(record.getName())
                .setAccess(DocumentAccess.DOCUMENT_ACCESS_READ).setRequestId("read-7").build();

        var first = failure(() -> world.as("assistant").consultDocument(read));
        var retry = failure(() -> world.as("assistant").consultDocument(read));

        assertThat(retry).isEqualTo(first);
        assertThat(world.audit.entries(RecordsWorld.OFFICE).map(entry -> entry.event().outcome())).containsExactly(AuditEvent.Outcome.DENIED);
        assertThat(world.as("manager").verifyRecordsAudit(VerifyRecordsAuditRequest.newBuilder().setOffice(parent()).build()).getIntact())
                .isTrue();
    }

    @Test
    @DisplayName("R-CF-2: a request id replayed by another caller is INVALID_ARGUMENT: a read granted to one caller is never handed to another")
    void replayByAnotherCaller() {
        DocumentSummary record = world.ownerRecord();
        ConsultDocumentRequest read = ConsultDocumentRequest.newBuilder().setName(record.getName())
                .setAccess(DocumentAccess.DOCUMENT_ACCESS_READ).setRequestId("read-8").build();
        Document granted = world.as("head").consultDocument(read).getDocument();

        var replay = failure(() -> world.as("assistant").consultDocument(read));

        assertThat(granted.getTitle()).isEqualTo("owner record of 3-1201");
        assertThat(replay.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(replay.badFields()).containsExactly("request_id");
        assertThat(everything(replay)).doesNotContain("owner record");
    }

    @Test
    @DisplayName("R-CF-9: a tampered audit trail is reported with the first entry that no longer follows")
    void tamperingShows() {
        DocumentSummary record = world.ownerRecord();
        failure(() -> world.as("assistant").getDocument(GetDocumentRequest.newBuilder().setName(record.getName()).build()));
        world.as("clerk").getDocument(GetDocumentRequest.newBuilder().setName(record.getName()).build());
        world.audit.tamper(RecordsWorld.OFFICE, 1, entry -> new org.propertydesk.application.kernel.AuditEntry(entry.sequence(),
                new AuditEvent(entry.event().office(), entry.event().at(), entry.event().actor(), entry.event().action(),
                        entry.event().subject(), AuditEvent.Outcome.GRANTED, entry.event().rule()),
                entry.previousHash(), entry.hash()));

        var verified = world.as("manager").verifyRecordsAudit(VerifyRecordsAuditRequest.newBuilder().setOffice(parent()).build());

        assertThat(verified.getIntact()).isFalse();
        assertThat(verified.getEntryCount()).isEqualTo(2);
        assertThat(verified.getFirstTamperedSequence()).isEqualTo(1);
    }

    // ---- documents -------------------------------------------------------------------------------

    @Test
    @DisplayName("R-CF-1: a document gets its kind's level unless a higher one is asked for; the keeper reads it with its title")
    void classification() {
        DocumentSummary contract = world.registered("clerk", DocumentKind.DOCUMENT_KIND_CONTRACT, "lease of shop 12");
        DocumentSummary raised = world.as("clerk").createDocument(CreateDocumentRequest.newBuilder().setParent(parent())
                .setDocument(Document.newBuilder().setTitle("minutes").setKind(DocumentKind.DOCUMENT_KIND_INTERNAL_DOCUMENT)
                        .setLevel(ConfidentialityLevel.CONFIDENTIALITY_LEVEL_SECRET))
                .build()).getDocumentSummary();

        Document read = world.as("clerk").getDocument(GetDocumentRequest.newBuilder().setName(contract.getName()).build()).getDocument();

        assertThat(contract.getLevel()).isEqualTo(ConfidentialityLevel.CONFIDENTIALITY_LEVEL_SECRET);
        assertThat(contract.getCustodian()).isEqualTo(staffName(world.clerk));
        assertThat(contract.getEtag()).isEqualTo("v1");
        assertThat(raised.getLevel()).isEqualTo(ConfidentialityLevel.CONFIDENTIALITY_LEVEL_SECRET);
        assertThat(read.getTitle()).isEqualTo("lease of shop 12");
        assertThat(read.getName()).isEqualTo(contract.getName());
        assertThat(lastAudit()).isEqualTo("document.read:GRANTED:R-CF-2");
    }

    @Test
    @DisplayName("R-CF-1, R-CF-8: a contract graded internal and a personnel file about nobody are FAILED_PRECONDITION, every rule listed")
    void classificationRefused() {
        var below = failure(() -> world.as("clerk").createDocument(CreateDocumentRequest.newBuilder().setParent(parent())
                .setDocument(Document.newBuilder().setTitle("lease").setKind(DocumentKind.DOCUMENT_KIND_CONTRACT)
                        .setLevel(ConfidentialityLevel.CONFIDENTIALITY_LEVEL_INTERNAL).setSubject(staffName(world.head)))
                .build()));
        var nobody = failure(() -> world.as("clerk").createDocument(CreateDocumentRequest.newBuilder().setParent(parent())
                .setDocument(Document.newBuilder().setTitle("file").setKind(DocumentKind.DOCUMENT_KIND_PERSONNEL_FILE)).build()));

        assertThat(preconditions(below).getViolationsList()).extracting(v -> v.getType() + " " + v.getSubject())
                .containsExactly("BELOW_MINIMUM_LEVEL R-CF-1", "SUBJECT_OUTSIDE_PERSONNEL_FILE R-CF-8");
        assertThat(preconditions(nobody).getViolationsList()).extracting(PreconditionFailure.Violation::getType)
                .containsExactly("PERSONNEL_FILE_WITHOUT_SUBJECT");
    }

    @Test
    @DisplayName("a document without title or kind, with an unknown level and a subject that is no staff name, is INVALID_ARGUMENT naming each field")
    void malformedDocument() {
        var failure = failure(() -> world.as("clerk").createDocument(CreateDocumentRequest.newBuilder().setParent(parent())
                .setDocument(Document.newBuilder().setTitle("\u0007").setLevelValue(42).setSubject("staff/7"))
                .build()));

        assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(failure.badFields()).containsExactly("document.title", "document.kind", "document.level", "document.subject");
    }

    @Test
    @DisplayName("R-CF-3: a copy of a secret record is FAILED_PRECONDITION until someone cleared approves it; an approver not cleared is PERMISSION_DENIED")
    void copyNeedsApproval() {
        DocumentSummary record = world.ownerRecord();
        ConsultDocumentRequest copy = ConsultDocumentRequest.newBuilder().setName(record.getName())
                .setAccess(DocumentAccess.DOCUMENT_ACCESS_COPY).build();

        var early = failure(() -> world.as("clerk").consultDocument(copy));
        var uncleared = failure(() -> world.as("assistant").approveDocumentCopy(ApproveDocumentCopyRequest.newBuilder()
                .setName(record.getName()).build()));
        var approval = world.as("head").approveDocumentCopy(ApproveDocumentCopyRequest.newBuilder().setName(record.getName()).build())
                .getApproval();
        world.clock.advance(Duration.ofMinutes(1));
        Document copied = world.as("clerk").consultDocument(copy).getDocument();

        assertThat(early.code()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(early.errorInfo()).map(ErrorInfo::getReason).contains("COPY_NOT_APPROVED");
        assertThat(uncleared.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(uncleared.errorInfo()).map(ErrorInfo::getReason).contains("APPROVER_NOT_CLEARED");
        assertThat(approval.getApproverClearance()).isEqualTo(ConfidentialityLevel.CONFIDENTIALITY_LEVEL_SECRET);
        assertThat(copied.getTitle()).isEqualTo("owner record of 3-1201");
        assertThat(lastAudit()).isEqualTo("document.copy:GRANTED:R-CF-3");
    }

    @Test
    @DisplayName("R-CF-10: only the keeper hands a document over: anyone else is PERMISSION_DENIED; the answer names the new keeper, not the title")
    void handOver() {
        DocumentSummary record = world.ownerRecord();

        var notKeeper = failure(() -> world.as("head").handOverDocument(HandOverDocumentRequest.newBuilder()
                .setName(record.getName()).setTo(staffName(world.head)).build()));
        DocumentSummary handed = world.as("clerk").handOverDocument(HandOverDocumentRequest.newBuilder()
                .setName(record.getName()).setTo(staffName(world.head)).setEtag(record.getEtag()).build()).getDocumentSummary();

        assertThat(notKeeper.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(notKeeper.errorInfo()).map(ErrorInfo::getReason).contains("NOT_CUSTODIAN");
        assertThat(handed.getCustodian()).isEqualTo(staffName(world.head));
        assertThat(handed.getEtag()).isEqualTo("v2");
        assertThat(handed.toByteString().toStringUtf8()).doesNotContain("owner record");
    }

    @Test
    @DisplayName("R-CF-6: destruction needs the office manager and, for classified waste, a method that destroys; each refusal is audited; a destroyed record is gone")
    void destruction() {
        DocumentSummary record = world.ownerRecord();

        var byHead = failure(() -> world.as("head").destroyDocument(DestroyDocumentRequest.newBuilder()
                .setName(record.getName()).setDisposal(DocumentDisposal.DOCUMENT_DISPOSAL_DISCARDED).build()));
        String deniedAudit = lastAudit();
        DocumentSummary destroyed = world.as("manager").destroyDocument(DestroyDocumentRequest.newBuilder()
                .setName(record.getName()).setDisposal(DocumentDisposal.DOCUMENT_DISPOSAL_SHREDDED).setEtag(record.getEtag()).build())
                .getDocumentSummary();
        var gone = failure(() -> world.as("clerk").getDocument(GetDocumentRequest.newBuilder().setName(record.getName()).build()));

        assertThat(byHead.code()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(preconditions(byHead).getViolationsList()).extracting(PreconditionFailure.Violation::getType)
                .containsExactly("DESTRUCTION_NOT_APPROVED", "CLASSIFIED_WASTE_DISCARDED");
        assertThat(deniedAudit).isEqualTo("document.destroy:DENIED:R-CF-6");
        assertThat(destroyed.getDestruction().getDisposal()).isEqualTo(DocumentDisposal.DOCUMENT_DISPOSAL_SHREDDED);
        assertThat(destroyed.getDestruction().getApprovedBy()).isEqualTo(staffName(world.manager));
        assertThat(gone.code()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(gone.errorInfo()).map(ErrorInfo::getReason).contains("DOCUMENT_DESTROYED");
    }

    // ---- loans -----------------------------------------------------------------------------------

    @Test
    @DisplayName("R-CF-4: a classified document is lent only for the day: a seven-day request is FAILED_PRECONDITION and audited as denied")
    void classifiedOnlyForTheDay() {
        DocumentSummary record = world.ownerRecord();

        var week = failure(() -> world.requested("head", record, LoanTerm.LOAN_TERM_SHORT_TERM));

        assertThat(week.code()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(week.errorInfo()).map(ErrorInfo::getReason).contains("CLASSIFIED_LOAN_BEYOND_THE_DAY");
        assertThat(lastAudit()).isEqualTo("document.borrow:DENIED:R-CF-4");
    }

    @Test
    @DisplayName("R-CF-4: a CCTV recording is lent only on written notes of a department head and the office manager")
    void cctvNeedsWrittenNotes() {
        DocumentSummary recording = world.registered("clerk", DocumentKind.DOCUMENT_KIND_CCTV_RECORDING, "lobby camera 2026-03-01");
        Loan loan = world.requested("head", recording, LoanTerm.LOAN_TERM_SAME_DAY);

        var spoken = failure(() -> world.as("manager").approveLoan(ApproveLoanRequest.newBuilder().setName(loan.getName()).build()));
        Loan managerNote = world.as("manager").approveLoan(ApproveLoanRequest.newBuilder().setName(loan.getName()).setWritten(true).build())
                .getLoan();
        var early = failure(() -> world.lent(managerNote));
        Loan headNote = world.as("head").approveLoan(ApproveLoanRequest.newBuilder().setName(loan.getName()).setWritten(true)
                .setEtag(managerNote.getEtag()).build()).getLoan();
        Loan lent = world.lent(headNote);

        assertThat(spoken.errorInfo()).map(ErrorInfo::getReason).contains("CCTV_NOTE_NOT_WRITTEN");
        assertThat(early.errorInfo()).map(ErrorInfo::getReason).contains("LOAN_NOT_APPROVED");
        assertThat(preconditions(early).getViolations(0).getDescription()).contains("DEPARTMENT_MANAGER");
        assertThat(lent.getApprovalsList()).hasSize(2).allSatisfy(approval -> assertThat(approval.getWritten()).isTrue());
    }

    @Test
    @DisplayName("R-CF-4: only the office manager approves a loan: the assistant is PERMISSION_DENIED")
    void onlyTheManagerApproves() {
        Loan loan = world.requested("head", world.ownerRecord(), LoanTerm.LOAN_TERM_SAME_DAY);

        var denied = failure(() -> world.as("assistant").approveLoan(ApproveLoanRequest.newBuilder().setName(loan.getName()).build()));

        assertThat(denied.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(denied.errorInfo()).hasValueSatisfying(info -> {
            assertThat(info.getReason()).isEqualTo("NOT_ENTITLED_TO_APPROVE_LOAN");
            assertThat(info.getMetadataMap()).containsEntry(GrpcErrors.RULE_ID, "R-CF-4");
        });
    }

    @Test
    @DisplayName("R-CF-4: a same-day loan is overdue after midnight and listed so; it can no longer be taken out, and comes back late")
    void overdueAfterMidnight() {
        Loan lent = world.ownerRecordLent();
        String record = lent.getDocument();

        world.clock.advance(Duration.ofHours(16));
        var overdue = world.as("clerk").listOverdueLoans(ListOverdueLoansRequest.newBuilder().setParent(parent()).build());
        var takeOut = failure(() -> world.as("head").consultDocument(ConsultDocumentRequest.newBuilder()
                .setName(record).setAccess(DocumentAccess.DOCUMENT_ACCESS_TAKE_OUT).build()));
        Loan returned = world.as("head").returnLoan(ReturnLoanRequest.newBuilder().setName(lent.getName()).build()).getLoan();

        assertThat(overdue.getLoansList()).extracting(Loan::getName).containsExactly(lent.getName());
        assertThat(takeOut.errorInfo()).map(ErrorInfo::getReason).contains("NO_CURRENT_LOAN");
        assertThat(returned.getClosedAt().getSeconds()).isGreaterThan(returned.getDueAt().getSeconds());
        assertThat(world.as("clerk").listOverdueLoans(ListOverdueLoansRequest.newBuilder().setParent(parent()).build()).getLoansList())
                .isEmpty();
    }

    @Test
    @DisplayName("R-CF-4: an archive loan is renewed by the office manager before it is due; a same-day loan is never renewed")
    void renewal() {
        Loan archive = world.archiveLoanLent();
        Loan sameDay = world.ownerRecordLent();

        Loan renewed = world.as("manager").renewLoan(RenewLoanRequest.newBuilder().setName(archive.getName()).build()).getLoan();
        var refused = failure(() -> world.as("manager").renewLoan(RenewLoanRequest.newBuilder().setName(sameDay.getName()).build()));

        assertThat(renewed.getDueAt().getSeconds() - archive.getDueAt().getSeconds()).isEqualTo(Duration.ofDays(7).toSeconds());
        assertThat(refused.errorInfo()).map(ErrorInfo::getReason).contains("SAME_DAY_LOAN_NOT_RENEWABLE");
    }

    @Test
    @DisplayName("R-CF-4: a refused loan is closed and can no longer be lent")
    void refusal() {
        Loan loan = world.requested("head", world.ownerRecord(), LoanTerm.LOAN_TERM_SAME_DAY);

        Loan refused = world.as("manager").refuseLoan(org.propertydesk.adapters.grpc.v1.RefuseLoanRequest.newBuilder()
                .setName(loan.getName()).build()).getLoan();
        var lend = failure(() -> world.lent(refused));

        assertThat(refused.getStatus()).isEqualTo(LoanStatus.LOAN_STATUS_REFUSED);
        assertThat(lend.errorInfo()).map(ErrorInfo::getReason).contains("LOAN_NOT_IN_STATE");
    }

    @Test
    @DisplayName("loans are listed as out, or by borrower whatever their state, a page at a time")
    void listLoans() {
        Loan out = world.ownerRecordLent();
        Loan requested = world.requested("head", world.ownerRecord(), LoanTerm.LOAN_TERM_SAME_DAY);

        var outNow = world.as("clerk").listLoans(ListLoansRequest.newBuilder().setParent(parent()).build());
        var page1 = world.as("clerk").listLoans(ListLoansRequest.newBuilder().setParent(parent())
                .setBorrower(staffName(world.head)).setPageSize(1).build());
        var page2 = world.as("clerk").listLoans(ListLoansRequest.newBuilder().setParent(parent())
                .setBorrower(staffName(world.head)).setPageSize(1).setPageToken(page1.getNextPageToken()).build());
        var otherListing = failure(() -> world.as("clerk").listLoans(ListLoansRequest.newBuilder().setParent(parent())
                .setPageToken(page1.getNextPageToken()).build()));

        assertThat(outNow.getLoansList()).extracting(Loan::getName).containsExactly(out.getName());
        assertThat(page1.getLoansList()).extracting(Loan::getName).containsExactly(out.getName());
        assertThat(page2.getLoansList()).extracting(Loan::getName).containsExactly(requested.getName());
        assertThat(page2.getNextPageToken()).isEmpty();
        assertThat(otherListing.badFields()).containsExactly("page_token");
    }

    // ---- originals and departure -----------------------------------------------------------------

    @Test
    @DisplayName("R-CF-5: an original handed out for a task is overdue 24 h after the task is done, and listed so until it is back")
    void originalBackWithin24Hours() {
        TaskCustody out = world.originalOut();

        TaskCustody done = world.as("assistant").completeTask(CompleteTaskRequest.newBuilder().setName(out.getName())
                .setEtag(out.getEtag()).build()).getTaskCustody();
        world.clock.advance(Duration.ofHours(25));
        var overdue = world.as("clerk").listOverdueOriginals(ListOverdueOriginalsRequest.newBuilder().setParent(parent()).build());
        TaskCustody back = world.as("assistant").returnOriginal(ReturnOriginalRequest.newBuilder().setName(out.getName()).build())
                .getTaskCustody();
        var twice = failure(() -> world.as("assistant").returnOriginal(ReturnOriginalRequest.newBuilder().setName(out.getName()).build()));

        assertThat(out.getHolder()).isEqualTo(staffName(world.assistant));
        assertThat(lastAuditOf("original.hand-out")).isEqualTo("GRANTED");
        assertThat(done.getStatus()).isEqualTo(TaskCustodyStatus.TASK_CUSTODY_STATUS_TASK_DONE);
        assertThat(overdue.getTaskCustodiesList()).extracting(TaskCustody::getName).containsExactly(out.getName());
        assertThat(back.getStatus()).isEqualTo(TaskCustodyStatus.TASK_CUSTODY_STATUS_RETURNED);
        assertThat(twice.errorInfo()).map(ErrorInfo::getReason).contains("CUSTODY_NOT_IN_STATE");
    }

    private String lastAuditOf(String action) {
        return world.audit.entries(RecordsWorld.OFFICE).filter(entry -> entry.event().action().equals(action)).last().event().outcome().name();
    }

    @Test
    @DisplayName("R-CF-10: a departure is refused while the leaver keeps documents, and is recorded once they are handed over; the duty of secrecy binds on")
    void departure() {
        DocumentSummary record = world.registered("assistant", DocumentKind.DOCUMENT_KIND_INTERNAL_DOCUMENT, "front-desk log");
        RecordDepartureRequest leaving = RecordDepartureRequest.newBuilder().setStaff(staffName(world.assistant)).setKeyPosition(true).build();

        var stillKeeps = failure(() -> world.as("manager").recordDeparture(leaving));
        var notEntitled = failure(() -> world.as("assistant").recordDeparture(leaving));
        world.as("assistant").handOverDocument(HandOverDocumentRequest.newBuilder().setName(record.getName())
                .setTo(staffName(world.clerk)).build());
        var duty = world.as("manager").recordDeparture(leaving).getSecrecyDuty();

        assertThat(stillKeeps.code()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(preconditions(stillKeeps).getViolationsList()).extracting(PreconditionFailure.Violation::getType)
                .containsExactly("STILL_CUSTODIAN");
        assertThat(notEntitled.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(notEntitled.errorInfo()).map(ErrorInfo::getReason).contains("NOT_ENTITLED_TO_RECORD_DEPARTURE");
        assertThat(duty.getStaff()).isEqualTo(staffName(world.assistant));
        assertThat(duty.hasMadePublicAt()).isFalse();
    }

    @Test
    @DisplayName("a hand-over to someone the office does not have is NOT_FOUND naming the staff member")
    void handOverToUnknown() {
        DocumentSummary record = world.ownerRecord();
        String unknown = parent() + "/staff/00000000-0000-0000-0000-0000000000ff";

        var failure = failure(() -> world.as("clerk").handOverDocument(HandOverDocumentRequest.newBuilder()
                .setName(record.getName()).setTo(unknown).build()));

        assertThat(failure.code()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(failure.resourceInfo()).hasValueSatisfying(info -> assertThat(info.getResourceName()).isEqualTo(unknown));
    }

    @Test
    @DisplayName("an access of no kind and a disposal of an unknown number are INVALID_ARGUMENT naming the field")
    void unknownEnums() {
        DocumentSummary record = world.ownerRecord();

        var access = failure(() -> world.as("clerk").consultDocument(ConsultDocumentRequest.newBuilder().setName(record.getName()).build()));
        var disposal = failure(() -> world.as("manager").destroyDocument(DestroyDocumentRequest.newBuilder()
                .setName(record.getName()).setDisposalValue(9).build()));
        var loan = failure(() -> world.as("head").createLoan(CreateLoanRequest.newBuilder().setParent(parent()).build()));

        assertThat(access.badFields()).containsExactly("access");
        assertThat(disposal.badFields()).containsExactly("disposal");
        assertThat(loan.badFields()).containsExactly("loan");
    }
}
