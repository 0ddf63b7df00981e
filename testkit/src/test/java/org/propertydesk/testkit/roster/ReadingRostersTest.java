package org.propertydesk.testkit.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertydesk.testkit.roster.OctoberOffice.*;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.domain.roster.RosterId;
import org.propertydesk.domain.roster.RosterRejection;
import org.propertydesk.domain.roster.RosterState;

@DisplayName("Reading rosters at the desk")
class ReadingRostersTest {

    private final RosterDeskFixture office = new RosterDeskFixture();

    @Test
    @DisplayName("any staff member of the office reads the roster as it stands, every version included")
    void anyStaffMemberReadsTheRoster() {
        RosterId id = office.published();

        Roster read = office.desk.roster(OFFICE, LOBBY_GUARDS.head(), id).get();

        assertThat(read).isEqualTo(office.roster(id));
        assertThat(read.current().state()).isEqualTo(RosterState.PUBLISHED);
        assertThat(read.current().assignments()).hasSameSizeAs(assignments().distinct());
    }

    @Test
    @DisplayName("the rosters of a stretch of dates are those whose period shares a date with it")
    void rostersOfAPeriod() {
        RosterId id = office.planned();

        assertThat(office.desk.rosters(OFFICE, SCHEDULER, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1)).get()
                .map(Roster::id)).containsExactly(id);
        assertThat(office.desk.rosters(OFFICE, SCHEDULER, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).get()).isEmpty();
    }

    @Test
    @DisplayName("K-1: a staff member of another office reads nothing, and an unknown roster is not found")
    void otherOfficeReadsNothing() {
        RosterId id = office.published();

        assertThat(office.desk.roster(OFFICE, RosterDeskFixture.STRANGER, id).getLeft().reasons())
                .containsExactly(new RosterRejection.NotStaffOfOffice(RosterDeskFixture.STRANGER, OFFICE));
        assertThat(office.desk.rosters(OFFICE, RosterDeskFixture.STRANGER, OCTOBER.first(), OCTOBER.last()).getLeft().reasons())
                .containsExactly(new RosterRejection.NotStaffOfOffice(RosterDeskFixture.STRANGER, OFFICE));
        assertThatThrownBy(() -> office.desk.roster(OFFICE, SCHEDULER, new RosterId(new UUID(9, 9)))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> office.desk.roster(RosterDeskFixture.OTHER_OFFICE, RosterDeskFixture.STRANGER, id))
                .isInstanceOf(NotFound.class);
    }
}
