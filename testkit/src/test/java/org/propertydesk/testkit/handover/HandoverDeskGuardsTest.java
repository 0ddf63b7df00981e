package org.propertydesk.testkit.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertydesk.testkit.handover.FrontDesk.*;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.handover.HandoverDesk;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.domain.handover.EntryKind;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverEvent;
import org.propertydesk.domain.handover.HandoverId;
import org.propertydesk.domain.handover.HandoverRejection;
import org.propertydesk.domain.handover.HandoverState;
import org.propertydesk.domain.handover.Incident;
import org.propertydesk.domain.handover.IncidentKind;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("The handover desk: who may act, on what, and what it records")
class HandoverDeskGuardsTest {

    private final FrontDesk office = new FrontDesk();
    private final HandoverDesk desk = office.desk;

    private Handover prepared() {
        office.at(20);
        return accepted(desk.prepare(new HandoverDesk.Prepare(OFFICE, WANG_NIGHT, FRONT_DESK, REGISTER)));
    }

    @Test
    @DisplayName("R-HO-7: only the scheduled outgoing person prepares, and a post has one handover under way")
    void oneHandoverPerPostByTheOutgoingPerson() {
        office.at(20);
        assertThat(refused(desk.prepare(new HandoverDesk.Prepare(OFFICE, LI_MORNING, FRONT_DESK, REGISTER))).reasons())
                .containsExactly(new HandoverRejection.NotTheOutgoing(LI_MORNING, WANG_NIGHT));

        Handover first = prepared();
        assertThat(refused(desk.prepare(new HandoverDesk.Prepare(OFFICE, WANG_NIGHT, FRONT_DESK, REGISTER))).reasons())
                .containsExactly(new HandoverRejection.HandoverAlreadyOpen(first.id()));
        assertThat(office.outbox.events(OFFICE, HandoverEvent.HandoverPrepared.class)).hasSize(1);
    }

    @Test
    @DisplayName("R-HO-4: without a coming shift change on the schedule there is nothing to hand over")
    void noShiftChangeDue() {
        office.at(-60);
        assertThat(refused(desk.prepare(new HandoverDesk.Prepare(OFFICE, WANG_NIGHT, FRONT_DESK, REGISTER))).reasons())
                .containsExactly(new HandoverRejection.NoShiftChangeDue(FRONT_DESK));
    }

    @Test
    @DisplayName("K-1: staff of another office are not on this office's staff, and its handovers are not found")
    void tenancy() {
        Handover handover = prepared();

        var rejections = refused(desk.arrive(new HandoverDesk.Act(OTHER_OFFICE, LI_MORNING, handover.id())));
        assertThat(rejections.reasons()).containsExactly(new HandoverRejection.NotOnStaff(LI_MORNING));
        assertThat(rejections.reasons().head()).isInstanceOf(PermissionRejection.class);
        assertThatThrownBy(() -> desk.arrive(new HandoverDesk.Act(OFFICE, LI_MORNING, new HandoverId(new UUID(9, 99)))))
                .isInstanceOf(NotFound.class);
    }

    @Test
    @DisplayName("R-HO-5: a command the handover's state does not allow is refused, naming the state")
    void wrongState() {
        Handover handover = prepared();

        assertThat(refused(desk.sign(new HandoverDesk.Act(OFFICE, WANG_NIGHT, handover.id()))).reasons())
                .containsExactly(new HandoverRejection.NotAllowedInState(handover.id(), HandoverState.PREPARING, "sign", Rule.R_HO_7));
    }

    @Test
    @DisplayName("R-HO-6: a refusal goes to the incoming person's direct superior, who settles it")
    void refusalGoesToTheSuperior() {
        Handover handover = prepared();
        accepted(desk.completePreparation(new HandoverDesk.Act(OFFICE, WANG_NIGHT, handover.id())));
        office.at(8);
        accepted(desk.arrive(new HandoverDesk.Act(OFFICE, LI_MORNING, handover.id())));
        accepted(desk.beginCount(new HandoverDesk.Act(OFFICE, LI_MORNING, handover.id())));
        accepted(desk.ask(new HandoverDesk.Ask(OFFICE, LI_MORNING, handover.id(), "why is the CCTV log missing two hours?")));

        Handover escalated = accepted(desk.refuse(new HandoverDesk.Act(OFFICE, LI_MORNING, handover.id())));

        assertThat(escalated.state()).isEqualTo(HandoverState.ESCALATED);
        assertThat(office.outbox.events(OFFICE, HandoverEvent.HandoverEscalated.class).map(HandoverEvent.HandoverEscalated::superior))
                .containsExactly(ZHAO_SUPERVISOR);
        assertThat(desk.responsibleFor(OFFICE, FRONT_DESK, minutesBefore(-60))).contains(WANG_NIGHT);
        Handover resumed = accepted(desk.settle(new HandoverDesk.Settle(OFFICE, ZHAO_SUPERVISOR, handover.id(),
                "the recorder was rebooted 02:00–04:00; engineering has the report")));
        assertThat(resumed.state()).isEqualTo(HandoverState.IN_COUNT);
    }

    @Test
    @DisplayName("R-HO-3: an incident is declared resolved by its reporter or a supervisor, not by anyone else")
    void whoResolvesAnIncident() {
        Incident typhoon = accepted(desk.reportIncident(new HandoverDesk.ReportIncident(OFFICE, WANG_NIGHT, IncidentKind.TYPHOON,
                HashSet.of(Department.SECURITY, Department.CUSTOMER_SERVICE), "typhoon signal no. 8 hoisted")));

        assertThat(refused(desk.resolveIncident(new HandoverDesk.ResolveIncident(OFFICE, SUN_CLEANER, typhoon.id(), "over")))
                .reasons()).containsExactly(new HandoverRejection.MayNotResolve(SUN_CLEANER, Role.CLEANER));
        assertThat(desk.resolveIncident(new HandoverDesk.ResolveIncident(OFFICE, CHEN_MANAGER, typhoon.id(), "signal lowered"))
                .isRight()).isTrue();
        assertThat(office.incidents.open(OFFICE)).isEmpty();
    }

    @Test
    @DisplayName("R-HO-8: the open matters of the post's duty log block the count until settled")
    void openMatterBlocksTheCount() {
        Handover handover = prepared();
        var matter = accepted(desk.log(new HandoverDesk.LogMatter(OFFICE, WANG_NIGHT, FRONT_DESK, EntryKind.COORDINATION_FORM,
                "owner of 5-302 asks for parking and cleaning together", "coordination form to security and cleaning",
                "awaiting security's reply", true)));
        accepted(desk.completePreparation(new HandoverDesk.Act(OFFICE, WANG_NIGHT, handover.id())));
        office.at(8);
        accepted(desk.arrive(new HandoverDesk.Act(OFFICE, LI_MORNING, handover.id())));

        assertThat(refused(desk.beginCount(new HandoverDesk.Act(OFFICE, LI_MORNING, handover.id()))).reasons())
                .containsExactly(new HandoverRejection.PreparationIncomplete(List.of(matter.entry())));

        accepted(desk.closeOut(new HandoverDesk.CloseOut(OFFICE, WANG_NIGHT, FRONT_DESK, matter.entry(),
                "security replied: parking bay 12 assigned")));
        assertThat(desk.beginCount(new HandoverDesk.Act(OFFICE, LI_MORNING, handover.id())).isRight()).isTrue();
    }

    @Test
    @DisplayName("R-HO-7: before any handover the duty schedule says who is on post")
    void scheduleBeforeTheFirstHandover() {
        assertThat(desk.responsibleFor(OFFICE, FRONT_DESK, minutesBefore(60))).contains(WANG_NIGHT);
        assertThat(desk.responsibleFor(OFFICE, FRONT_DESK, minutesBefore(-60))).contains(LI_MORNING);
        Handover handover = prepared();
        assertThat(desk.responsibleFor(OFFICE, FRONT_DESK, minutesBefore(-60))).contains(WANG_NIGHT);
        assertThat(handover.outgoing()).isEqualTo(WANG_NIGHT);
    }

    @Test
    @DisplayName("R-HO-7: a stale write is a concurrency conflict, never a silent overwrite")
    void staleWriteConflicts() {
        Handover handover = prepared();
        Handover ready = accepted(desk.completePreparation(new HandoverDesk.Act(OFFICE, WANG_NIGHT, handover.id())));

        assertThatThrownBy(() -> office.handovers.update(ready, handover.version()))
                .isInstanceOf(ConcurrencyConflict.class);
        assertThat(office.handovers.find(OFFICE, handover.id()).get().version()).isEqualTo(1);
    }
}
