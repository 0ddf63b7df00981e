package org.propertydesk.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.roster.RosterFixture.*;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.roster.RosterRejection.TilingGap;
import org.propertydesk.domain.roster.RosterRejection.TilingOverlap;

class ThreeShiftSystemTilesTheDayTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private static Post roundTheClock(Shift... shifts) {
        return new Post(GATE, "gate", Department.SECURITY, SUPERVISOR, ShiftPattern.of(shifts), true, false, false, 1, 1);
    }

    @Test
    @DisplayName("R-RO-1: the default three shifts 00–08, 08–16, 16–24 tile the 24 h of a day")
    void defaultThreeShiftsTile() {
        assertThat(RosterValidation.tiling(lobby(), DAY, SHANGHAI)).isEmpty();
        assertThat(ShiftPattern.threeShifts().shifts()).hasSize(3);
    }

    @Test
    @DisplayName("R-RO-1: configured shifts crossing midnight (22–06, 06–14, 14–22) also tile the day")
    void shiftsCrossingMidnightTile() {
        Post post = roundTheClock(
                Shift.of("N", LocalTime.of(22, 0), LocalTime.of(6, 0)),
                Shift.of("D", LocalTime.of(6, 0), LocalTime.of(14, 0)),
                Shift.of("E", LocalTime.of(14, 0), LocalTime.of(22, 0)));
        assertThat(RosterValidation.tiling(post, DAY, SHANGHAI)).isEmpty();
    }

    @Test
    @DisplayName("R-RO-1: an evening shift ending at 23:00 leaves a gap named with post, date and interval 23:00–24:00")
    void gapIsNamed() {
        Post post = roundTheClock(
                Shift.of("N", LocalTime.MIDNIGHT, LocalTime.of(8, 0)),
                Shift.of("D", LocalTime.of(8, 0), LocalTime.of(16, 0)),
                Shift.of("E", LocalTime.of(16, 0), LocalTime.of(23, 0)));
        assertThat(RosterValidation.tiling(post, DAY, SHANGHAI))
                .containsExactly(new TilingGap(GATE, DAY, interval(DAY, 23, 0, DAY.plusDays(1), 0, 0)));
    }

    @Test
    @DisplayName("R-RO-1: a night shift 22–07 overlapping the day shift 06–14 is named, as is the resulting gap")
    void overlapIsNamed() {
        Post post = roundTheClock(
                Shift.of("N", LocalTime.of(22, 0), LocalTime.of(7, 0)),
                Shift.of("D", LocalTime.of(6, 0), LocalTime.of(14, 0)),
                Shift.of("E", LocalTime.of(15, 0), LocalTime.of(22, 0)));
        assertThat(RosterValidation.tiling(post, DAY, SHANGHAI)).containsExactly(
                new TilingOverlap(GATE, DAY, interval(DAY, 6, 0, DAY, 7, 0)),
                new TilingGap(GATE, DAY, interval(DAY, 14, 0, DAY, 15, 0)));
    }

    @Test
    @DisplayName("R-RO-1: a post not staffed around the clock may use split shifts that do not tile")
    void splitShiftsAllowedOnDaytimePost() {
        Post clubhouse = new Post(GATE, "clubhouse", Department.CUSTOMER_SERVICE, SUPERVISOR, ShiftPattern.of(
                Shift.of("AM", LocalTime.of(9, 0), LocalTime.of(12, 0)),
                Shift.of("PM", LocalTime.of(17, 0), LocalTime.of(21, 0))), false, false, false, 1, 1);
        Roster roster = draft(NOV_2_TO_5, List.of(lobby(), dutyManagerPost(), clubhouse))
                .plan(validAssignments(NOV_2_TO_5).appendAll(NOV_2_TO_5.dates().flatMap(date -> List.of(
                        Assignment.of(SPARE, GATE, "AM", date), Assignment.of(SPARE, GATE, "PM", date)))), List.empty())
                .get().roster();
        assertThat(violations(roster, PLAIN)).isEmpty();
    }

    @Test
    @DisplayName("R-RO-1: the roster reports a broken pattern of a round-the-clock post among its violations")
    void rosterReportsTiling() {
        Post gate = roundTheClock(Shift.of("L", LocalTime.of(8, 0), LocalTime.of(20, 0)));
        Roster roster = draft(NOV_2_TO_5, List.of(lobby(), dutyManagerPost(), gate))
                .plan(validAssignments(NOV_2_TO_5).appendAll(NOV_2_TO_5.dates().map(date -> Assignment.of(SPARE, GATE, "L", date))),
                        List.empty())
                .get().roster();
        assertThat(violations(roster, PLAIN))
                .containsExactly(new TilingGap(GATE, NOV_2_TO_5.first(), interval(NOV_2_TO_5.first(), 0, 0, NOV_2_TO_5.first(), 8, 0)),
                        new TilingGap(GATE, NOV_2_TO_5.first(), interval(NOV_2_TO_5.first(), 20, 0, NOV_2_TO_5.first().plusDays(1), 0, 0)));
    }

    @Test
    @DisplayName("R-RO-1: an assignment to a shift the post does not have, or outside the period, is refused")
    void unknownShiftRefused() {
        var result = draft(NOV_2_TO_5).plan(List.of(
                Assignment.of(SPARE, LOBBY, "X", NOV_2_TO_5.first()),
                Assignment.of(SPARE, LOBBY, "D", LocalDate.of(2026, 12, 1))), List.empty());
        assertThat(result.getLeft().reasons()).containsExactly(
                new RosterRejection.UnknownShift(LOBBY, "X"),
                new RosterRejection.OutsidePeriod(LocalDate.of(2026, 12, 1), NOV_2_TO_5));
    }
}
