package org.propertydesk.testkit.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertydesk.testkit.roster.OctoberOffice.*;

import io.vavr.collection.HashSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.application.roster.RosterDesk.DraftRoster;
import org.propertydesk.application.roster.RosterDesk.ExcuseLatePublication;
import org.propertydesk.application.roster.RosterDesk.RecordTemporaryAbsence;
import org.propertydesk.application.roster.RosterDesk.RequestChange;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.roster.Assignment;
import org.propertydesk.domain.roster.ChangeKind;
import org.propertydesk.domain.roster.Interval;
import org.propertydesk.domain.roster.RosterEvent;
import org.propertydesk.domain.roster.RosterId;
import org.propertydesk.domain.roster.RosterRejection;

class RosterDeskAuthorisationTest {

    private final RosterDeskFixture office = new RosterDeskFixture();

    @Test
    @DisplayName("R-RO-5: a front-desk clerk may neither draft nor publish; the security supervisor does not schedule the customer-service roster")
    void onlySchedulersPublish() {
        var draft = office.desk.draft(new DraftRoster(OFFICE, FRONT_DESK_CLERKS.head(), Department.CUSTOMER_SERVICE, OCTOBER, posts(),
                HashSet.of(SCHEDULER)));
        assertThat(draft.getLeft().reasons()).containsExactly(new RosterRejection.NotScheduler(FRONT_DESK_CLERKS.head()));
        RosterId id = office.planned();
        office.setClock(LocalDate.of(2026, 9, 20), 10, 0);
        var refused = office.desk.publish(OFFICE, SECURITY_SUPERVISOR, id).getLeft().reasons();
        assertThat(refused).containsExactly(new RosterRejection.NotScheduler(SECURITY_SUPERVISOR));
        assertThat(refused.head()).isInstanceOf(PermissionRejection.class);
        assertThat(office.desk.publish(OFFICE, SERVICE_MANAGER, id).isRight()).isTrue();
    }

    @Test
    @DisplayName("R-RO-5: published on 25 September, after the 国庆节 deadline, it is rejected until the department manager records an exception")
    void latePublicationNeedsException() {
        RosterId id = office.planned();
        office.setClock(LocalDate.of(2026, 9, 25), 10, 0);
        assertThat(office.desk.publish(OFFICE, SCHEDULER, id).getLeft().reasons())
                .singleElement().isInstanceOf(RosterRejection.LatePublication.class);
        assertThat(office.desk.excuseLatePublication(new ExcuseLatePublication(OFFICE, SCHEDULER, id, "please")).getLeft().names(Rule.R_RO_5))
                .isTrue();
        office.desk.excuseLatePublication(new ExcuseLatePublication(OFFICE, SERVICE_MANAGER, id, "new CCTV room opened")).get();
        assertThat(office.desk.publish(OFFICE, SCHEDULER, id).isRight()).isTrue();
        assertThat(office.outbox.events(OFFICE, RosterEvent.LatePublicationExcused.class)).hasSize(1);
    }

    @Test
    @DisplayName("R-RO-6: the customer-service manager is not above the lobby's supervisor and cannot approve a lobby change")
    void onlyThePostsSupervisorApproves() {
        RosterId id = office.published();
        LocalDate oct15 = LocalDate.of(2026, 10, 15);
        Assignment day = RosterDeskFixture.held(office.roster(id), LOBBY, "D", oct15);
        office.setClock(LocalDate.of(2026, 10, 12), 9, 0);
        var asked = office.desk.requestChange(new RequestChange(OFFICE, day.staff(), id, new ChangeKind.Replacement(day, RESERVE), "exam")).get();
        var refused = office.desk.approveChange(OFFICE, SERVICE_MANAGER, id, asked.change()).getLeft().reasons();
        assertThat(refused).containsExactly(new RosterRejection.NotSupervisorOfPost(SERVICE_MANAGER, LOBBY));
        assertThat(office.desk.rejectChange(OFFICE, SECURITY_SUPERVISOR, id, asked.change(), "exam week is busy").isRight()).isTrue();
        assertThat(office.roster(id).versions()).hasSize(1);
        assertThat(office.outbox.events(OFFICE, RosterEvent.ChangeRejected.class)).hasSize(1);
    }

    @Test
    @DisplayName("K-1: a manager of another office is refused, and an unknown roster is not found")
    void otherOffice() {
        RosterId id = office.published();
        assertThat(office.desk.publish(OFFICE, RosterDeskFixture.STRANGER, id).getLeft().reasons())
                .containsExactly(new RosterRejection.NotStaffOfOffice(RosterDeskFixture.STRANGER, OFFICE));
        assertThatThrownBy(() -> office.desk.publish(OFFICE, SCHEDULER, new RosterId(new UUID(9, 9)))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> office.desk.whoIsOnPost(RosterDeskFixture.OTHER_OFFICE, LOBBY, at(LocalDate.of(2026, 10, 3), 3, 0)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    @DisplayName("R-RO-7: a guard who leaves with the supervisor's consent after the relief arrived is absent; one who leaves first has left the post")
    void temporaryAbsence() {
        RosterId id = office.published();
        LocalDate oct13 = LocalDate.of(2026, 10, 13);
        Assignment day = RosterDeskFixture.held(office.roster(id), CCTV, "D", oct13);
        Interval errand = new Interval(at(oct13, 10, 0), at(oct13, 10, 30));
        office.setClock(oct13, 10, 0);
        office.desk.recordTemporaryAbsence(new RecordTemporaryAbsence(OFFICE, day.staff(), id, CCTV, errand,
                Option.some(SECURITY_SUPERVISOR), Option.some(RosterDeskFixture.relief(RESERVE, at(oct13, 9, 55))))).get();
        assertThat(office.desk.whoIsOnPost(OFFICE, CCTV, at(oct13, 10, 10)).map(o -> o.staff())).containsExactly(RESERVE);
        Interval lunch = new Interval(at(oct13, 12, 0), at(oct13, 12, 30));
        office.desk.recordTemporaryAbsence(new RecordTemporaryAbsence(OFFICE, day.staff(), id, CCTV, lunch,
                Option.some(SECURITY_SUPERVISOR), Option.none())).get();
        assertThat(office.outbox.events(OFFICE, RosterEvent.TemporaryAbsenceRecorded.class)).hasSize(1);
        assertThat(office.outbox.events(OFFICE, RosterEvent.PostLeftWithoutCover.class)).hasSize(1);
        assertThat(office.desk.whoIsOnPost(OFFICE, CCTV, at(oct13, 12, 10))).isEmpty();
    }
}
