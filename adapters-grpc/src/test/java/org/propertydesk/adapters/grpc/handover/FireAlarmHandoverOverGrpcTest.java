package org.propertydesk.adapters.grpc.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.adapters.grpc.ServiceCalls.failure;
import static org.propertydesk.adapters.grpc.handover.FrontDeskOverGrpc.*;

import io.grpc.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
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
import org.propertydesk.adapters.grpc.v1.CompleteHandoverPreparationRequest;
import org.propertydesk.adapters.grpc.v1.CountHandoverItemRequest;
import org.propertydesk.adapters.grpc.v1.GetDutyLogRequest;
import org.propertydesk.adapters.grpc.v1.Handover;
import org.propertydesk.adapters.grpc.v1.HandoverItemCondition;
import org.propertydesk.adapters.grpc.v1.HandoverItemCount;
import org.propertydesk.adapters.grpc.v1.HandoverPunctuality;
import org.propertydesk.adapters.grpc.v1.HandoverServiceGrpc.HandoverServiceBlockingStub;
import org.propertydesk.adapters.grpc.v1.HandoverState;
import org.propertydesk.adapters.grpc.v1.Incident;
import org.propertydesk.adapters.grpc.v1.IncidentState;
import org.propertydesk.adapters.grpc.v1.ListOpenIncidentsRequest;
import org.propertydesk.adapters.grpc.v1.LogDutyMatterResponse;
import org.propertydesk.adapters.grpc.v1.ResolveIncidentRequest;
import org.propertydesk.adapters.grpc.v1.SignHandoverRequest;
import org.propertydesk.adapters.grpc.v1.WhoIsResponsibleForPostRequest;

/**
 * The story of the reference walkthrough, over gRPC: the night shift hands over the front desk
 * during a fire alarm. The count is refused while the alarm is open; once it is resolved, the
 * count finds the radio missing, which is explained and recorded; a question is answered; both
 * sign and the morning shift answers for the post.
 */
@DisplayName("R-HO-3, R-HO-5, R-HO-7: over gRPC, the front desk is handed over during a fire alarm")
class FireAlarmHandoverOverGrpcTest {

    private final FrontDeskOverGrpc office = new FrontDeskOverGrpc();

    @AfterEach
    void close() throws InterruptedException {
        office.close();
    }

    @Test
    @DisplayName("R-HO-3: refused while the fire alarm is open; R-HO-5: completed with the missing radio recorded; R-HO-7: Li takes over")
    void handedOverDuringFireAlarm() {
        HandoverServiceBlockingStub wang = office.as("wang");
        HandoverServiceBlockingStub li = office.as("li");
        HandoverServiceBlockingStub zhao = office.as("zhao");

        // 03:00 — Wang logs a leak as an open dispatch order; 07:30 — the fire alarm goes off.
        LogDutyMatterResponse leak = HandoverServiceContractTest.openMatter(office);
        office.at(30);
        Incident fire = office.fire();
        assertThat(fire.getLevel().getNumber()).isEqualTo(1);

        // 07:40 — Wang prepares, carries the leak over and completes preparation; 07:52 — Li arrives early.
        Handover handover = office.prepared();
        wang.carryOverDutyMatter(CarryOverDutyMatterRequest.newBuilder().setName(leak.getEntry())
                .setReason("the plumber brings the replacement pipe at 09:00").build());
        wang.completeHandoverPreparation(CompleteHandoverPreparationRequest.newBuilder().setName(handover.getName()).build());
        office.at(8);
        handover = li.arriveForHandover(ArriveForHandoverRequest.newBuilder().setName(handover.getName()).build()).getHandover();
        assertThat(handover.getArrival().getPunctuality()).isEqualTo(HandoverPunctuality.HANDOVER_PUNCTUALITY_EARLY);

        // 07:53 — the count is refused: the fire alarm is open.
        office.at(7);
        String name = handover.getName();
        Failure refused = failure(() -> wang.beginHandoverCount(BeginHandoverCountRequest.newBuilder().setName(name).build()));
        assertThat(refused.code()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(refused.errorInfo().orElseThrow().getReason()).isEqualTo("OPEN_INCIDENT");
        assertThat(refused.errorInfo().orElseThrow().getMetadataMap()).containsEntry(GrpcErrors.RULE_ID, "R-HO-3");
        assertThat(refused.preconditionFailure().orElseThrow().getViolations(0).getDescription()).contains(fire.getName().substring(fire.getName().lastIndexOf('/') + 1));
        assertThat(who(SHIFT_CHANGE.plusSeconds(300))).isEqualTo(staffName(WANG_NIGHT));

        // 08:10 — Zhao resolves the alarm.
        office.at(-10);
        Incident resolved = zhao.resolveIncident(ResolveIncidentRequest.newBuilder().setName(fire.getName()).setEtag(fire.getEtag())
                .setSummary("steam from a kitchen set off the detector; detector reset").build()).getIncident();
        assertThat(resolved.getState()).isEqualTo(IncidentState.INCIDENT_STATE_RESOLVED);
        assertThat(office.as("sun").listOpenIncidents(ListOpenIncidentsRequest.newBuilder().setParent(office()).build())
                .getIncidentsList()).isEmpty();

        // 08:11 — the count: the radio is missing and must be explained.
        office.at(-11);
        handover = li.beginHandoverCount(BeginHandoverCountRequest.newBuilder().setName(name).build()).getHandover();
        Failure unexplained = failure(() -> li.countHandoverItem(count(name, RADIO.getItemId(), HandoverItemCondition.HANDOVER_ITEM_CONDITION_MISSING, 0, "")));
        assertThat(unexplained.errorInfo().orElseThrow().getReason()).isEqualTo("UNEXPLAINED_DAMAGE_OR_LOSS");
        assertThat(unexplained.errorInfo().orElseThrow().getMetadataMap()).containsEntry(GrpcErrors.RULE_ID, "R-HO-5");
        li.countHandoverItem(count(name, RADIO.getItemId(), HandoverItemCondition.HANDOVER_ITEM_CONDITION_MISSING, 0,
                "lent to the fire patrol at 07:31, to come back after the all-clear"));
        li.countHandoverItem(count(name, SHOW_FLAT_KEYS.getItemId(), HandoverItemCondition.HANDOVER_ITEM_CONDITION_PRESENT, 3, ""));
        li.countHandoverItem(count(name, RECEIPTS.getItemId(), HandoverItemCondition.HANDOVER_ITEM_CONDITION_PRESENT, 20, ""));

        // 08:14 — Li asks about the leak; Wang answers.
        office.at(-14);
        AskHandoverQuestionResponse asked = li.askHandoverQuestion(AskHandoverQuestionRequest.newBuilder().setName(name)
                .setText("is the leak in 3-1201 still open, and who follows it up?").build());
        wang.answerHandoverQuestion(AnswerHandoverQuestionRequest.newBuilder().setName(asked.getQuestion())
                .setAnswer("carried over: valve shut, the plumber comes at 09:00").build());

        // 08:16 — Wang signs and stays on post; 08:17 — Li signs and takes over.
        office.at(-16);
        handover = wang.signHandover(SignHandoverRequest.newBuilder().setName(name).build()).getHandover();
        assertThat(handover.getState()).isEqualTo(HandoverState.HANDOVER_STATE_IN_COUNT);
        office.at(-17);
        Handover signed = li.signHandover(SignHandoverRequest.newBuilder().setName(name).setEtag(handover.getEtag()).build()).getHandover();

        assertThat(signed.getState()).isEqualTo(HandoverState.HANDOVER_STATE_SIGNED);
        assertThat(signed.getCountsList()).extracting(HandoverItemCount::getItemId, HandoverItemCount::getCondition, HandoverItemCount::getExplanation)
                .first().isEqualTo(org.assertj.core.groups.Tuple.tuple(RADIO.getItemId(), HandoverItemCondition.HANDOVER_ITEM_CONDITION_MISSING,
                        "lent to the fire patrol at 07:31, to come back after the all-clear"));
        assertThat(signed.getOutgoingSignature().getSigner()).isEqualTo(staffName(WANG_NIGHT));
        assertThat(signed.getIncomingSignature().getSigner()).isEqualTo(staffName(LI_MORNING));
        assertThat(signed.getCompleteTime()).isEqualTo(ProtoValues.timestamp(minutesBefore(-17)));
        assertThat(signed.getOutgoingOvertime().getSeconds()).isEqualTo(17 * 60);
        assertThat(who(minutesBefore(-16))).isEqualTo(staffName(WANG_NIGHT));
        assertThat(who(minutesBefore(-17))).isEqualTo(staffName(LI_MORNING));
        assertThat(office.as("sun").getDutyLog(GetDutyLogRequest.newBuilder().setName(dutyLog()).build()).getDutyLog()
                .getEntries(0).getOnHandOverSheet()).isTrue();
    }

    private static CountHandoverItemRequest count(String handover, String item, HandoverItemCondition condition, int counted, String explanation) {
        return CountHandoverItemRequest.newBuilder().setName(handover).setItemId(item).setCondition(condition)
                .setCounted(counted).setExplanation(explanation).build();
    }

    private String who(java.time.Instant at) {
        return office.as("sun").whoIsResponsibleForPost(WhoIsResponsibleForPostRequest.newBuilder()
                .setPost(post(FRONT_DESK)).setTime(ProtoValues.timestamp(at)).build()).getStaff();
    }
}
