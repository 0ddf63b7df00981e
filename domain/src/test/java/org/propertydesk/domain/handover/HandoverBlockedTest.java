package org.propertydesk.domain.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.handover.HandoverFixture.*;

import io.vavr.collection.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("R-HO-3: no handover while the post is unsafe")
class HandoverBlockedTest {

    private static final EntryId DISPATCH_ORDER = new EntryId(new UUID(8, 2));
    private final DutyLog settledLog = DutyLog.open(FRONT_DESK_LOG, OFFICE, FRONT_DESK);

    @Nested
    @DisplayName("when the count is to begin")
    class BeginningTheCount {

        @Test
        @DisplayName("R-HO-3 (a): an unresolved level-1 fire alarm blocks every post")
        void openFireBlocks() {
            Incident fire = fire();

            var rejections = left(ready().beginCount(NIGHT_SHIFT, situation(List.of(fire), settledLog), SHIFT_CHANGE));

            assertThat(rejections.reasons()).containsExactly(
                    new HandoverRejection.OpenIncident(fire.id(), IncidentKind.FIRE, EmergencyLevel.LEVEL_1));
        }

        @Test
        @DisplayName("R-HO-3 (a): a level-2 typhoon blocks the posts of the departments concerned only")
        void typhoonBlocksDepartmentsConcerned() {
            Incident forSecurity = typhoonFor(Department.SECURITY);
            Incident forCustomerService = typhoonFor(Department.CUSTOMER_SERVICE);

            assertThat(ready().beginCount(NIGHT_SHIFT, situation(List.of(forSecurity), settledLog), SHIFT_CHANGE).isRight())
                    .isTrue();
            assertThat(left(ready().beginCount(NIGHT_SHIFT, situation(List.of(forCustomerService), settledLog),
                    SHIFT_CHANGE)).names(Rule.R_HO_3)).isTrue();
        }

        @Test
        @DisplayName("R-HO-3 (a): a resolved incident no longer blocks, and its resolution is an event")
        void resolvedIncidentDoesNotBlock() {
            var resolved = right(fire().resolve(SUPERVISOR, "false alarm, detector reset", minutesBeforeShiftChange(7)));

            assertThat(resolved.events()).containsExactly(new HandoverEvent.IncidentResolved(
                    resolved.incident().id(), OFFICE, SUPERVISOR, minutesBeforeShiftChange(7)));
            assertThat(ready().beginCount(NIGHT_SHIFT, situation(List.of(resolved.incident()), settledLog), SHIFT_CHANGE)
                    .isRight()).isTrue();
        }

        @Test
        @DisplayName("R-HO-3 (b): major equipment starting up blocks until it is steady")
        void equipmentStartingBlocks() {
            Ready ready = (Ready) right(ready().noteEquipmentChange("chiller no. 2", minutesBeforeShiftChange(7))).handover();

            assertThat(left(ready.beginCount(NIGHT_SHIFT, PostSituation.calm(), SHIFT_CHANGE)).reasons())
                    .containsExactly(new HandoverRejection.EquipmentStartingOrStopping("chiller no. 2"));

            Ready steady = (Ready) right(ready.noteEquipmentSteady("chiller no. 2", minutesBeforeShiftChange(6))).handover();
            assertThat(steady.beginCount(NIGHT_SHIFT, PostSituation.calm(), SHIFT_CHANGE).isRight()).isTrue();
        }

        @Test
        @DisplayName("R-HO-3 (c) with R-HO-8: an open dispatch order makes preparation incomplete")
        void openDispatchOrderBlocks() {
            var rejections = left(ready().beginCount(
                    NIGHT_SHIFT, situation(List.empty(), logWithOpenDispatchOrder(DISPATCH_ORDER)), SHIFT_CHANGE));

            assertThat(rejections.reasons()).containsExactly(
                    new HandoverRejection.PreparationIncomplete(List.of(DISPATCH_ORDER)));
        }

        @Test
        @DisplayName("R-HO-3 (d): an unfit incoming person blocks until a substitute is found")
        void unfitIncomingBlocksUntilSubstituted() {
            Ready unfit = (Ready) right(ready().declareUnfit(NIGHT_SHIFT, "smells of alcohol", minutesBeforeShiftChange(7)))
                    .handover();

            assertThat(left(unfit.beginCount(NIGHT_SHIFT, PostSituation.calm(), SHIFT_CHANGE)).reasons())
                    .containsExactly(new HandoverRejection.IncomingUnfit(MORNING_SHIFT, "smells of alcohol"));

            Ready substituted = (Ready) right(unfit.substitute(SUBSTITUTE, minutesBeforeShiftChange(2))).handover();
            assertThat(substituted.incoming()).isEqualTo(SUBSTITUTE);
            assertThat(left(substituted.beginCount(NIGHT_SHIFT, PostSituation.calm(), SHIFT_CHANGE)).reasons())
                    .containsExactly(new HandoverRejection.IncomingNotArrived(SUBSTITUTE));
            Ready arrived = (Ready) right(substituted.arrive(SUBSTITUTE, minutesBeforeShiftChange(1), POLICY)).handover();
            assertThat(arrived.beginCount(NIGHT_SHIFT, PostSituation.calm(), SHIFT_CHANGE).isRight()).isTrue();
        }

        @Test
        @DisplayName("R-HO-3: all four blockers at once are all named, not only the first")
        void allFourBlockersAreNamed() {
            Incident fire = fire();
            Ready ready = (Ready) right(ready().noteEquipmentChange("main water pump", minutesBeforeShiftChange(7))).handover();
            ready = (Ready) right(ready.declareUnfit(NIGHT_SHIFT, "confused, slurred speech", minutesBeforeShiftChange(7)))
                    .handover();

            var rejections = left(ready.beginCount(
                    NIGHT_SHIFT, situation(List.of(fire), logWithOpenDispatchOrder(DISPATCH_ORDER)), SHIFT_CHANGE));

            assertThat(rejections.reasons()).containsExactlyInAnyOrder(
                    new HandoverRejection.OpenIncident(fire.id(), IncidentKind.FIRE, EmergencyLevel.LEVEL_1),
                    new HandoverRejection.EquipmentStartingOrStopping("main water pump"),
                    new HandoverRejection.PreparationIncomplete(List.of(DISPATCH_ORDER)),
                    new HandoverRejection.IncomingUnfit(MORNING_SHIFT, "confused, slurred speech"));
            assertThat(rejections.rules()).containsExactly(Rule.R_HO_3);
        }
    }

    @Nested
    @DisplayName("when a party signs")
    class Signing {

        @Test
        @DisplayName("R-HO-3: an incident reported during the count refuses the signature, with every other blocker")
        void blockersRefuseTheSignature() {
            InCount counted = (InCount) right(counted().noteEquipmentChange("generator", minutesBeforeShiftChange(3))).handover();
            Incident fire = fire();

            var rejections = left(counted.sign(NIGHT_SHIFT,
                    situation(List.of(fire), logWithOpenDispatchOrder(DISPATCH_ORDER)), minutesBeforeShiftChange(2)));

            assertThat(rejections.reasons()).containsExactlyInAnyOrder(
                    new HandoverRejection.OpenIncident(fire.id(), IncidentKind.FIRE, EmergencyLevel.LEVEL_1),
                    new HandoverRejection.EquipmentStartingOrStopping("generator"),
                    new HandoverRejection.PreparationIncomplete(List.of(DISPATCH_ORDER)));
        }

        @Test
        @DisplayName("R-HO-3 (d): an incoming person found unfit during the count cannot sign; a substitute recounts")
        void unfitDuringCount() {
            InCount unfit = (InCount) right(counted().declareUnfit(SUPERVISOR, "drunk", minutesBeforeShiftChange(3))).handover();

            assertThat(left(unfit.sign(MORNING_SHIFT, PostSituation.calm(), minutesBeforeShiftChange(2))).reasons())
                    .contains(new HandoverRejection.IncomingUnfit(MORNING_SHIFT, "drunk"));

            Ready recount = right(unfit.substitute(SUBSTITUTE, minutesBeforeShiftChange(1))).handover();
            assertThat(recount.state()).isEqualTo(HandoverState.READY);
            assertThat(recount.circumstances().unfit()).isEmpty();
        }

        @Test
        @DisplayName("R-HO-3: a substitute is someone other than the two parties")
        void substituteIsSomeoneElse() {
            assertThat(left(ready().substitute(NIGHT_SHIFT, SHIFT_CHANGE)).reasons())
                    .containsExactly(new HandoverRejection.NotASubstitute(NIGHT_SHIFT));
            assertThat(left(ready().substitute(MORNING_SHIFT, SHIFT_CHANGE)).reasons())
                    .containsExactly(new HandoverRejection.NotASubstitute(MORNING_SHIFT));
        }

        @Test
        @DisplayName("R-HO-3: a level-2 incident names the departments it concerns")
        void levelTwoNamesDepartments() {
            var rejections = left(Incident.report(new IncidentId(new UUID(7, 9)), OFFICE, IncidentKind.INTRUSION,
                    io.vavr.collection.HashSet.empty(), "intruder seen in the car park", NIGHT_SHIFT, SHIFT_CHANGE));

            assertThat(rejections.reasons()).containsExactly(new HandoverRejection.NoDepartmentConcerned(IncidentKind.INTRUSION));
            assertThat(IncidentKind.FIRE.level()).isEqualTo(EmergencyLevel.LEVEL_1);
            assertThat(IncidentKind.INTRUSION.level()).isEqualTo(EmergencyLevel.LEVEL_2);
            assertThat(IncidentKind.TYPHOON.level()).isEqualTo(EmergencyLevel.LEVEL_2);
        }
    }
}
