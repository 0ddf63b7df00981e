package org.propertydesk.adapters.grpc.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.adapters.grpc.complaint.ComplaintsOverGrpc.ASSISTANT;
import static org.propertydesk.adapters.grpc.complaint.ComplaintsOverGrpc.HEAD;
import static org.propertydesk.adapters.grpc.complaint.ComplaintsOverGrpc.MANAGER;
import static org.propertydesk.adapters.grpc.complaint.ComplaintsOverGrpc.OFFICE;
import static org.propertydesk.adapters.grpc.complaint.ComplaintsOverGrpc.SUPERVISOR;
import static org.propertydesk.adapters.grpc.complaint.ComplaintsOverGrpc.failure;

import com.google.protobuf.Timestamp;
import com.google.rpc.PreconditionFailure;
import io.grpc.Status;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.propertydesk.adapters.grpc.InProcessDesk.Failure;
import org.propertydesk.adapters.grpc.kernel.GrpcErrors;
import org.propertydesk.adapters.grpc.v1.AdvanceComplaintRequest;
import org.propertydesk.adapters.grpc.v1.ApproveComplaintCommitmentRequest;
import org.propertydesk.adapters.grpc.v1.Complaint;
import org.propertydesk.adapters.grpc.v1.ComplaintAction;
import org.propertydesk.adapters.grpc.v1.ComplaintAsk;
import org.propertydesk.adapters.grpc.v1.ComplaintCause;
import org.propertydesk.adapters.grpc.v1.ComplaintClassification;
import org.propertydesk.adapters.grpc.v1.ComplaintClassificationType;
import org.propertydesk.adapters.grpc.v1.ComplaintCommunicativeKind;
import org.propertydesk.adapters.grpc.v1.ComplaintDepartment;
import org.propertydesk.adapters.grpc.v1.ComplaintDueState;
import org.propertydesk.adapters.grpc.v1.ComplaintEscalationTrigger;
import org.propertydesk.adapters.grpc.v1.ComplaintIntake;
import org.propertydesk.adapters.grpc.v1.ComplaintProcedureStep;
import org.propertydesk.adapters.grpc.v1.ComplaintRepairUrgency;
import org.propertydesk.adapters.grpc.v1.ComplaintSubject;
import org.propertydesk.adapters.grpc.v1.ComplaintTarget;
import org.propertydesk.adapters.grpc.v1.ComplaintUtility;
import org.propertydesk.adapters.grpc.v1.CorrectComplaintClassificationRequest;
import org.propertydesk.adapters.grpc.v1.DetermineResponsibleDepartmentRequest;
import org.propertydesk.adapters.grpc.v1.EscalateOverdueComplaintsRequest;
import org.propertydesk.adapters.grpc.v1.EscalateOverdueComplaintsResponse;
import org.propertydesk.adapters.grpc.v1.GetComplaintHandledRateRequest;
import org.propertydesk.adapters.grpc.v1.GetComplaintRequest;
import org.propertydesk.adapters.grpc.v1.ListComplaintsRequest;
import org.propertydesk.adapters.grpc.v1.ListComplaintsResponse;
import org.propertydesk.adapters.grpc.v1.ListRecurringProblemsRequest;
import org.propertydesk.adapters.grpc.v1.RecordComplaintReturnVisitRequest;
import org.propertydesk.adapters.grpc.v1.RecurringProblem;
import org.propertydesk.adapters.grpc.v1.ReferComplaintRequest;
import org.propertydesk.adapters.grpc.v1.RegisterComplaintRequest;
import org.propertydesk.adapters.grpc.v1.ReplyToComplaintRequest;
import org.propertydesk.adapters.grpc.v1.SuggestComplaintClassificationRequest;
import org.propertydesk.adapters.grpc.v1.SuggestComplaintClassificationResponse;
import org.propertydesk.adapters.grpc.v1.WaitForResidentRequest;
import org.propertydesk.testkit.complaint.ComplaintOffice;

/**
 * Every RPC of {@code ComplaintService} over an in-process channel: what it does, and the
 * INVALID_ARGUMENT, FAILED_PRECONDITION and PERMISSION_DENIED answers it gives, with their details
 * decoded. NOT_FOUND, ABORTED, other offices, missing credentials and request ids are checked for
 * every RPC at once in {@link ComplaintServiceErrorModelTest}.
 */
@DisplayName("ComplaintService over gRPC")
class ComplaintServiceTest {

    private final ComplaintsOverGrpc desk = new ComplaintsOverGrpc();

    @AfterEach
    void close() throws InterruptedException {
        desk.close();
    }

    private static Timestamp shanghai(String local) {
        return org.propertydesk.adapters.grpc.kernel.ProtoValues.timestamp(ComplaintOffice.shanghai(local));
    }

    /** A refusal by rules: the code, the first reason and rule in ErrorInfo, and every reason in PreconditionFailure. */
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

    private static List<String> events(Complaint complaint) {
        return complaint.getHistoryList().stream().map(entry -> entry.getEvent()).toList();
    }

    @Nested
    @DisplayName("RegisterComplaint")
    class Register {

        @Test
        @DisplayName("R-CO-1, R-CO-4, R-CO-9: a venting complaint is recorded as communicative at its first step, its 24 h answer target running")
        void venting() {
            Complaint complaint = desk.vented();

            assertThat(complaint.getName()).startsWith(OFFICE + "/complaints/");
            assertThat(complaint.getComplainant()).isEqualTo("3-1201");
            assertThat(complaint.getClassification()).isEqualTo(ComplaintClassification.newBuilder()
                    .setType(ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_COMMUNICATIVE)
                    .setCommunicativeKind(ComplaintCommunicativeKind.COMPLAINT_COMMUNICATIVE_KIND_VENTING)
                    .build());
            assertThat(complaint.getStep()).isEqualTo(ComplaintProcedureStep.COMPLAINT_PROCEDURE_STEP_RECORDED);
            assertThat(complaint.getIntake()).isEqualTo(ComplaintsOverGrpc.venting());
            assertThat(complaint.getRegisterTime()).isEqualTo(shanghai("2026-03-10T10:00"));
            assertThat(complaint.getTargetsList()).singleElement().satisfies(target -> {
                assertThat(target.getTarget()).isEqualTo(ComplaintTarget.COMPLAINT_TARGET_ANSWER);
                assertThat(target.getDueTime()).isEqualTo(shanghai("2026-03-11T10:00"));
                assertThat(target.getState()).isEqualTo(ComplaintDueState.COMPLAINT_DUE_STATE_ON_TIME);
            });
            assertThat(complaint.getEtag()).isEqualTo("v0");
            assertThat(complaint.getHistoryList()).singleElement().satisfies(entry -> {
                assertThat(entry.getEvent()).isEqualTo("REGISTERED");
                assertThat(entry.getActor()).isEqualTo(OFFICE + "/staff/" + ComplaintOffice.ASSISTANT.id());
            });
        }

        @Test
        @DisplayName("R-CO-1: the company at fault makes it effective, about its subject; a utility's fault stays communicative")
        void effectiveAndUtility() {
            assertThat(desk.register(ComplaintsOverGrpc.companyFailure()).getClassification()).isEqualTo(ComplaintClassification.newBuilder()
                    .setType(ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_EFFECTIVE)
                    .setSubject(ComplaintSubject.COMPLAINT_SUBJECT_EQUIPMENT_REPAIR)
                    .build());
            Complaint outage = desk.register(ComplaintsOverGrpc.venting().toBuilder()
                    .setCause(ComplaintCause.COMPLAINT_CAUSE_MUNICIPAL_UTILITY)
                    .setUtility(ComplaintUtility.COMPLAINT_UTILITY_WATER)
                    .setAsk(ComplaintAsk.COMPLAINT_ASK_ANSWER_OR_SUGGESTION)
                    .build());
            assertThat(outage.getClassification().getType()).isEqualTo(ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_COMMUNICATIVE);
            assertThat(outage.getIntake().getUtility()).isEqualTo(ComplaintUtility.COMPLAINT_UTILITY_WATER);
        }

        @Test
        @DisplayName("R-CO-4, R-CO-7: an important urgent repair is reported at once and held to its on-site target first")
        void importantRepair() {
            Complaint burst = desk.register(ComplaintsOverGrpc.venting().toBuilder()
                    .setSubject(ComplaintSubject.COMPLAINT_SUBJECT_EQUIPMENT_REPAIR)
                    .setAsk(ComplaintAsk.COMPLAINT_ASK_HELP)
                    .setRepairUrgency(ComplaintRepairUrgency.COMPLAINT_REPAIR_URGENCY_URGENT)
                    .setImportant(true)
                    .build());

            assertThat(events(burst)).containsExactly("REGISTERED", "IMPORTANT_COMPLAINT_REPORTED");
            assertThat(burst.getTargetsList().get(0).getTarget()).isEqualTo(ComplaintTarget.COMPLAINT_TARGET_REPAIR_ON_SITE);
            assertThat(burst.getTargetsList().get(0).getDueTime()).isEqualTo(shanghai("2026-03-10T10:15"));
        }

        @Test
        @DisplayName("R-CO-5: the same complainant raising the same matter again is escalated at registration")
        void raisedAgain() {
            RegisterComplaintRequest first = desk.registration(ComplaintsOverGrpc.venting());
            Complaint earlier = desk.as(ASSISTANT).registerComplaint(first).getComplaint();
            desk.clock.advance(Duration.ofDays(2));

            Complaint again = desk.as(ASSISTANT).registerComplaint(first.toBuilder().setRequestId("again").build()).getComplaint();

            assertThat(again.getClassification().getType()).isEqualTo(ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_EFFECTIVE);
            assertThat(again.getEscalationsList()).singleElement().satisfies(escalation -> {
                assertThat(escalation.getTrigger()).isEqualTo(ComplaintEscalationTrigger.COMPLAINT_ESCALATION_TRIGGER_RAISED_AGAIN);
                assertThat(escalation.getEarlierComplaint()).isEqualTo(earlier.getName());
            });
            assertThat(again.getEtag()).isEqualTo("v1");
        }

        @Test
        @DisplayName("R-CO-9: a blank complainant is FAILED_PRECONDITION naming the rule, and nothing is recorded")
        void blankComplainant() {
            RegisterComplaintRequest nobody = desk.registration(ComplaintsOverGrpc.venting());
            nobody = nobody.toBuilder().setComplaint(nobody.getComplaint().toBuilder().setComplainant("  ")).build();
            RegisterComplaintRequest request = nobody;

            assertRefused(failure(() -> desk.as(ASSISTANT).registerComplaint(request)), "MISSING_INTAKE_FACT", "R-CO-9");
            assertThat(desk.desk.handledRate(ComplaintOffice.OFFICE, ComplaintOffice.ASSISTANT.id()).total()).isZero();
        }

        @Test
        @DisplayName("malformed intake is INVALID_ARGUMENT naming every bad field at once")
        void malformed() {
            RegisterComplaintRequest request = RegisterComplaintRequest.newBuilder()
                    .setParent("offices/not-a-uuid")
                    .setComplaint(Complaint.newBuilder()
                            .setComplainant("3-\u0007")
                            .setIntake(ComplaintIntake.newBuilder()
                                    .setSubjectValue(99)
                                    .setLocation(" ")
                                    .setCause(ComplaintCause.COMPLAINT_CAUSE_COMPANY_FAILURE)
                                    .setUtility(ComplaintUtility.COMPLAINT_UTILITY_GAS)
                                    .setRepairUrgencyValue(-3)
                                    .setAccount("x".repeat(4001))))
                    .setRequestId("not an id!")
                    .build();

            assertInvalid(failure(() -> desk.as(ASSISTANT).registerComplaint(request)),
                    "parent", "complaint.complainant", "complaint.intake.subject", "complaint.intake.location",
                    "complaint.intake.utility", "complaint.intake.ask", "complaint.intake.repair_urgency",
                    "complaint.intake.account", "request_id");
        }

        @Test
        @DisplayName("a registration without the complaint, or without its intake, or a utility cause without the utility, is INVALID_ARGUMENT")
        void missingParts() {
            assertInvalid(failure(() -> desk.as(ASSISTANT).registerComplaint(RegisterComplaintRequest.newBuilder().setParent(OFFICE).build())),
                    "complaint");
            assertInvalid(failure(() -> desk.as(ASSISTANT).registerComplaint(RegisterComplaintRequest.newBuilder().setParent(OFFICE)
                    .setComplaint(Complaint.newBuilder().setComplainant("3-1201")).build())), "complaint.intake");
            assertInvalid(failure(() -> desk.as(ASSISTANT).registerComplaint(desk.registration(ComplaintsOverGrpc.venting().toBuilder()
                    .setCause(ComplaintCause.COMPLAINT_CAUSE_MUNICIPAL_UTILITY).build()))), "complaint.intake.utility");
        }
    }

    @Nested
    @DisplayName("GetComplaint")
    class Get {

        @Test
        @DisplayName("R-CO-4, R-CO-9: a complaint is read with its record and how its targets stand now")
        void reads() {
            Complaint registered = desk.vented();
            desk.clock.set(ComplaintOffice.shanghai("2026-03-11T07:00"));

            Complaint read = desk.as(SUPERVISOR).getComplaint(GetComplaintRequest.newBuilder().setName(registered.getName()).build())
                    .getComplaint();

            assertThat(read.toBuilder().clearTargets().clearDueState().build())
                    .isEqualTo(registered.toBuilder().clearTargets().clearDueState().build());
            assertThat(read.getDueState()).isEqualTo(ComplaintDueState.COMPLAINT_DUE_STATE_DUE_SOON);
            assertThat(read.getTargets(0).getTimeLeft()).isEqualTo(ComplaintWire.duration(Duration.ofHours(3)));
        }

        @Test
        @DisplayName("a malformed name is INVALID_ARGUMENT")
        void malformed() {
            assertInvalid(failure(() -> desk.as(ASSISTANT).getComplaint(GetComplaintRequest.newBuilder()
                    .setName(OFFICE + "/complaints/ABC").build())), "name");
        }
    }

    @Nested
    @DisplayName("ListComplaints")
    class ListQueue {

        @Test
        @DisplayName("R-CO-4: the work queue lists open complaints, the one due first leading, page by page")
        void queue() {
            Complaint question = desk.vented();
            desk.clock.advance(Duration.ofMinutes(30));
            Complaint burst = desk.register(ComplaintsOverGrpc.venting().toBuilder()
                    .setRepairUrgency(ComplaintRepairUrgency.COMPLAINT_REPAIR_URGENCY_URGENT).build());
            desk.clock.advance(Duration.ofMinutes(30));
            Complaint later = desk.vented();

            ListComplaintsResponse first = desk.as(ASSISTANT).listComplaints(ListComplaintsRequest.newBuilder()
                    .setParent(OFFICE).setPageSize(2).build());
            ListComplaintsResponse second = desk.as(ASSISTANT).listComplaints(ListComplaintsRequest.newBuilder()
                    .setParent(OFFICE).setPageSize(2).setPageToken(first.getNextPageToken()).build());

            assertThat(first.getComplaintsList()).extracting(Complaint::getName).containsExactly(burst.getName(), question.getName());
            assertThat(second.getComplaintsList()).extracting(Complaint::getName).containsExactly(later.getName());
            assertThat(second.getNextPageToken()).isEmpty();
        }

        @Test
        @DisplayName("R-CO-4: only what is overdue or due soon, when asked")
        void pressing() {
            Complaint burst = desk.register(ComplaintsOverGrpc.venting().toBuilder()
                    .setRepairUrgency(ComplaintRepairUrgency.COMPLAINT_REPAIR_URGENCY_URGENT).build());
            desk.vented();
            desk.clock.advance(Duration.ofMinutes(20));

            ListComplaintsResponse pressing = desk.as(ASSISTANT).listComplaints(ListComplaintsRequest.newBuilder()
                    .setParent(OFFICE).setOverdueOrDueSoonOnly(true).build());

            assertThat(pressing.getComplaintsList()).singleElement().satisfies(complaint -> {
                assertThat(complaint.getName()).isEqualTo(burst.getName());
                assertThat(complaint.getDueState()).isEqualTo(ComplaintDueState.COMPLAINT_DUE_STATE_OVERDUE);
            });
        }

        @Test
        @DisplayName("a negative page size or a token of another listing is INVALID_ARGUMENT")
        void badPaging() {
            desk.vented();
            desk.vented();
            String token = desk.as(ASSISTANT).listComplaints(ListComplaintsRequest.newBuilder().setParent(OFFICE).setPageSize(1).build())
                    .getNextPageToken();

            assertInvalid(failure(() -> desk.as(ASSISTANT).listComplaints(ListComplaintsRequest.newBuilder().setParent(OFFICE)
                    .setPageSize(-1).setPageToken(token).setOverdueOrDueSoonOnly(true).build())), "page_size", "page_token");
        }
    }

    @Nested
    @DisplayName("SuggestComplaintClassification")
    class Suggest {

        @Test
        @DisplayName("R-CO-1: a text blaming the company for uncleaned rubbish is proposed effective, about cleaning, with the words found")
        void suggests() {
            SuggestComplaintClassificationResponse answer = desk.as(ASSISTANT).suggestComplaintClassification(
                    SuggestComplaintClassificationRequest.newBuilder().setParent(OFFICE).setText("楼道垃圾三天没人清理").build());

            assertThat(answer.getSuggestion().getClassification()).isEqualTo(ComplaintClassification.newBuilder()
                    .setType(ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_EFFECTIVE)
                    .setSubject(ComplaintSubject.COMPLAINT_SUBJECT_CLEANING)
                    .build());
            assertThat(answer.getSuggestion().getEvidenceList()).anySatisfy(evidence -> {
                assertThat(evidence.getTerm()).isEqualTo("没人清理");
                assertThat(evidence.getLabelsList()).containsExactly("cause:COMPANY", "subject:CLEANING");
            });
        }

        @Test
        @DisplayName("R-CO-1: a text with no word of the lexicon gets no suggestion; an empty text is INVALID_ARGUMENT")
        void nothingFound() {
            assertThat(desk.as(ASSISTANT).suggestComplaintClassification(SuggestComplaintClassificationRequest.newBuilder()
                    .setParent(OFFICE).setText("zzz").build()).hasSuggestion()).isFalse();
            assertInvalid(failure(() -> desk.as(ASSISTANT).suggestComplaintClassification(SuggestComplaintClassificationRequest.newBuilder()
                    .setParent(OFFICE).build())), "text");
        }
    }

    @Nested
    @DisplayName("CorrectComplaintClassification")
    class Correct {

        private CorrectComplaintClassificationRequest toEffective(Complaint complaint) {
            return CorrectComplaintClassificationRequest.newBuilder()
                    .setName(complaint.getName())
                    .setClassification(ComplaintClassification.newBuilder()
                            .setType(ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_EFFECTIVE)
                            .setSubject(ComplaintSubject.COMPLAINT_SUBJECT_GREENING))
                    .setReason("the hedge was cut by our contractor without notice")
                    .setEtag(complaint.getEtag())
                    .build();
        }

        @Test
        @DisplayName("R-CO-1: a supervisor corrects the class with a reason; the procedure restarts and the history keeps both")
        void corrects() {
            Complaint corrected = desk.as(SUPERVISOR).correctComplaintClassification(toEffective(desk.vented())).getComplaint();

            assertThat(corrected.getClassification().getType()).isEqualTo(ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_EFFECTIVE);
            assertThat(corrected.getStep()).isEqualTo(ComplaintProcedureStep.COMPLAINT_PROCEDURE_STEP_RECORDED);
            assertThat(corrected.getEtag()).isEqualTo("v1");
            assertThat(corrected.getHistory(1).getSummary()).endsWith("without notice");
        }

        @Test
        @DisplayName("R-CO-1: an assistant may not correct a class: PERMISSION_DENIED naming the rule")
        void assistantDenied() {
            Complaint complaint = desk.vented();

            assertDenied(failure(() -> desk.as(ASSISTANT).correctComplaintClassification(toEffective(complaint))),
                    "CORRECTION_NEEDS_SUPERVISOR", "R-CO-1");
        }

        @Test
        @DisplayName("R-CO-1: no reason and no change of class is FAILED_PRECONDITION listing both reasons")
        void bothReasons() {
            Complaint complaint = desk.vented();
            CorrectComplaintClassificationRequest same = CorrectComplaintClassificationRequest.newBuilder()
                    .setName(complaint.getName())
                    .setClassification(complaint.getClassification())
                    .build();

            Failure refusal = failure(() -> desk.as(SUPERVISOR).correctComplaintClassification(same));

            assertRefused(refusal, "CORRECTION_NEEDS_REASON", "R-CO-1", "R-CO-1");
            assertThat(refusal.preconditionFailure().orElseThrow().getViolationsList()).extracting(PreconditionFailure.Violation::getType)
                    .containsExactly("CORRECTION_NEEDS_REASON", "NOTHING_TO_CORRECT");
        }

        @Test
        @DisplayName("a class without its type, or with the other class's field, is INVALID_ARGUMENT")
        void malformed() {
            Complaint complaint = desk.vented();
            assertInvalid(failure(() -> desk.as(SUPERVISOR).correctComplaintClassification(CorrectComplaintClassificationRequest.newBuilder()
                    .setName(complaint.getName()).setReason("x").build())), "classification");
            assertInvalid(failure(() -> desk.as(SUPERVISOR).correctComplaintClassification(CorrectComplaintClassificationRequest.newBuilder()
                    .setName(complaint.getName()).setReason("x")
                    .setClassification(ComplaintClassification.newBuilder().setSubject(ComplaintSubject.COMPLAINT_SUBJECT_GREENING)).build())),
                    "classification.type");
            assertInvalid(failure(() -> desk.as(SUPERVISOR).correctComplaintClassification(CorrectComplaintClassificationRequest.newBuilder()
                    .setName(complaint.getName()).setReason("x")
                    .setClassification(ComplaintClassification.newBuilder()
                            .setType(ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_COMMUNICATIVE)
                            .setSubject(ComplaintSubject.COMPLAINT_SUBJECT_GREENING)).build())),
                    "classification.communicative_kind", "classification.subject");
        }
    }

    @Nested
    @DisplayName("AdvanceComplaint")
    class Advance {

        @Test
        @DisplayName("R-CO-3: the communicative procedure's steps are taken in order, each in the history with who and when")
        void communicativeSteps() {
            Complaint checked = desk.paymentChecked();

            assertThat(checked.getStep()).isEqualTo(ComplaintProcedureStep.COMPLAINT_PROCEDURE_STEP_PAYMENT_STATUS_CHECKED);
            assertThat(events(checked)).containsExactly("REGISTERED", "STEP_TAKEN", "STEP_TAKEN", "PAYMENT_STATUS_CHECKED");
            assertThat(checked.getEtag()).isEqualTo("v2");
        }

        @Test
        @DisplayName("R-CO-3: closing a complaint just registered is FAILED_PRECONDITION: steps are taken in order")
        void closeTooEarly() {
            Complaint complaint = desk.vented();

            assertRefused(failure(() -> desk.advance(complaint, ComplaintAction.COMPLAINT_ACTION_CLOSE, ASSISTANT)),
                    "STEP_OUT_OF_ORDER", "R-CO-3");
        }

        @Test
        @DisplayName("R-CO-2: only a head of the responsible department goes to the scene; only that head leads the handling")
        void heads() {
            Complaint responsible = desk.engineeringResponsible();

            assertRefused(failure(() -> desk.advance(responsible, ComplaintAction.COMPLAINT_ACTION_HEAD_ON_SITE, SUPERVISOR)),
                    "NOT_HEAD_OF_DEPARTMENT", "R-CO-2");
            Complaint onSite = desk.advance(responsible, ComplaintAction.COMPLAINT_ACTION_HEAD_ON_SITE, HEAD);
            assertThat(onSite.getDepartmentHead()).isEqualTo(OFFICE + "/staff/" + ComplaintOffice.ENGINEERING_HEAD.id());
            assertDenied(failure(() -> desk.advance(onSite, ComplaintAction.COMPLAINT_ACTION_HEAD_HANDLES, ASSISTANT)),
                    "NOT_THE_RESPONSIBLE_HEAD", "R-CO-2");
            assertThat(desk.advance(onSite, ComplaintAction.COMPLAINT_ACTION_HEAD_HANDLES, HEAD).getTargetsList()).isEmpty();
        }

        @Test
        @DisplayName("R-CO-4: a repair step on a complaint without a repair is FAILED_PRECONDITION")
        void notARepair() {
            Complaint complaint = desk.vented();

            assertRefused(failure(() -> desk.advance(complaint, ComplaintAction.COMPLAINT_ACTION_REPAIRER_ON_SITE, ASSISTANT)),
                    "NOT_A_REPAIR", "R-CO-4");
        }

        @Test
        @DisplayName("an action left unspecified or unknown is INVALID_ARGUMENT")
        void noAction() {
            Complaint complaint = desk.vented();

            assertInvalid(failure(() -> desk.as(ASSISTANT).advanceComplaint(AdvanceComplaintRequest.newBuilder()
                    .setName(complaint.getName()).build())), "action");
            assertInvalid(failure(() -> desk.as(ASSISTANT).advanceComplaint(AdvanceComplaintRequest.newBuilder()
                    .setName(complaint.getName()).setActionValue(42).setEtag("seven").build())), "action", "etag");
        }
    }

    @Nested
    @DisplayName("DetermineResponsibleDepartment")
    class DetermineDepartment {

        @Test
        @DisplayName("R-CO-2: after its nature, an effective complaint gets its responsible department")
        void determines() {
            Complaint responsible = desk.engineeringResponsible();

            assertThat(responsible.getDepartment()).isEqualTo(ComplaintDepartment.COMPLAINT_DEPARTMENT_ENGINEERING);
            assertThat(responsible.getStep()).isEqualTo(ComplaintProcedureStep.COMPLAINT_PROCEDURE_STEP_DEPARTMENT_DETERMINED);
        }

        @Test
        @DisplayName("R-CO-3: a communicative complaint has no such step: FAILED_PRECONDITION")
        void notInCommunicative() {
            Complaint complaint = desk.vented();

            assertRefused(failure(() -> desk.as(ASSISTANT).determineResponsibleDepartment(DetermineResponsibleDepartmentRequest.newBuilder()
                    .setName(complaint.getName()).setDepartment(ComplaintDepartment.COMPLAINT_DEPARTMENT_GREENING).build())),
                    "STEP_OUT_OF_ORDER", "R-CO-3");
        }

        @Test
        @DisplayName("a department left unspecified is INVALID_ARGUMENT")
        void noDepartment() {
            Complaint complaint = desk.natureDetermined();

            assertInvalid(failure(() -> desk.as(ASSISTANT).determineResponsibleDepartment(DetermineResponsibleDepartmentRequest.newBuilder()
                    .setName(complaint.getName()).build())), "department");
        }
    }

    @Nested
    @DisplayName("ReferComplaint")
    class Refer {

        @Test
        @DisplayName("R-CO-3, R-CO-4: referred to a department after the payment check, the complaint counts as answered")
        void refers() {
            Complaint referred = desk.referred();

            assertThat(referred.getDepartment()).isEqualTo(ComplaintDepartment.COMPLAINT_DEPARTMENT_GREENING);
            assertThat(referred.getStep()).isEqualTo(ComplaintProcedureStep.COMPLAINT_PROCEDURE_STEP_REFERRED_OR_ANSWERED);
            assertThat(referred.getTargetsList()).isEmpty();
        }

        @Test
        @DisplayName("R-CO-3: before the payment check it is FAILED_PRECONDITION; an unknown department is INVALID_ARGUMENT")
        void tooEarly() {
            Complaint complaint = desk.vented();

            assertRefused(failure(() -> desk.as(ASSISTANT).referComplaint(ReferComplaintRequest.newBuilder()
                    .setName(complaint.getName()).setDepartment(ComplaintDepartment.COMPLAINT_DEPARTMENT_GREENING).build())),
                    "STEP_OUT_OF_ORDER", "R-CO-3");
            assertInvalid(failure(() -> desk.as(ASSISTANT).referComplaint(ReferComplaintRequest.newBuilder()
                    .setName(complaint.getName()).setDepartmentValue(12).build())), "department");
        }
    }

    @Nested
    @DisplayName("ReplyToComplaint")
    class Reply {

        @Test
        @DisplayName("R-CO-6: an assistant's promise waits for the office manager; a plain reply answers at once")
        void replies() {
            Complaint promised = desk.promised();
            assertThat(promised.getAwaitingApproval().getCommitment()).isEqualTo("replant the tree by Friday");
            assertThat(promised.getTargetsList()).extracting(target -> target.getTarget()).containsExactly(ComplaintTarget.COMPLAINT_TARGET_ANSWER);

            Complaint answered = desk.as(ASSISTANT).replyToComplaint(ReplyToComplaintRequest.newBuilder()
                    .setName(desk.vented().getName()).setText("已转绿化部门说明情况").build()).getComplaint();
            assertThat(answered.getTargetsList()).isEmpty();
            assertThat(events(answered)).containsExactly("REGISTERED", "REPLY_GIVEN");
        }

        @Test
        @DisplayName("R-CO-4, R-CO-6: a blank reply, or one while a promise waits, is FAILED_PRECONDITION")
        void refused() {
            Complaint promised = desk.promised();

            assertRefused(failure(() -> desk.as(ASSISTANT).replyToComplaint(ReplyToComplaintRequest.newBuilder()
                    .setName(desk.vented().getName()).build())), "BLANK_REPLY", "R-CO-4");
            assertRefused(failure(() -> desk.as(ASSISTANT).replyToComplaint(ReplyToComplaintRequest.newBuilder()
                    .setName(promised.getName()).setText("再等等").build())), "COMMITMENT_AWAITING_APPROVAL", "R-CO-6");
        }

        @Test
        @DisplayName("control characters or an oversized commitment are INVALID_ARGUMENT")
        void malformed() {
            Complaint complaint = desk.vented();

            assertInvalid(failure(() -> desk.as(ASSISTANT).replyToComplaint(ReplyToComplaintRequest.newBuilder()
                    .setName(complaint.getName()).setText("ok\u0000").setCommitment("y".repeat(1001)).build())), "text", "commitment");
        }
    }

    @Nested
    @DisplayName("ApproveComplaintCommitment")
    class Approve {

        @Test
        @DisplayName("R-CO-6: the office manager approves the waiting promise and the reply is given")
        void approves() {
            Complaint approved = desk.as(MANAGER).approveComplaintCommitment(ApproveComplaintCommitmentRequest.newBuilder()
                    .setName(desk.promised().getName()).build()).getComplaint();

            assertThat(approved.hasAwaitingApproval()).isFalse();
            assertThat(events(approved)).endsWith("COMMITMENT_APPROVED", "REPLY_GIVEN");
        }

        @Test
        @DisplayName("R-CO-6: a supervisor may not approve (PERMISSION_DENIED); nothing waiting is FAILED_PRECONDITION")
        void refused() {
            Complaint promised = desk.promised();

            assertDenied(failure(() -> desk.as(SUPERVISOR).approveComplaintCommitment(ApproveComplaintCommitmentRequest.newBuilder()
                    .setName(promised.getName()).build())), "COMMITMENT_NEEDS_OFFICE_MANAGER", "R-CO-6");
            assertRefused(failure(() -> desk.as(MANAGER).approveComplaintCommitment(ApproveComplaintCommitmentRequest.newBuilder()
                    .setName(desk.vented().getName()).build())), "NO_COMMITMENT_AWAITING_APPROVAL", "R-CO-6");
        }
    }

    @Nested
    @DisplayName("RecordComplaintReturnVisit")
    class ReturnVisit {

        @Test
        @DisplayName("R-CO-3, R-CO-7: satisfied at the return visit, the complaint may close and leaves the queue")
        void satisfiedThenClosed() {
            Complaint visited = desk.as(ASSISTANT).recordComplaintReturnVisit(RecordComplaintReturnVisitRequest.newBuilder()
                    .setName(desk.referred().getName()).setSatisfied(true).build()).getComplaint();
            Complaint closed = desk.advance(visited, ComplaintAction.COMPLAINT_ACTION_CLOSE, ASSISTANT);

            assertThat(closed.getClosed()).isTrue();
            assertThat(closed.getDueState()).isEqualTo(ComplaintDueState.COMPLAINT_DUE_STATE_UNSPECIFIED);
            assertThat(desk.as(ASSISTANT).listComplaints(ListComplaintsRequest.newBuilder().setParent(OFFICE).build()).getComplaintsList())
                    .isEmpty();
            assertRefused(failure(() -> desk.advance(closed, ComplaintAction.COMPLAINT_ACTION_CLOSE, ASSISTANT)), "COMPLAINT_CLOSED", "R-CO-7");
        }

        @Test
        @DisplayName("R-CO-5: dissatisfied, a communicative complaint escalates to the effective procedure with that trigger")
        void dissatisfied() {
            Complaint escalated = desk.as(ASSISTANT).recordComplaintReturnVisit(RecordComplaintReturnVisitRequest.newBuilder()
                    .setName(desk.referred().getName()).setSatisfied(false).build()).getComplaint();

            assertThat(escalated.getClassification().getType()).isEqualTo(ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_EFFECTIVE);
            assertThat(escalated.getStep()).isEqualTo(ComplaintProcedureStep.COMPLAINT_PROCEDURE_STEP_RECORDED);
            assertThat(escalated.getEscalations(0).getTrigger())
                    .isEqualTo(ComplaintEscalationTrigger.COMPLAINT_ESCALATION_TRIGGER_DISSATISFIED_AT_RETURN_VISIT);
        }

        @Test
        @DisplayName("R-CO-3: a return visit before the complaint was answered is FAILED_PRECONDITION")
        void tooEarly() {
            Complaint complaint = desk.vented();

            assertRefused(failure(() -> desk.as(ASSISTANT).recordComplaintReturnVisit(RecordComplaintReturnVisitRequest.newBuilder()
                    .setName(complaint.getName()).setSatisfied(true).build())), "STEP_OUT_OF_ORDER", "R-CO-3");
        }
    }

    @Nested
    @DisplayName("WaitForResident")
    class Wait {

        @Test
        @DisplayName("R-CO-4: the repair clocks pause while the desk waits for the resident, and run again after")
        void pausesRepairClocks() {
            Complaint burst = desk.register(ComplaintsOverGrpc.venting().toBuilder()
                    .setRepairUrgency(ComplaintRepairUrgency.COMPLAINT_REPAIR_URGENCY_URGENT).build());
            desk.clock.advance(Duration.ofMinutes(5));
            Complaint waiting = desk.as(ASSISTANT).waitForResident(WaitForResidentRequest.newBuilder()
                    .setName(burst.getName()).setReason("not at home").build()).getComplaint();
            assertThat(waiting.getWaitingForResidentSince()).isEqualTo(shanghai("2026-03-10T10:05"));
            desk.clock.advance(Duration.ofMinutes(60));

            Complaint available = desk.advance(waiting, ComplaintAction.COMPLAINT_ACTION_RESIDENT_AVAILABLE, ASSISTANT);

            assertThat(available.hasWaitingForResidentSince()).isFalse();
            assertThat(available.getTargetsList()).filteredOn(target -> target.getTarget() == ComplaintTarget.COMPLAINT_TARGET_REPAIR_ON_SITE)
                    .singleElement().satisfies(target -> assertThat(target.getDueTime()).isEqualTo(shanghai("2026-03-10T11:15")));
        }

        @Test
        @DisplayName("R-CO-4: waiting twice is FAILED_PRECONDITION; a wait without a reason is INVALID_ARGUMENT")
        void refused() {
            Complaint complaint = desk.vented();
            desk.as(ASSISTANT).waitForResident(WaitForResidentRequest.newBuilder().setName(complaint.getName()).setReason("away").build());

            assertRefused(failure(() -> desk.as(ASSISTANT).waitForResident(WaitForResidentRequest.newBuilder()
                    .setName(complaint.getName()).setReason("still away").build())), "ALREADY_WAITING_FOR_RESIDENT", "R-CO-4");
            assertInvalid(failure(() -> desk.as(ASSISTANT).waitForResident(WaitForResidentRequest.newBuilder()
                    .setName(complaint.getName()).setReason("\t").build())), "reason");
        }
    }

    @Nested
    @DisplayName("EscalateOverdueComplaints")
    class Escalate {

        @Test
        @DisplayName("R-CO-5: a venting complaint whose 24 h answer target passed is escalated to effective, once, the missed deadline its trigger")
        void ventingEscalatedAfterMissedDeadline() {
            Complaint venting = desk.vented();
            desk.clock.set(ComplaintOffice.shanghai("2026-03-11T09:00"));
            Complaint fresh = desk.vented();
            desk.clock.set(ComplaintOffice.shanghai("2026-03-11T10:30"));
            assertThat(desk.as(ASSISTANT).getComplaint(GetComplaintRequest.newBuilder().setName(venting.getName()).build())
                    .getComplaint().getDueState()).isEqualTo(ComplaintDueState.COMPLAINT_DUE_STATE_OVERDUE);

            EscalateOverdueComplaintsResponse swept = desk.as(SUPERVISOR).escalateOverdueComplaints(
                    EscalateOverdueComplaintsRequest.newBuilder().setParent(OFFICE).build());

            assertThat(swept.getComplaintsList()).singleElement().satisfies(escalated -> {
                assertThat(escalated.getName()).isEqualTo(venting.getName());
                assertThat(escalated.getClassification()).isEqualTo(ComplaintClassification.newBuilder()
                        .setType(ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_EFFECTIVE)
                        .setSubject(ComplaintSubject.COMPLAINT_SUBJECT_GREENING)
                        .build());
                assertThat(escalated.getStep()).isEqualTo(ComplaintProcedureStep.COMPLAINT_PROCEDURE_STEP_RECORDED);
                assertThat(escalated.getEscalationsList()).singleElement().satisfies(escalation -> {
                    assertThat(escalation.getTrigger()).isEqualTo(ComplaintEscalationTrigger.COMPLAINT_ESCALATION_TRIGGER_DEADLINE_PASSED);
                    assertThat(escalation.getMissedTarget()).isEqualTo(ComplaintTarget.COMPLAINT_TARGET_ANSWER);
                    assertThat(escalation.getMissedDueTime()).isEqualTo(shanghai("2026-03-11T10:00"));
                    assertThat(escalation.getFromClassification().getCommunicativeKind())
                            .isEqualTo(ComplaintCommunicativeKind.COMPLAINT_COMMUNICATIVE_KIND_VENTING);
                });
                assertThat(escalated.getTargets(0).getDueTime()).isEqualTo(shanghai("2026-03-12T10:30"));
                assertThat(escalated.getHistoryList()).last().satisfies(entry -> {
                    assertThat(entry.getEvent()).isEqualTo("ESCALATED");
                    assertThat(entry.getActor()).isEmpty();
                });
            });
            assertThat(desk.as(SUPERVISOR).escalateOverdueComplaints(EscalateOverdueComplaintsRequest.newBuilder().setParent(OFFICE).build())
                    .getComplaintsList()).isEmpty();
            assertThat(desk.as(ASSISTANT).getComplaint(GetComplaintRequest.newBuilder().setName(fresh.getName()).build())
                    .getComplaint().getEscalationsList()).isEmpty();
        }

        @Test
        @DisplayName("a malformed parent or request id is INVALID_ARGUMENT")
        void malformed() {
            assertInvalid(failure(() -> desk.as(SUPERVISOR).escalateOverdueComplaints(EscalateOverdueComplaintsRequest.newBuilder()
                    .setParent(OFFICE + "/").setRequestId("x".repeat(65)).build())), "parent", "request_id");
        }
    }

    @Nested
    @DisplayName("ListRecurringProblems")
    class Recurring {

        @Test
        @DisplayName("R-CO-8: three complaints about the same subject at the same place within 30 days are a recurring problem")
        void recurring() {
            Complaint first = desk.vented();
            desk.clock.advance(Duration.ofDays(3));
            Complaint second = desk.vented();
            desk.clock.advance(Duration.ofDays(3));
            Complaint third = desk.register(ComplaintsOverGrpc.venting().toBuilder().setLocation("  building 3 GARDEN ").build());

            RecurringProblem problem = desk.as(ASSISTANT).listRecurringProblems(ListRecurringProblemsRequest.newBuilder()
                    .setParent(OFFICE).build()).getRecurringProblems(0);

            assertThat(problem.getSubject()).isEqualTo(ComplaintSubject.COMPLAINT_SUBJECT_GREENING);
            assertThat(problem.getComplaintsList()).containsExactly(first.getName(), second.getName(), third.getName());
        }

        @Test
        @DisplayName("a page token of another listing is INVALID_ARGUMENT")
        void badToken() {
            assertInvalid(failure(() -> desk.as(ASSISTANT).listRecurringProblems(ListRecurringProblemsRequest.newBuilder()
                    .setParent(OFFICE).setPageToken("bm9wZQ").build())), "page_token");
        }
    }

    @Nested
    @DisplayName("GetComplaintHandledRate")
    class HandledRate {

        @Test
        @DisplayName("R-CO-7: the handled rate counts the closed complaints among all")
        void rate() {
            desk.vented();
            Complaint visited = desk.as(ASSISTANT).recordComplaintReturnVisit(RecordComplaintReturnVisitRequest.newBuilder()
                    .setName(desk.referred().getName()).setSatisfied(true).build()).getComplaint();
            desk.advance(visited, ComplaintAction.COMPLAINT_ACTION_CLOSE, ASSISTANT);

            var rate = desk.as(MANAGER).getComplaintHandledRate(GetComplaintHandledRateRequest.newBuilder()
                    .setName(OFFICE + "/complaintHandledRate").build()).getComplaintHandledRate();

            assertThat(Arrays.asList(rate.getClosedCount(), rate.getTotalCount())).containsExactly(1, 2);
            assertThat(rate.getComplete()).isFalse();
            assertThat(rate.getName()).isEqualTo(OFFICE + "/complaintHandledRate");
        }

        @Test
        @DisplayName("a name that is not the office's handled rate is INVALID_ARGUMENT")
        void malformed() {
            assertInvalid(failure(() -> desk.as(MANAGER).getComplaintHandledRate(GetComplaintHandledRateRequest.newBuilder()
                    .setName(OFFICE).build())), "name");
        }
    }
}
