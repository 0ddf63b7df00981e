package org.propertydesk.testkit.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.testkit.roster.OctoberOffice.*;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.roster.RosterDesk.ChangeAsked;
import org.propertydesk.application.roster.RosterDesk.RequestChange;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.roster.Assignment;
import org.propertydesk.domain.roster.ChangeKind;
import org.propertydesk.domain.roster.OnDuty;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.domain.roster.RosterEvent;
import org.propertydesk.domain.roster.RosterId;
import org.propertydesk.domain.roster.RosterPolicy;
import org.propertydesk.domain.roster.RosterRejection;
import org.propertydesk.domain.roster.RosterVersion;

/**
 * The October 2026 office through the desk: five posts, twenty staff, 国庆节 1–7 October and the
 * make-up Saturday, published on time; then an approved swap, a late change turned down and a
 * sick leave covered by the reserve guard.
 */
class OctoberRosterThroughNationalDayTest {

    private final RosterDeskFixture office = new RosterDeskFixture();

    @Test
    @DisplayName("R-RO-1..R-RO-5: the office has 5 posts and 20 staff and its October plan is valid, with strengthened lobby duty on 国庆节")
    void planIsValid() {
        assertThat(posts()).hasSize(5);
        assertThat(staff()).hasSize(20).extracting(member -> member.id()).doesNotHaveDuplicates();
        RosterId id = office.planned();
        assertThat(office.desk.validate(OFFICE, SCHEDULER, id).get()).isEmpty();
        assertThat(office.roster(id).publicationDue(calendar(), RosterPolicy.defaults()))
                .isEqualTo(at(LocalDate.of(2026, 9, 24), 0, 0));
    }

    @Test
    @DisplayName("R-RO-5: published by the scheduler on 20 September, a week before 国庆节, and issued to everyone rostered")
    void publishedOnTime() {
        RosterId id = office.published();
        Roster roster = office.roster(id);
        assertThat(roster.current().state()).isEqualTo(org.propertydesk.domain.roster.RosterState.PUBLISHED);
        assertThat(office.outbox.events(OFFICE, RosterEvent.RosterPublished.class)).singleElement()
                .satisfies(event -> assertThat(event.toAcknowledge()).hasSize(18));
    }

    @Test
    @DisplayName("R-RO-2, R-RO-5, K-3: two guards in the lobby on a holiday night, both clerks at the front desk on the make-up Saturday, one at lunch")
    void whoIsOnPost() {
        office.published();
        assertThat(office.desk.whoIsOnPost(OFFICE, LOBBY, at(LocalDate.of(2026, 10, 3), 3, 0))).hasSize(2);
        assertThat(office.desk.whoIsOnPost(OFFICE, LOBBY, at(LocalDate.of(2026, 10, 13), 3, 0))).hasSize(2);
        assertThat(office.desk.whoIsOnPost(OFFICE, FRONT_DESK, at(MAKE_UP_DAY, 10, 0))).hasSize(2);
        assertThat(office.desk.whoIsOnPost(OFFICE, FRONT_DESK, at(MAKE_UP_DAY, 12, 15))).hasSize(1);
        assertThat(office.desk.whoIsOnPost(OFFICE, FRONT_DESK, at(LocalDate.of(2026, 10, 3), 10, 0))).isEmpty();
        assertThat(office.desk.whoIsOnPost(OFFICE, FRONT_DESK, at(LocalDate.of(2026, 10, 11), 10, 0))).isEmpty();
        office.setClock(LocalDate.of(2026, 10, 3), 3, 0);
        assertThat(office.desk.whoIsOnDutyNow(OFFICE).map(OnDuty::post)).containsExactlyInAnyOrder(LOBBY, LOBBY, CCTV);
    }

    @Test
    @DisplayName("R-RO-6: an approved swap, a late change turned down, and sick leave with a certificate and the reserve as replacement")
    void threeChangeRequests() {
        RosterId id = office.published();
        LocalDate oct15 = LocalDate.of(2026, 10, 15);
        Assignment day = RosterDeskFixture.held(office.roster(id), LOBBY, "D", oct15);
        Assignment evening = RosterDeskFixture.held(office.roster(id), LOBBY, "E", oct15);

        office.setClock(LocalDate.of(2026, 10, 12), 9, 0);
        ChangeAsked swap = office.desk.requestChange(new RequestChange(OFFICE, day.staff(), id, new ChangeKind.Swap(day, evening),
                "family dinner")).get();
        office.setClock(LocalDate.of(2026, 10, 12), 10, 0);
        Roster afterSwap = office.desk.approveChange(OFFICE, SECURITY_SUPERVISOR, id, swap.change()).get();
        assertThat(afterSwap.current().number()).isEqualTo(2);
        assertThat(((RosterVersion.Published) afterSwap.current()).toAcknowledge()).containsExactlyInAnyOrder(day.staff(), evening.staff());
        assertThat(office.desk.acknowledge(OFFICE, day.staff(), id, 2).isRight()).isTrue();
        assertThat(office.desk.acknowledge(OFFICE, day.staff(), id, 1).isLeft()).isTrue();

        LocalDate oct16 = LocalDate.of(2026, 10, 16);
        Assignment cctvDay = RosterDeskFixture.held(office.roster(id), CCTV, "D", oct16);
        office.setClock(oct16, 6, 0);
        var late = office.desk.requestChange(new RequestChange(OFFICE, cctvDay.staff(), id,
                new ChangeKind.Replacement(cctvDay, RESERVE), "overslept plans"));
        assertThat(late.getLeft().reasons()).singleElement().isInstanceOf(RosterRejection.LateChangeRequest.class);

        LocalDate oct20 = LocalDate.of(2026, 10, 20);
        Assignment sick = RosterDeskFixture.held(office.roster(id), CCTV, "D", oct20);
        office.setClock(oct20, 6, 30);
        ChangeAsked leave = office.desk.requestChange(new RequestChange(OFFICE, sick.staff(), id,
                new ChangeKind.SickLeave(sick, Option.some("Renji hospital certificate 2026-1020-17"), Option.some(RESERVE)), "fever")).get();
        office.setClock(oct20, 7, 0);
        Roster afterSick = office.desk.approveChange(OFFICE, SECURITY_SUPERVISOR, id, leave.change()).get();

        assertThat(afterSick.versions().map(RosterVersion::state)).containsExactly(
                org.propertydesk.domain.roster.RosterState.SUPERSEDED, org.propertydesk.domain.roster.RosterState.SUPERSEDED,
                org.propertydesk.domain.roster.RosterState.PUBLISHED);
        assertThat(afterSick.violations(calendar(), RosterPolicy.defaults())).isEmpty();
        assertThat(office.desk.whoIsOnPost(OFFICE, CCTV, at(oct20, 10, 0)).map(OnDuty::staff)).containsExactly(RESERVE);
        assertThat(office.outbox.events(OFFICE, RosterEvent.ChangeApproved.class)).hasSize(2);
        assertThat(member(RESERVE).role()).isEqualTo(Role.SECURITY_OFFICER);
    }
}
