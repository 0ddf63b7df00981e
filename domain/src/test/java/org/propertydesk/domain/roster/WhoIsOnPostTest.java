package org.propertydesk.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.roster.RosterFixture.*;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WhoIsOnPostTest {

    private static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);

    @Test
    @DisplayName("R-RO-2: at 03:00 the night guard holds the lobby and, with the manager, is all that is on duty")
    void nightGuard() {
        Roster roster = published(NOV_2_TO_5, PLAIN);
        Assignment night = roster.published().get().assignments().find(a -> a.date().equals(NOV_3) && a.shift().equals("N")).get();
        assertThat(roster.onPost(LOBBY, at(NOV_3, 3, 0), SHANGHAI))
                .containsExactly(new OnDuty(LOBBY, night.staff(), interval(NOV_3, 0, 0, NOV_3, 8, 0)));
        assertThat(roster.onDuty(at(NOV_3, 3, 0), SHANGHAI)).hasSize(1);
        assertThat(roster.onDuty(at(NOV_3, 9, 0), SHANGHAI).map(OnDuty::post)).containsExactlyInAnyOrder(LOBBY, DUTY);
    }

    @Test
    @DisplayName("R-RO-2: someone at their meal break is not on post; a draft has nobody on duty yet")
    void mealBreakAndDraft() {
        var assignments = validAssignments(NOV_2_TO_5).map(a -> a.date().equals(NOV_3) && a.shift().equals("D")
                ? a.withMealBreak(LocalTime.of(12, 0), LocalTime.of(12, 30)) : a);
        Roster draft = planned(NOV_2_TO_5, assignments);
        assertThat(draft.onPost(LOBBY, at(NOV_3, 12, 10), SHANGHAI)).isEmpty();
        Roster roster = new Roster(draft.id(), draft.office(), draft.department(), draft.period(), draft.posts(), draft.team(),
                draft.schedulers(), draft.latePublicationApproval(), io.vavr.collection.List.of(new RosterVersion.Published(1,
                        draft.current().assignments(), SUPERVISOR, at(NOV_3, 0, 0), io.vavr.control.Option.none(),
                        io.vavr.collection.HashSet.empty(), io.vavr.collection.HashMap.empty())),
                draft.changes(), draft.leavings(), 1);
        assertThat(roster.onPost(LOBBY, at(NOV_3, 12, 10), SHANGHAI)).isEmpty();
        assertThat(roster.onPost(LOBBY, at(NOV_3, 12, 40), SHANGHAI)).hasSize(1);
    }
}
