package org.propertydesk.testkit.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertydesk.testkit.handover.FrontDesk.*;

import io.vavr.collection.HashSet;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.handover.HandoverDesk;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.domain.handover.EntryKind;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverId;
import org.propertydesk.domain.handover.HandoverRejection;
import org.propertydesk.domain.handover.Incident;
import org.propertydesk.domain.handover.IncidentId;
import org.propertydesk.domain.handover.IncidentKind;
import org.propertydesk.domain.kernel.StaffId;

@DisplayName("Reading handovers, duty logs and incidents at the desk")
class ReadingHandoversTest {

    private static final StaffId STRANGER = new StaffId(new UUID(104, 1));

    private final FrontDesk office = new FrontDesk();
    private final HandoverDesk desk = office.desk;

    @Test
    @DisplayName("any staff member of the office reads a post's handovers and its duty log")
    void handoversAndLogOfAPost() {
        assertThat(accepted(desk.dutyLog(OFFICE, SUN_CLEANER, FRONT_DESK))).isEmpty();
        office.at(60);
        var logged = accepted(desk.log(new HandoverDesk.LogMatter(OFFICE, WANG_NIGHT, FRONT_DESK, EntryKind.ROUTINE,
                "patrol", "walked the lobby", "all quiet", false)));
        office.at(20);
        Handover prepared = accepted(desk.prepare(new HandoverDesk.Prepare(OFFICE, WANG_NIGHT, FRONT_DESK, REGISTER)));

        assertThat(accepted(desk.handover(OFFICE, SUN_CLEANER, prepared.id()))).isEqualTo(prepared);
        assertThat(accepted(desk.handoversOf(OFFICE, SUN_CLEANER, FRONT_DESK))).containsExactly(prepared);
        assertThat(accepted(desk.dutyLog(OFFICE, SUN_CLEANER, FRONT_DESK)).get().find(logged.entry()).isDefined()).isTrue();
    }

    @Test
    @DisplayName("the open incidents are the unresolved ones, oldest first; a resolved one is still read by its id")
    void openIncidents() {
        office.at(30);
        Incident fire = accepted(desk.reportIncident(new HandoverDesk.ReportIncident(OFFICE, WANG_NIGHT, IncidentKind.FIRE,
                HashSet.empty(), "fire alarm, tower B")));
        office.at(25);
        Incident typhoon = accepted(desk.reportIncident(new HandoverDesk.ReportIncident(OFFICE, WANG_NIGHT, IncidentKind.TYPHOON,
                HashSet.of(org.propertydesk.domain.kernel.Department.SECURITY), "typhoon signal 8")));
        assertThat(accepted(desk.openIncidents(OFFICE, SUN_CLEANER)).map(Incident::id)).containsExactly(fire.id(), typhoon.id());

        accepted(desk.resolveIncident(new HandoverDesk.ResolveIncident(OFFICE, ZHAO_SUPERVISOR, fire.id(), "detector reset")));

        assertThat(accepted(desk.openIncidents(OFFICE, SUN_CLEANER)).map(Incident::id)).containsExactly(typhoon.id());
        assertThat(accepted(desk.incident(OFFICE, SUN_CLEANER, fire.id())).open()).isFalse();
    }

    @Test
    @DisplayName("K-1: someone not on the office's staff reads nothing, and unknown handovers and incidents are not found")
    void strangersReadNothing() {
        assertThat(refused(desk.openIncidents(OFFICE, STRANGER)).reasons()).containsExactly(new HandoverRejection.NotOnStaff(STRANGER));
        assertThat(refused(desk.dutyLog(OFFICE, STRANGER, FRONT_DESK)).reasons()).containsExactly(new HandoverRejection.NotOnStaff(STRANGER));
        assertThat(refused(desk.handoversOf(OFFICE, STRANGER, FRONT_DESK)).reasons())
                .containsExactly(new HandoverRejection.NotOnStaff(STRANGER));
        assertThatThrownBy(() -> desk.handover(OFFICE, WANG_NIGHT, new HandoverId(new UUID(9, 9)))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> desk.incident(OFFICE, WANG_NIGHT, new IncidentId(new UUID(9, 9)))).isInstanceOf(NotFound.class);
        assertThat(refused(desk.handover(OTHER_OFFICE, WANG_NIGHT, new HandoverId(new UUID(9, 9)))).reasons())
                .containsExactly(new HandoverRejection.NotOnStaff(WANG_NIGHT));
    }
}
