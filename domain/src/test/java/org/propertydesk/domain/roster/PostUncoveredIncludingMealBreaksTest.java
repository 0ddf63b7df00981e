package org.propertydesk.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.roster.RosterFixture.*;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.roster.RosterRejection.Uncovered;

class PostUncoveredIncludingMealBreaksTest {

    private static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);

    @Test
    @DisplayName("R-RO-2: the rotation covers every shift of every day, so the roster is valid")
    void rotationIsValid() {
        assertThat(violations(planned(NOV_2_TO_5, validAssignments(NOV_2_TO_5)), PLAIN)).isEmpty();
    }

    @Test
    @DisplayName("R-RO-2: a day shift nobody holds is rejected naming the post, the date and 08:00–16:00")
    void missingShift() {
        Seq<Assignment> assignments = validAssignments(NOV_2_TO_5)
                .filter(a -> !(a.post().equals(LOBBY) && a.date().equals(NOV_3) && a.shift().equals("D")));
        assertThat(violations(planned(NOV_2_TO_5, assignments), PLAIN))
                .containsExactly(new Uncovered(LOBBY, NOV_3, interval(NOV_3, 8, 0, NOV_3, 16, 0), 1, 0));
    }

    @Test
    @DisplayName("R-RO-2: the only guard's meal break 12:00–12:30 leaves the post uncovered for exactly that half hour")
    void soleGuardMealBreak() {
        Seq<Assignment> assignments = validAssignments(NOV_2_TO_5).map(a -> a.post().equals(LOBBY) && a.date().equals(NOV_3)
                && a.shift().equals("D") ? a.withMealBreak(LocalTime.of(12, 0), LocalTime.of(12, 30)) : a);
        assertThat(violations(planned(NOV_2_TO_5, assignments), PLAIN))
                .containsExactly(new Uncovered(LOBBY, NOV_3, interval(NOV_3, 12, 0, NOV_3, 12, 30), 1, 0));
    }

    private static Post frontDesk() {
        return new Post(GATE, "front desk", Department.CUSTOMER_SERVICE, SUPERVISOR,
                ShiftPattern.of(Shift.of("O", LocalTime.of(8, 30), LocalTime.of(17, 30)).withMealBreak(LocalTime.of(12, 0), LocalTime.of(12, 30))),
                false, false, false, 1, 1);
    }

    @Test
    @DisplayName("R-RO-2: 午餐时间保证有人值班 — two clerks with staggered lunches keep the front desk covered")
    void staggeredLunches() {
        Seq<Assignment> desk = NOV_2_TO_5.dates().flatMap(date -> List.of(
                Assignment.of(ASSISTANT, GATE, "O", date),
                Assignment.of(SPARE, GATE, "O", date).withMealBreak(LocalTime.of(12, 30), LocalTime.of(13, 0))));
        Roster roster = draft(NOV_2_TO_5, List.of(lobby(), dutyManagerPost(), frontDesk()))
                .plan(validAssignments(NOV_2_TO_5).appendAll(desk), List.empty()).get().roster();
        assertThat(violations(roster, PLAIN)).isEmpty();
    }

    @Test
    @DisplayName("R-RO-2: two clerks lunching at the same time leave the front desk uncovered 12:00–12:30 each day")
    void sameLunch() {
        Seq<Assignment> desk = NOV_2_TO_5.dates().flatMap(date -> List.of(
                Assignment.of(ASSISTANT, GATE, "O", date), Assignment.of(SPARE, GATE, "O", date)));
        Roster roster = draft(NOV_2_TO_5, List.of(lobby(), dutyManagerPost(), frontDesk()))
                .plan(validAssignments(NOV_2_TO_5).appendAll(desk), List.empty()).get().roster();
        assertThat(violations(roster, PLAIN)).containsExactlyElementsOf(NOV_2_TO_5.dates()
                .map(date -> new Uncovered(GATE, date, interval(date, 12, 0, date, 12, 30), 1, 0)));
    }

    /** The front desk for {@code needed} clerks at once, with no meal break of its own. */
    private static Post deskFor(int needed) {
        return new Post(GATE, "front desk", Department.CUSTOMER_SERVICE, SUPERVISOR,
                ShiftPattern.of(Shift.of("O", LocalTime.of(8, 30), LocalTime.of(17, 30))), false, false, false, needed, needed);
    }

    private static Seq<RosterRejection.RosterViolation> oneDay(Post desk, Seq<Assignment> assignments) {
        return RosterValidation.violations(List.of(desk), team(), new RosterPeriod(NOV_3, NOV_3), assignments, PLAIN, POLICY);
    }

    @Test
    @DisplayName("R-RO-2: a clerk entered twice on the same shift is one clerk — a desk needing two is short by one")
    void samePersonTwiceCountsOnce() {
        Assignment clerk = Assignment.of(ASSISTANT, GATE, "O", NOV_3);
        assertThat(oneDay(deskFor(2), List.of(clerk, clerk)))
                .containsExactly(new Uncovered(GATE, NOV_3, interval(NOV_3, 8, 30, NOV_3, 17, 30), 2, 1));
    }

    @Test
    @DisplayName("R-RO-2: on a crowded shift (ten entries) each person still counts once, and only their first entry's meal break")
    void crowdedShiftCountsEachPersonOnce() {
        Seq<Assignment> crowd = List.fill(8, Assignment.of(ASSISTANT, GATE, "O", NOV_3).withMealBreak(LocalTime.of(12, 0), LocalTime.of(12, 30)))
                .prepend(Assignment.of(ASSISTANT, GATE, "O", NOV_3))
                .append(Assignment.of(SPARE, GATE, "O", NOV_3).withMealBreak(LocalTime.of(13, 0), LocalTime.of(13, 30)));
        // the entries with another meal break are also R-RO-4's double booking, reported once there
        assertThat(oneDay(deskFor(3), crowd).filter(Uncovered.class::isInstance)).containsExactly(
                new Uncovered(GATE, NOV_3, interval(NOV_3, 8, 30, NOV_3, 13, 0), 3, 2),
                new Uncovered(GATE, NOV_3, interval(NOV_3, 13, 0, NOV_3, 13, 30), 3, 1),
                new Uncovered(GATE, NOV_3, interval(NOV_3, 13, 30, NOV_3, 17, 30), 3, 2));
    }

    @Test
    @DisplayName("R-RO-2: a meal break outside the shift is reported, naming who, post, date and the break")
    void mealBreakOutsideShift() {
        Seq<Assignment> assignments = validAssignments(NOV_2_TO_5).map(a -> a.post().equals(LOBBY) && a.date().equals(NOV_3)
                && a.shift().equals("D") ? a.withMealBreak(LocalTime.of(18, 0), LocalTime.of(18, 30)) : a);
        Assignment moved = assignments.find(a -> a.mealBreak().isDefined()).get();
        assertThat(violations(planned(NOV_2_TO_5, assignments), PLAIN)).containsExactly(
                new RosterRejection.MealBreakOutsideShift(moved.staff(), LOBBY, NOV_3, interval(NOV_3, 18, 0, NOV_3, 18, 30)));
    }

    @Test
    @DisplayName("R-RO-2: an assignment on a post the roster does not plan is refused")
    void unknownPost() {
        assertThat(draft(NOV_2_TO_5).plan(List.of(Assignment.of(SPARE, GATE, "D", NOV_3)), List.empty()).getLeft().names(
                org.propertydesk.domain.kernel.Rule.R_RO_2)).isTrue();
    }
}
