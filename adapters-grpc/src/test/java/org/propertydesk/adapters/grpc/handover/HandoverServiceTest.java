package org.propertydesk.adapters.grpc.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.adapters.grpc.ServiceCalls.failure;
import static org.propertydesk.adapters.grpc.handover.FrontDeskOverGrpc.*;

import com.google.rpc.PreconditionFailure;
import io.grpc.Status;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.propertydesk.adapters.grpc.InProcessDesk.Failure;
import org.propertydesk.adapters.grpc.kernel.GrpcErrors;
import org.propertydesk.adapters.grpc.kernel.ProtoValues;
import org.propertydesk.adapters.grpc.v1.AnswerHandoverQuestionRequest;
import org.propertydesk.adapters.grpc.v1.ArriveForHandoverRequest;
import org.propertydesk.adapters.grpc.v1.AskHandoverQuestionRequest;
import org.propertydesk.adapters.grpc.v1.AskHandoverQuestionResponse;
import org.propertydesk.adapters.grpc.v1.BeginHandoverCountRequest;
import org.propertydesk.adapters.grpc.v1.CarryOverDutyMatterRequest;
import org.propertydesk.adapters.grpc.v1.CloseOutDutyMatterRequest;
import org.propertydesk.adapters.grpc.v1.CompleteHandoverPreparationRequest;
import org.propertydesk.adapters.grpc.v1.CountHandoverItemRequest;
import org.propertydesk.adapters.grpc.v1.CreateHandoverRequest;
import org.propertydesk.adapters.grpc.v1.CreateIncidentRequest;
import org.propertydesk.adapters.grpc.v1.DeclareIncomingUnfitRequest;
import org.propertydesk.adapters.grpc.v1.DutyLog;
import org.propertydesk.adapters.grpc.v1.DutyLogEntryDisposition;
import org.propertydesk.adapters.grpc.v1.DutyLogEntryKind;
import org.propertydesk.adapters.grpc.v1.EmergencyLevel;
import org.propertydesk.adapters.grpc.v1.GetDutyLogRequest;
import org.propertydesk.adapters.grpc.v1.GetHandoverRequest;
import org.propertydesk.adapters.grpc.v1.GetIncidentRequest;
import org.propertydesk.adapters.grpc.v1.Handover;
import org.propertydesk.adapters.grpc.v1.HandoverDepartment;
import org.propertydesk.adapters.grpc.v1.HandoverEquipmentStatus;
import org.propertydesk.adapters.grpc.v1.HandoverItem;
import org.propertydesk.adapters.grpc.v1.HandoverItemCondition;
import org.propertydesk.adapters.grpc.v1.HandoverPunctuality;
import org.propertydesk.adapters.grpc.v1.HandoverState;
import org.propertydesk.adapters.grpc.v1.Incident;
import org.propertydesk.adapters.grpc.v1.IncidentKind;
import org.propertydesk.adapters.grpc.v1.ListHandoversRequest;
import org.propertydesk.adapters.grpc.v1.ListOpenIncidentsRequest;
import org.propertydesk.adapters.grpc.v1.ListOpenIncidentsResponse;
import org.propertydesk.adapters.grpc.v1.LogDutyMatterRequest;
import org.propertydesk.adapters.grpc.v1.LogDutyMatterResponse;
import org.propertydesk.adapters.grpc.v1.NoteHandoverEquipmentRequest;
import org.propertydesk.adapters.grpc.v1.RefuseHandoverRequest;
import org.propertydesk.adapters.grpc.v1.ResolveIncidentRequest;
import org.propertydesk.adapters.grpc.v1.SettleHandoverRequest;
import org.propertydesk.adapters.grpc.v1.SignHandoverRequest;
import org.propertydesk.adapters.grpc.v1.SubstituteIncomingRequest;
import org.propertydesk.adapters.grpc.v1.WhoIsResponsibleForPostRequest;

/** What each HandoverService RPC does for its callers, and the rules it answers with. */
@DisplayName("HandoverService")
class HandoverServiceTest {

    private final FrontDeskOverGrpc office = new FrontDeskOverGrpc();

    @AfterEach
    void close() throws InterruptedException {
        office.close();
    }

    private static void assertRejected(Failure failure, Status.Code code, String reason, String... ruleIds) {
        assertThat(failure.code()).isEqualTo(code);
        assertThat(failure.errorInfo().orElseThrow().getReason()).isEqualTo(reason);
        assertThat(failure.errorInfo().orElseThrow().getDomain()).isEqualTo(GrpcErrors.DOMAIN);
        assertThat(failure.errorInfo().orElseThrow().getMetadataMap()).containsEntry(GrpcErrors.RULE_ID, ruleIds[0])
                .containsEntry(GrpcErrors.RULE_IDS, String.join(",", ruleIds));
    }

    private static List<String> violations(Failure failure) {
        return failure.preconditionFailure().orElseThrow().getViolationsList().stream()
                .map(violation -> violation.getSubject() + " " + violation.getType()).collect(Collectors.toList());
    }

    @Nested
    @DisplayName("GetDutyLog, LogDutyMatter, CloseOutDutyMatter, CarryOverDutyMatter")
    class DutyLogs {

        @Test
        @DisplayName("a post nothing was logged on has an empty log at v0")
        void emptyLog() {
            DutyLog log = office.as("sun").getDutyLog(GetDutyLogRequest.newBuilder().setName(dutyLog()).build()).getDutyLog();

            assertThat(log.getName()).isEqualTo(dutyLog());
            assertThat(log.getPost()).isEqualTo(post(FRONT_DESK));
            assertThat(log.getEntriesCount()).isZero();
            assertThat(log.getEtag()).isEqualTo("v0");
        }

        @Test
        @DisplayName("R-HO-1, R-HO-2: a logged matter keeps cause, course and result; a major matter is on the hand-over sheet")
        void logsAMatter() {
            LogDutyMatterResponse logged = office.as("wang").logDutyMatter(LogDutyMatterRequest.newBuilder().setParent(dutyLog())
                    .setKind(DutyLogEntryKind.DUTY_LOG_ENTRY_KIND_MAJOR_MATTER).setCause("lift 3 stuck")
                    .setCourse("engineering called, residents freed").setResult("lift out of service").setEtag("v0").build());

            assertThat(logged.getEntry()).startsWith(dutyLog() + "/entries/");
            assertThat(logged.getDutyLog().getEtag()).isEqualTo("v1");
            var entry = logged.getDutyLog().getEntries(0);
            assertThat(entry.getName()).isEqualTo(logged.getEntry());
            assertThat(List.of(entry.getCause(), entry.getCourse(), entry.getResult()))
                    .containsExactly("lift 3 stuck", "engineering called, residents freed", "lift out of service");
            assertThat(entry.getDisposition()).isEqualTo(DutyLogEntryDisposition.DUTY_LOG_ENTRY_DISPOSITION_CLOSED_OUT);
            assertThat(entry.getAuthor()).isEqualTo(staffName(WANG_NIGHT));
            assertThat(entry.getOnHandOverSheet()).isTrue();
        }

        @Test
        @DisplayName("R-HO-1: a matter without cause, course and result is FAILED_PRECONDITION naming all three")
        void causeCourseResult() {
            Failure failure = failure(() -> office.as("wang").logDutyMatter(LogDutyMatterRequest.newBuilder().setParent(dutyLog())
                    .setKind(DutyLogEntryKind.DUTY_LOG_ENTRY_KIND_ROUTINE).setCause(" ").build()));

            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "MISSING_CAUSE", "R-HO-1");
            assertThat(violations(failure)).containsExactly("R-HO-1 MISSING_CAUSE", "R-HO-1 MISSING_COURSE", "R-HO-1 MISSING_RESULT");
        }

        @Test
        @DisplayName("a kind the API does not define, control characters and a text over 2000 characters are INVALID_ARGUMENT")
        void malformedMatter() {
            Failure failure = failure(() -> office.as("wang").logDutyMatter(LogDutyMatterRequest.newBuilder().setParent(dutyLog())
                    .setKindValue(99).setCause("bell\u0007").setCourse("x".repeat(2001)).setResult("ok").build()));

            assertThat(failure.badFields()).containsExactly("kind", "cause", "course");
        }

        @Test
        @DisplayName("R-HO-8: an open matter is closed out once; closing it again is FAILED_PRECONDITION")
        void closedOutOnce() {
            LogDutyMatterResponse open = HandoverServiceContractTest.openMatter(office);

            DutyLog closed = office.as("wang").closeOutDutyMatter(CloseOutDutyMatterRequest.newBuilder().setName(open.getEntry())
                    .setResult("pipe replaced").build()).getDutyLog();
            Failure again = failure(() -> office.as("wang").closeOutDutyMatter(CloseOutDutyMatterRequest.newBuilder()
                    .setName(open.getEntry()).setResult("pipe replaced twice").build()));

            assertThat(closed.getEntries(0).getDisposition()).isEqualTo(DutyLogEntryDisposition.DUTY_LOG_ENTRY_DISPOSITION_CLOSED_OUT);
            assertThat(closed.getEntries(0).getResult()).isEqualTo("pipe replaced");
            assertRejected(again, Status.Code.FAILED_PRECONDITION, "ENTRY_ALREADY_SETTLED", "R-HO-8");
        }

        @Test
        @DisplayName("R-HO-8: a matter carried over needs a reason, and is then on the hand-over sheet")
        void carriedOverWithReason() {
            LogDutyMatterResponse open = HandoverServiceContractTest.openMatter(office);

            Failure noReason = failure(() -> office.as("wang").carryOverDutyMatter(CarryOverDutyMatterRequest.newBuilder()
                    .setName(open.getEntry()).build()));
            DutyLog carried = office.as("wang").carryOverDutyMatter(CarryOverDutyMatterRequest.newBuilder().setName(open.getEntry())
                    .setReason("the plumber comes at 09:00").build()).getDutyLog();

            assertRejected(noReason, Status.Code.FAILED_PRECONDITION, "CARRY_OVER_WITHOUT_REASON", "R-HO-8");
            assertThat(carried.getEntries(0).getDisposition()).isEqualTo(DutyLogEntryDisposition.DUTY_LOG_ENTRY_DISPOSITION_CARRIED_OVER);
            assertThat(carried.getEntries(0).getCarryOverReason()).isEqualTo("the plumber comes at 09:00");
            assertThat(carried.getEntries(0).getOnHandOverSheet()).isTrue();
        }

        @Test
        @DisplayName("a matter on a post with no log is NOT_FOUND under its name")
        void unknownMatter() {
            String entry = HandoverMessages.entryName(OFFICE, LOBBY, new org.propertydesk.domain.handover.EntryId(new java.util.UUID(5, 5)));

            Failure failure = failure(() -> office.as("wang").closeOutDutyMatter(CloseOutDutyMatterRequest.newBuilder()
                    .setName(entry).setResult("done").build()));

            assertThat(failure.code()).isEqualTo(Status.Code.NOT_FOUND);
            assertThat(failure.resourceInfo().orElseThrow().getResourceName()).isEqualTo(entry);
        }
    }

    @Nested
    @DisplayName("CreateHandover, GetHandover, ListHandovers, CompleteHandoverPreparation, ArriveForHandover")
    class Preparation {

        @Test
        @DisplayName("R-HO-4: Wang prepares 20 minutes ahead, in good time, for Li; the register is passed on")
        void prepares() {
            Handover prepared = office.prepared();

            assertThat(prepared.getState()).isEqualTo(HandoverState.HANDOVER_STATE_PREPARING);
            assertThat(prepared.getPost()).isEqualTo(post(FRONT_DESK));
            assertThat(prepared.getDepartment()).isEqualTo(HandoverDepartment.HANDOVER_DEPARTMENT_CUSTOMER_SERVICE);
            assertThat(prepared.getOutgoing()).isEqualTo(staffName(WANG_NIGHT));
            assertThat(prepared.getIncoming()).isEqualTo(staffName(LI_MORNING));
            assertThat(prepared.getShiftChangeTime()).isEqualTo(ProtoValues.timestamp(SHIFT_CHANGE));
            assertThat(prepared.getDutyLog()).isEqualTo(dutyLog());
            assertThat(prepared.getRegisterList()).containsExactlyElementsOf(REGISTER);
            assertThat(prepared.getPreparation().getPunctuality()).isEqualTo(HandoverPunctuality.HANDOVER_PUNCTUALITY_EARLY);
            assertThat(prepared.getPreparation().getBeforeShiftChange().getSeconds()).isEqualTo(20 * 60);
            assertThat(prepared.getEtag()).isEqualTo("v0");
            assertThat(office.as("sun").getHandover(GetHandoverRequest.newBuilder().setName(prepared.getName()).build()).getHandover())
                    .isEqualTo(prepared);
            assertThat(office.as("sun").listHandovers(ListHandoversRequest.newBuilder().setParent(office()).setPost(post(FRONT_DESK))
                    .build()).getHandoversList()).containsExactly(prepared);
        }

        @Test
        @DisplayName("R-HO-6: Li is not the outgoing person and may not prepare the handover: PERMISSION_DENIED")
        void onlyTheOutgoingPrepares() {
            office.at(20);

            Failure failure = failure(() -> office.as("li").createHandover(prepareRequest()));

            assertRejected(failure, Status.Code.PERMISSION_DENIED, "NOT_THE_OUTGOING", "R-HO-6");
        }

        @Test
        @DisplayName("R-HO-4: without a coming shift change on the post there is nothing to hand over")
        void noShiftChangeDue() {
            office.at(20);

            Failure failure = failure(() -> office.as("wang").createHandover(CreateHandoverRequest.newBuilder().setParent(office())
                    .setHandover(Handover.newBuilder().setPost(post(LOBBY))).build()));

            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "NO_SHIFT_CHANGE_DUE", "R-HO-4");
        }

        @Test
        @DisplayName("R-HO-5: a register with a line twice and a negative count is refused for both")
        void badRegister() {
            office.at(20);
            HandoverItem negative = RECEIPTS.toBuilder().setRegistered(-1).build();

            Failure failure = failure(() -> office.as("wang").createHandover(CreateHandoverRequest.newBuilder().setParent(office())
                    .setHandover(Handover.newBuilder().setPost(post(FRONT_DESK)).addRegister(RADIO).addRegister(RADIO).addRegister(negative))
                    .build()));

            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "DUPLICATE_REGISTER_LINE", "R-HO-5");
            assertThat(violations(failure)).containsExactly("R-HO-5 DUPLICATE_REGISTER_LINE", "R-HO-5 NEGATIVE_COUNT");
        }

        @Test
        @DisplayName("register lines without a UUID or a category the API defines are INVALID_ARGUMENT")
        void malformedRegister() {
            Failure failure = failure(() -> office.as("wang").createHandover(CreateHandoverRequest.newBuilder().setParent(office())
                    .setHandover(Handover.newBuilder().setPost(post(FRONT_DESK))
                            .addRegister(RADIO.toBuilder().setItemId("radio-2"))
                            .addRegister(RECEIPTS.toBuilder().setCategoryValue(42)))
                    .build()));

            assertThat(failure.badFields()).containsExactly("handover.register[0].item_id", "handover.register[1].category");
        }

        @Test
        @DisplayName("R-HO-4: Li arrives 3 minutes before the change, late, and it is recorded; arriving again is refused")
        void lateArrival() {
            Handover prepared = office.prepared();
            office.at(3);

            Handover arrived = office.as("li").arriveForHandover(ArriveForHandoverRequest.newBuilder().setName(prepared.getName()).build())
                    .getHandover();
            Failure again = failure(() -> office.as("li").arriveForHandover(ArriveForHandoverRequest.newBuilder()
                    .setName(prepared.getName()).build()));

            assertThat(arrived.getArrival().getPunctuality()).isEqualTo(HandoverPunctuality.HANDOVER_PUNCTUALITY_LATE);
            assertThat(arrived.getArrival().getBeforeShiftChange().getSeconds()).isEqualTo(180);
            assertRejected(again, Status.Code.FAILED_PRECONDITION, "ALREADY_ARRIVED", "R-HO-4");
        }

        @Test
        @DisplayName("R-HO-6: only the outgoing person completes the preparation; then the handover is ready")
        void completesPreparation() {
            Handover prepared = office.prepared();

            Failure failure = failure(() -> office.as("li").completeHandoverPreparation(CompleteHandoverPreparationRequest.newBuilder()
                    .setName(prepared.getName()).build()));
            Handover ready = office.as("wang").completeHandoverPreparation(CompleteHandoverPreparationRequest.newBuilder()
                    .setName(prepared.getName()).setEtag(prepared.getEtag()).build()).getHandover();

            assertRejected(failure, Status.Code.PERMISSION_DENIED, "NOT_THE_OUTGOING", "R-HO-6");
            assertThat(ready.getState()).isEqualTo(HandoverState.HANDOVER_STATE_READY);
            assertThat(ready.getEtag()).isEqualTo("v1");
        }
    }

    @Nested
    @DisplayName("BeginHandoverCount, DeclareIncomingUnfit, SubstituteIncoming, NoteHandoverEquipment")
    class Blockers {

        @Test
        @DisplayName("R-HO-3: every blocker is listed: the fire alarm, equipment starting, an open matter and an unfit incoming person")
        void everyBlockerIsListed() {
            HandoverServiceContractTest.openMatter(office);
            Handover prepared = office.prepared();
            office.fire();
            office.as("wang").noteHandoverEquipment(NoteHandoverEquipmentRequest.newBuilder().setName(prepared.getName())
                    .setEquipment("chiller 2").setStatus(HandoverEquipmentStatus.HANDOVER_EQUIPMENT_STATUS_STARTING_OR_STOPPING).build());
            Handover unfit = office.as("wang").declareIncomingUnfit(DeclareIncomingUnfitRequest.newBuilder().setName(prepared.getName())
                    .setSigns("smells of drink").build()).getHandover();
            office.as("wang").completeHandoverPreparation(CompleteHandoverPreparationRequest.newBuilder().setName(prepared.getName()).build());
            office.at(8);
            office.as("li").arriveForHandover(ArriveForHandoverRequest.newBuilder().setName(prepared.getName()).build());

            Failure failure = failure(() -> office.as("wang").beginHandoverCount(BeginHandoverCountRequest.newBuilder()
                    .setName(prepared.getName()).build()));

            assertThat(unfit.getUnfitness().getSigns()).isEqualTo("smells of drink");
            assertThat(unfit.getEquipmentChangingList()).containsExactly("chiller 2");
            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "OPEN_INCIDENT", "R-HO-3");
            assertThat(violations(failure)).containsExactly("R-HO-3 OPEN_INCIDENT", "R-HO-3 EQUIPMENT_STARTING_OR_STOPPING",
                    "R-HO-3 PREPARATION_INCOMPLETE", "R-HO-3 INCOMING_UNFIT");
        }

        @Test
        @DisplayName("R-HO-3: equipment that was not starting or stopping cannot become steady")
        void steadyNeedsChange() {
            Handover prepared = office.prepared();

            Failure failure = failure(() -> office.as("wang").noteHandoverEquipment(NoteHandoverEquipmentRequest.newBuilder()
                    .setName(prepared.getName()).setEquipment("chiller 2").setStatus(HandoverEquipmentStatus.HANDOVER_EQUIPMENT_STATUS_STEADY)
                    .build()));

            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "EQUIPMENT_NOT_CHANGING", "R-HO-3");
        }

        @Test
        @DisplayName("R-HO-3: a substitute takes an unfit person's place; the outgoing person is no substitute")
        void substitute() {
            Handover prepared = office.prepared();

            Failure failure = failure(() -> office.as("zhao").substituteIncoming(SubstituteIncomingRequest.newBuilder()
                    .setName(prepared.getName()).setSubstitute(staffName(WANG_NIGHT)).build()));
            Handover substituted = office.as("zhao").substituteIncoming(SubstituteIncomingRequest.newBuilder()
                    .setName(prepared.getName()).setSubstitute(staffName(CHEN_MANAGER)).build()).getHandover();

            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "NOT_A_SUBSTITUTE", "R-HO-3");
            assertThat(substituted.getIncoming()).isEqualTo(staffName(CHEN_MANAGER));
        }

        @Test
        @DisplayName("R-HO-5: the count does not begin before the incoming person arrives")
        void notArrived() {
            Handover prepared = office.prepared();
            office.as("wang").completeHandoverPreparation(CompleteHandoverPreparationRequest.newBuilder().setName(prepared.getName()).build());

            Failure failure = failure(() -> office.as("wang").beginHandoverCount(BeginHandoverCountRequest.newBuilder()
                    .setName(prepared.getName()).build()));

            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "INCOMING_NOT_ARRIVED", "R-HO-5");
        }

        @Test
        @DisplayName("R-HO-3: a count is not begun on a handover still being prepared")
        void wrongState() {
            Handover prepared = office.prepared();

            Failure failure = failure(() -> office.as("wang").beginHandoverCount(BeginHandoverCountRequest.newBuilder()
                    .setName(prepared.getName()).build()));

            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "NOT_ALLOWED_IN_STATE", "R-HO-3");
        }
    }

    @Nested
    @DisplayName("CountHandoverItem, AskHandoverQuestion, AnswerHandoverQuestion, RefuseHandover, SettleHandover, SignHandover")
    class Count {

        private CountHandoverItemRequest count(String handover, org.propertydesk.adapters.grpc.v1.HandoverItem item,
                HandoverItemCondition condition, int counted) {
            return CountHandoverItemRequest.newBuilder().setName(handover).setItemId(item.getItemId()).setCondition(condition)
                    .setCounted(counted).build();
        }

        @Test
        @DisplayName("R-HO-5: 18 receipts instead of 20 is refused until the outgoing person's verification is recorded")
        void registerMismatch() {
            Handover counting = office.inCount();

            Failure failure = failure(() -> office.as("li").countHandoverItem(
                    count(counting.getName(), RECEIPTS, HandoverItemCondition.HANDOVER_ITEM_CONDITION_PRESENT, 18)));
            Handover counted = office.as("li").countHandoverItem(count(counting.getName(), RECEIPTS,
                    HandoverItemCondition.HANDOVER_ITEM_CONDITION_PRESENT, 18).toBuilder()
                    .setExplanation("two receipts voided, stubs in the drawer").build()).getHandover();

            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "REGISTER_MISMATCH_NOT_VERIFIED", "R-HO-5");
            assertThat(counted.getCounts(0).getCounted()).isEqualTo(18);
            assertThat(counted.getCounts(0).getExplanation()).isEqualTo("two receipts voided, stubs in the drawer");
        }

        @Test
        @DisplayName("R-HO-5, R-HO-6: signing with items uncounted and a question unanswered is refused for both")
        void signingNeedsCountAndAnswers() {
            AskHandoverQuestionResponse asked = office.asked();

            Failure failure = failure(() -> office.as("wang").signHandover(SignHandoverRequest.newBuilder()
                    .setName(asked.getHandover().getName()).build()));

            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "UNCOUNTED_ITEMS", "R-HO-5", "R-HO-6");
            assertThat(violations(failure)).containsExactly("R-HO-5 UNCOUNTED_ITEMS", "R-HO-6 UNANSWERED_QUESTIONS");
        }

        @Test
        @DisplayName("R-HO-6: the question is Li's to ask and Wang's to answer; an unknown question is NOT_FOUND")
        void questionsAndAnswers() {
            AskHandoverQuestionResponse asked = office.asked();
            String handover = asked.getHandover().getName();

            Failure wangAsks = failure(() -> office.as("wang").askHandoverQuestion(AskHandoverQuestionRequest.newBuilder()
                    .setName(handover).setText("anything else?").build()));
            Failure liAnswers = failure(() -> office.as("li").answerHandoverQuestion(AnswerHandoverQuestionRequest.newBuilder()
                    .setName(asked.getQuestion()).setAnswer("never mind").build()));
            Failure unknown = failure(() -> office.as("wang").answerHandoverQuestion(AnswerHandoverQuestionRequest.newBuilder()
                    .setName(handover + "/questions/0000dead-0000-0000-0000-000000000001").setAnswer("?").build()));
            Handover answered = office.as("wang").answerHandoverQuestion(AnswerHandoverQuestionRequest.newBuilder()
                    .setName(asked.getQuestion()).setAnswer("with the sales office").build()).getHandover();

            assertThat(asked.getQuestion()).startsWith(handover + "/questions/");
            assertRejected(wangAsks, Status.Code.PERMISSION_DENIED, "NOT_THE_INCOMING", "R-HO-6");
            assertRejected(liAnswers, Status.Code.PERMISSION_DENIED, "NOT_THE_OUTGOING", "R-HO-6");
            assertThat(unknown.code()).isEqualTo(Status.Code.NOT_FOUND);
            assertThat(answered.getQuestions(0).getAnswer()).isEqualTo("with the sales office");
            assertThat(answered.getQuestions(0).getAnsweredBy()).isEqualTo(staffName(WANG_NIGHT));
        }

        @Test
        @DisplayName("R-HO-6: Li refuses over the unanswered question; it goes to Zhao, two versions on; Zhao's ruling resumes the count")
        void refusedAndSettled() {
            AskHandoverQuestionResponse asked = office.asked();
            Handover before = asked.getHandover();

            Handover escalated = office.as("li").refuseHandover(RefuseHandoverRequest.newBuilder()
                    .setName(before.getName()).setEtag(before.getEtag()).build()).getHandover();
            Failure wangSettles = failure(() -> office.as("wang").settleHandover(SettleHandoverRequest.newBuilder()
                    .setName(before.getName()).setRuling("it is fine").build()));
            Handover settled = office.as("zhao").settleHandover(SettleHandoverRequest.newBuilder().setName(before.getName())
                    .setEtag(escalated.getEtag()).setRuling("the third key is with the sales office").build()).getHandover();

            assertThat(escalated.getState()).isEqualTo(HandoverState.HANDOVER_STATE_ESCALATED);
            assertThat(escalated.getEscalatedTo()).isEqualTo(staffName(ZHAO_SUPERVISOR));
            assertThat(org.propertydesk.adapters.grpc.kernel.Etags.parse(escalated.getEtag()).get())
                    .isEqualTo(org.propertydesk.adapters.grpc.kernel.Etags.parse(before.getEtag()).get() + 2);
            assertRejected(wangSettles, Status.Code.PERMISSION_DENIED, "NOT_THE_SUPERIOR", "R-HO-6");
            assertThat(settled.getState()).isEqualTo(HandoverState.HANDOVER_STATE_IN_COUNT);
            assertThat(settled.getQuestions(0).getAnsweredBy()).isEqualTo(staffName(ZHAO_SUPERVISOR));
        }

        @Test
        @DisplayName("R-HO-6: with every question answered there is nothing to refuse")
        void nothingToRefuse() {
            Handover counting = office.inCount();

            Failure failure = failure(() -> office.as("li").refuseHandover(RefuseHandoverRequest.newBuilder()
                    .setName(counting.getName()).build()));

            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "NOTHING_TO_REFUSE", "R-HO-6");
        }

        @Test
        @DisplayName("R-HO-7: Sun is no party to the handover and may not sign: PERMISSION_DENIED")
        void onlyPartiesSign() {
            Handover counting = office.inCount();

            Failure failure = failure(() -> office.as("sun").signHandover(SignHandoverRequest.newBuilder().setName(counting.getName()).build()));

            assertThat(failure.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
            assertThat(failure.errorInfo().orElseThrow().getReason()).isEqualTo("NOT_A_PARTY");
            assertThat(failure.errorInfo().orElseThrow().getMetadataMap()).containsEntry(GrpcErrors.RULE_ID, "R-HO-7");
        }
    }

    @Nested
    @DisplayName("CreateIncident, GetIncident, ListOpenIncidents, ResolveIncident, WhoIsResponsibleForPost")
    class Incidents {

        @Test
        @DisplayName("R-HO-3: a fire is level 1 and open until resolved")
        void fireIsLevelOne() {
            Incident fire = office.fire();

            assertThat(fire.getName()).startsWith(office() + "/incidents/");
            assertThat(fire.getLevel()).isEqualTo(EmergencyLevel.EMERGENCY_LEVEL_LEVEL_1);
            assertThat(fire.getState()).isEqualTo(org.propertydesk.adapters.grpc.v1.IncidentState.INCIDENT_STATE_OPEN);
            assertThat(fire.getReporter()).isEqualTo(staffName(WANG_NIGHT));
            assertThat(office.as("sun").getIncident(GetIncidentRequest.newBuilder().setName(fire.getName()).build()).getIncident())
                    .isEqualTo(fire);
        }

        @Test
        @DisplayName("R-HO-3: a typhoon without the departments it concerns, and without a description, is refused for both")
        void levelTwoNeedsDepartments() {
            Failure failure = failure(() -> office.as("wang").createIncident(CreateIncidentRequest.newBuilder().setParent(office())
                    .setIncident(Incident.newBuilder().setKind(IncidentKind.INCIDENT_KIND_TYPHOON)).build()));

            assertRejected(failure, Status.Code.FAILED_PRECONDITION, "NO_DEPARTMENT_CONCERNED", "R-HO-3");
            assertThat(violations(failure)).containsExactly("R-HO-3 NO_DEPARTMENT_CONCERNED", "R-HO-3 BLANK_DESCRIPTION");
        }

        @Test
        @DisplayName("open incidents are listed oldest first, page by page; a resolved one leaves the list")
        void listsOpenIncidents() {
            Incident fire = office.fire();
            Incident typhoon = office.as("wang").createIncident(CreateIncidentRequest.newBuilder().setParent(office())
                    .setIncident(Incident.newBuilder().setKind(IncidentKind.INCIDENT_KIND_TYPHOON)
                            .addConcernedDepartments(HandoverDepartment.HANDOVER_DEPARTMENT_SECURITY).setDescription("signal 8")).build())
                    .getIncident();

            ListOpenIncidentsResponse first = office.as("sun").listOpenIncidents(ListOpenIncidentsRequest.newBuilder()
                    .setParent(office()).setPageSize(1).build());
            ListOpenIncidentsResponse second = office.as("sun").listOpenIncidents(ListOpenIncidentsRequest.newBuilder()
                    .setParent(office()).setPageSize(1).setPageToken(first.getNextPageToken()).build());
            office.as("zhao").resolveIncident(ResolveIncidentRequest.newBuilder().setName(fire.getName()).setSummary("false alarm").build());

            assertThat(first.getIncidentsList()).containsExactly(fire);
            assertThat(second.getIncidentsList()).containsExactly(typhoon);
            assertThat(typhoon.getConcernedDepartmentsList()).containsExactly(HandoverDepartment.HANDOVER_DEPARTMENT_SECURITY);
            assertThat(office.as("sun").listOpenIncidents(ListOpenIncidentsRequest.newBuilder().setParent(office()).build())
                    .getIncidentsList()).extracting(Incident::getName).containsExactly(typhoon.getName());
        }

        @Test
        @DisplayName("R-HO-3: a cleaner who did not report it may not resolve it; resolving twice is refused")
        void resolving() {
            Incident fire = office.fire();

            Failure cleaner = failure(() -> office.as("sun").resolveIncident(ResolveIncidentRequest.newBuilder()
                    .setName(fire.getName()).setSummary("looks fine").build()));
            Incident resolved = office.as("wang").resolveIncident(ResolveIncidentRequest.newBuilder()
                    .setName(fire.getName()).setSummary("detector reset").build()).getIncident();
            Failure again = failure(() -> office.as("zhao").resolveIncident(ResolveIncidentRequest.newBuilder()
                    .setName(fire.getName()).setSummary("reset again").build()));

            assertRejected(cleaner, Status.Code.PERMISSION_DENIED, "MAY_NOT_RESOLVE", "R-HO-3");
            assertThat(resolved.getResolvedBy()).isEqualTo(staffName(WANG_NIGHT));
            assertThat(resolved.getResolutionSummary()).isEqualTo("detector reset");
            assertThat(resolved.getEtag()).isEqualTo("v1");
            assertRejected(again, Status.Code.FAILED_PRECONDITION, "INCIDENT_ALREADY_RESOLVED", "R-HO-3");
        }

        @Test
        @DisplayName("R-HO-7: before any handover the schedule says who answers for the post; a post nobody is on has nobody")
        void responsibleBySchedule() {
            String frontDesk = office.as("sun").whoIsResponsibleForPost(WhoIsResponsibleForPostRequest.newBuilder()
                    .setPost(post(FRONT_DESK)).setTime(ProtoValues.timestamp(minutesBefore(60))).build()).getStaff();
            String lobby = office.as("sun").whoIsResponsibleForPost(WhoIsResponsibleForPostRequest.newBuilder()
                    .setPost(post(LOBBY)).setTime(ProtoValues.timestamp(minutesBefore(60))).build()).getStaff();

            assertThat(frontDesk).isEqualTo(staffName(WANG_NIGHT));
            assertThat(lobby).isEmpty();
        }
    }
}
