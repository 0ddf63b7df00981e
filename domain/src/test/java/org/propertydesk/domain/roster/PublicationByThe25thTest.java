package org.propertydesk.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.roster.RosterFixture.*;

import io.vavr.collection.List;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.roster.RosterRejection.LatePublication;
import org.propertydesk.domain.roster.RosterVersion.Published;

class PublicationByThe25thTest {

    private static final RosterPeriod NOVEMBER = RosterPeriod.month(YearMonth.of(2026, 11));
    private static final RosterPeriod OCTOBER = RosterPeriod.month(YearMonth.of(2026, 10));

    private static Roster november() {
        return planned(NOVEMBER, validAssignments(NOVEMBER));
    }

    @Test
    @DisplayName("R-RO-5: November's roster is due by the end of 25 October, office time")
    void dueByThe25th() {
        assertThat(november().publicationDue(PLAIN, POLICY)).isEqualTo(at(LocalDate.of(2026, 10, 26), 0, 0));
    }

    @Test
    @DisplayName("R-RO-5: published on the evening of the 25th it is in force, issued to everyone rostered")
    void onTime() {
        Roster published = november().publish(supervisor(), at(LocalDate.of(2026, 10, 25), 23, 0), PLAIN, POLICY).get().roster();
        assertThat(published.current()).isInstanceOfSatisfying(Published.class, version -> {
            assertThat(version.number()).isEqualTo(1);
            assertThat(version.toAcknowledge()).containsExactlyInAnyOrderElementsOf(GUARDS.append(MANAGER));
        });
    }

    @Test
    @DisplayName("R-RO-5: published on the 26th without an approved exception it is rejected as late")
    void lateRejected() {
        Instant late = at(LocalDate.of(2026, 10, 26), 9, 0);
        assertThat(november().publish(supervisor(), late, PLAIN, POLICY).getLeft().reasons())
                .containsExactly(new LatePublication(ROSTER, at(LocalDate.of(2026, 10, 26), 0, 0), late));
    }

    @Test
    @DisplayName("R-RO-5: a late publication goes through once a department manager's exception is recorded")
    void excusedLateness() {
        Instant late = at(LocalDate.of(2026, 10, 26), 9, 0);
        Roster excused = november().excuseLatePublication(manager(), "new post opened", late).get().roster();
        assertThat(excused.publish(supervisor(), late, PLAIN, POLICY).isRight()).isTrue();
    }

    @Test
    @DisplayName("R-RO-5: a supervisor cannot excuse a late publication (permission refusal)")
    void supervisorCannotExcuse() {
        var refused = november().excuseLatePublication(supervisor(), "please", Instant.EPOCH).getLeft().reasons();
        assertThat(refused).singleElement().isInstanceOf(PermissionRejection.class);
    }

    @Test
    @DisplayName("R-RO-5: the National Day roster is due 7 days before 1 October, earlier than the 25th")
    void holidayRosterSevenDaysAhead() {
        Roster october = planned(OCTOBER, validAssignments(OCTOBER));
        assertThat(october.publicationDue(NATIONAL_DAY, POLICY)).isEqualTo(at(LocalDate.of(2026, 9, 24), 0, 0));
        assertThat(october.publish(supervisor(), at(LocalDate.of(2026, 9, 24), 10, 0), NATIONAL_DAY, POLICY).getLeft().names(Rule.R_RO_5))
                .isTrue();
        assertThat(october.publish(supervisor(), at(LocalDate.of(2026, 9, 23), 18, 0), NATIONAL_DAY, POLICY).isRight()).isTrue();
    }

    @Test
    @DisplayName("R-RO-5: only the department's scheduler or above publishes; a designated scheduler may")
    void onlySchedulers() {
        Instant early = at(LocalDate.of(2026, 10, 20), 9, 0);
        var refused = november().publish(assistant(), early, PLAIN, POLICY).getLeft().reasons();
        assertThat(refused).containsExactly(new RosterRejection.NotScheduler(ASSISTANT));
        assertThat(refused.head()).isInstanceOf(PermissionRejection.class);
        var designated = member(SCHEDULER, Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE);
        assertThat(november().publish(designated, early, PLAIN, POLICY).isRight()).isTrue();
        var otherDepartmentSupervisor = member(staff(77), Role.SUPERVISOR, Department.CLEANING);
        assertThat(november().publish(otherDepartmentSupervisor, early, PLAIN, POLICY).isLeft()).isTrue();
    }

    @Test
    @DisplayName("R-RO-2, R-RO-3, R-RO-5: an invalid, late roster published by an assistant is refused with every reason at once")
    void everyReasonAtOnce() {
        LocalDate nov3 = LocalDate.of(2026, 11, 3);
        Roster holes = planned(NOVEMBER, validAssignments(NOVEMBER).remove(Assignment.of(MANAGER, DUTY, "M", nov3))
                .filter(a -> !(a.date().equals(nov3) && a.shift().equals("N"))));
        var refused = holes.publish(assistant(), at(LocalDate.of(2026, 10, 27), 9, 0), PLAIN, POLICY).getLeft();
        assertThat(refused.rules()).containsExactlyInAnyOrder(Rule.R_RO_5, Rule.R_RO_2, Rule.R_RO_3);
        assertThat(refused.reasons()).hasSize(4);
    }

    @Test
    @DisplayName("R-RO-6: once published, the roster is no longer edited as a draft")
    void publishedIsNotADraft() {
        Roster published = published(NOVEMBER, PLAIN);
        assertThat(published.plan(List.empty(), List.empty()).getLeft().reasons())
                .containsExactly(new RosterRejection.NotADraft(ROSTER, 1));
        assertThat(published.publish(supervisor(), Instant.EPOCH, PLAIN, POLICY).isLeft()).isTrue();
    }
}
