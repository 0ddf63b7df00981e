package org.propertydesk.testkit.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.testkit.handover.FrontDesk.*;

import io.vavr.collection.HashSet;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.handover.HandoverDesk;
import org.propertydesk.domain.handover.Condition;
import org.propertydesk.domain.handover.EmergencyLevel;
import org.propertydesk.domain.handover.EntryKind;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverEvent;
import org.propertydesk.domain.handover.HandoverRejection;
import org.propertydesk.domain.handover.HandoverState;
import org.propertydesk.domain.handover.Incident;
import org.propertydesk.domain.handover.IncidentKind;
import org.propertydesk.domain.handover.InCount;
import org.propertydesk.domain.handover.Signed;
import org.propertydesk.domain.kernel.Department;

/**
 * The night shift hands over the front desk during a level-1 fire alarm: refused while the alarm is
 * open; once it is resolved the count finds a missing radio, which is explained and recorded; the
 * morning shift asks about an open dispatch order and gets an answer; both sign and the morning
 * shift is responsible for the post.
 */
@DisplayName("R-HO-1..R-HO-8: the night shift hands over the front desk during a fire alarm")
class NightShiftHandsOverDuringFireAlarmTest {

    private final FrontDesk office = new FrontDesk();
    private final HandoverDesk desk = office.desk;

    @Test
    @DisplayName("R-HO-3, R-HO-5, R-HO-6, R-HO-7, R-HO-8: refused during the alarm, counted, questioned, signed; the morning shift takes over")
    void nightShiftToMorningShift() {
        // 03:00 — Wang logs a leaking pipe: a dispatch order still open (R-HO-1).
        office.at(300);
        var dispatchOrder = accepted(desk.log(new HandoverDesk.LogMatter(OFFICE, WANG_NIGHT, FRONT_DESK,
                EntryKind.DISPATCH_ORDER, "resident of 3-1201 reports water through the ceiling",
                "dispatch order to engineering; repairer shut the valve", "valve shut, pipe to be replaced", true)));

        // 07:30 — the fire alarm in tower B goes off: level 1, every duty post is on alert.
        office.at(30);
        Incident fire = accepted(desk.reportIncident(new HandoverDesk.ReportIncident(OFFICE, WANG_NIGHT, IncidentKind.FIRE,
                HashSet.empty(), "fire alarm, tower B 12th floor lobby")));
        assertThat(fire.level()).isEqualTo(EmergencyLevel.LEVEL_1);

        // 07:40 — Wang starts preparing (R-HO-4: 20 minutes ahead) and passes the dispatch order on with a reason (R-HO-8).
        office.at(20);
        Handover handover = accepted(desk.prepare(new HandoverDesk.Prepare(OFFICE, WANG_NIGHT, FRONT_DESK, REGISTER)));
        assertThat(handover.terms().preparation().late()).isFalse();
        accepted(desk.carryOver(new HandoverDesk.CarryOver(OFFICE, WANG_NIGHT, FRONT_DESK, dispatchOrder.entry(),
                "the plumber brings the replacement pipe at 09:00")));
        accepted(desk.completePreparation(new HandoverDesk.Act(OFFICE, WANG_NIGHT, handover.id())));

        // 07:52 — Li arrives eight minutes early (R-HO-4).
        office.at(8);
        Handover arrived = accepted(desk.arrive(new HandoverDesk.Act(OFFICE, LI_MORNING, handover.id())));
        assertThat(arrived.circumstances().arrival().get().late()).isFalse();

        // 07:53 — the handover is refused: the fire alarm is unresolved (R-HO-3 a).
        office.at(7);
        var blocked = refused(desk.beginCount(new HandoverDesk.Act(OFFICE, WANG_NIGHT, handover.id())));
        assertThat(blocked.reasons()).containsExactly(
                new HandoverRejection.OpenIncident(fire.id(), IncidentKind.FIRE, EmergencyLevel.LEVEL_1));
        assertThat(desk.responsibleFor(OFFICE, FRONT_DESK, SHIFT_CHANGE.plus(Duration.ofMinutes(5)))).contains(WANG_NIGHT);

        // 08:10 — Zhao, the supervisor, finds a detector set off by steam and resolves the alarm.
        office.at(-10);
        accepted(desk.resolveIncident(new HandoverDesk.ResolveIncident(OFFICE, ZHAO_SUPERVISOR, fire.id(),
                "steam from a kitchen set off the detector; detector reset")));
        assertThat(office.outbox.events(OFFICE, HandoverEvent.IncidentResolved.class)).hasSize(1);

        // 08:11 — the count begins; the radio is missing and must be explained (R-HO-5).
        office.at(-11);
        accepted(desk.beginCount(new HandoverDesk.Act(OFFICE, LI_MORNING, handover.id())));
        assertThat(refused(desk.count(new HandoverDesk.CountItem(OFFICE, LI_MORNING, handover.id(), RADIO.id(),
                Condition.MISSING, 0, Option.none()))).reasons())
                .containsExactly(new HandoverRejection.UnexplainedDamageOrLoss(RADIO.id(), Condition.MISSING));
        accepted(desk.count(new HandoverDesk.CountItem(OFFICE, LI_MORNING, handover.id(), RADIO.id(),
                Condition.MISSING, 0, Option.some("lent to the fire patrol at 07:31, to come back after the all-clear"))));
        accepted(desk.count(new HandoverDesk.CountItem(OFFICE, LI_MORNING, handover.id(), SHOW_FLAT_KEYS.id(),
                Condition.PRESENT, 3, Option.none())));
        accepted(desk.count(new HandoverDesk.CountItem(OFFICE, LI_MORNING, handover.id(), RECEIPTS.id(),
                Condition.PRESENT, 20, Option.none())));

        // 08:14 — Li asks about the dispatch order; Wang answers (R-HO-6).
        office.at(-14);
        var asked = accepted(desk.ask(new HandoverDesk.Ask(OFFICE, LI_MORNING, handover.id(),
                "is the leak in 3-1201 still open, and who follows it up?")));
        assertThat(refused(desk.sign(new HandoverDesk.Act(OFFICE, WANG_NIGHT, handover.id()))).reasons())
                .containsExactly(new HandoverRejection.UnansweredQuestions(io.vavr.collection.List.of(asked.question())));
        accepted(desk.answer(new HandoverDesk.Answer(OFFICE, WANG_NIGHT, handover.id(), asked.question(),
                "carried over: valve shut, the plumber comes at 09:00, the resident knows")));

        // 08:16 — Wang signs, and is still on post; 08:17 — Li signs, and takes over (R-HO-7).
        office.at(-16);
        Handover once = accepted(desk.sign(new HandoverDesk.Act(OFFICE, WANG_NIGHT, handover.id())));
        assertThat(once).isInstanceOf(InCount.class);
        assertThat(desk.responsibleFor(OFFICE, FRONT_DESK, FrontDesk.minutesBefore(-16))).contains(WANG_NIGHT);

        office.at(-17);
        Signed signed = (Signed) accepted(desk.sign(new HandoverDesk.Act(OFFICE, LI_MORNING, handover.id())));

        assertThat(signed.state()).isEqualTo(HandoverState.SIGNED);
        assertThat(signed.count().results().get(RADIO.id()).get().explanation())
                .contains("lent to the fire patrol at 07:31, to come back after the all-clear");
        assertThat(desk.responsibleFor(OFFICE, FRONT_DESK, FrontDesk.minutesBefore(-17))).contains(LI_MORNING);
        assertThat(desk.responsibleFor(OFFICE, FRONT_DESK, FrontDesk.minutesBefore(-16))).contains(WANG_NIGHT);
        assertThat(office.outbox.events(OFFICE, HandoverEvent.ResponsibilityPassed.class)).containsExactly(
                new HandoverEvent.ResponsibilityPassed(handover.id(), OFFICE, FRONT_DESK, WANG_NIGHT, LI_MORNING,
                        Duration.ofMinutes(17), FrontDesk.minutesBefore(-17)));
        assertThat(office.dutyLogs.ofPost(OFFICE, FRONT_DESK).get().handOverSheet()).hasSize(1);
        assertThat(Department.CUSTOMER_SERVICE).isEqualTo(signed.terms().department());
    }
}
