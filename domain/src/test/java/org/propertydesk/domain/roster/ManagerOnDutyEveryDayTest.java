package org.propertydesk.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.roster.RosterFixture.*;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.roster.RosterRejection.NoDutyManager;

class ManagerOnDutyEveryDayTest {

    private static final LocalDate NOV_4 = LocalDate.of(2026, 11, 4);

    @Test
    @DisplayName("R-RO-3: a day without anyone on the duty-manager post is reported with that post, date and shift")
    void dayWithoutManager() {
        var assignments = validAssignments(NOV_2_TO_5).remove(Assignment.of(MANAGER, DUTY, "M", NOV_4));
        assertThat(violations(planned(NOV_2_TO_5, assignments), PLAIN))
                .containsExactly(new NoDutyManager(DUTY, NOV_4, interval(NOV_4, 8, 0, NOV_4, 17, 0)));
    }

    @Test
    @DisplayName("R-RO-3: an assistant on the duty-manager post is not a manager on duty")
    void assistantIsNoManager() {
        var assignments = validAssignments(NOV_2_TO_5).replace(
                Assignment.of(MANAGER, DUTY, "M", NOV_4), Assignment.of(ASSISTANT, DUTY, "M", NOV_4));
        assertThat(violations(planned(NOV_2_TO_5, assignments), PLAIN))
                .containsExactly(new NoDutyManager(DUTY, NOV_4, interval(NOV_4, 8, 0, NOV_4, 17, 0)));
    }

    @Test
    @DisplayName("R-RO-3: a roster without a duty-manager post cannot be drafted")
    void rosterNeedsDutyManagerPost() {
        var result = Roster.draft(ROSTER, OFFICE, Department.SECURITY, NOV_2_TO_5, List.of(lobby()), team(), HashSet.empty(),
                SUPERVISOR, Instant.EPOCH);
        assertThat(result.getLeft().reasons()).containsExactly(new RosterRejection.NoDutyManagerPost(OFFICE));
    }
}
