package org.propertydesk.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.roster.RosterFixture.*;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.roster.RosterRejection.HolidayDutyNotStrengthened;
import org.propertydesk.domain.roster.RosterRejection.RosterViolation;
import org.propertydesk.domain.roster.RosterRejection.Uncovered;

/** A lobby whose day shift needs two guards while its night and evening shifts need one (R-RO-2, R-RO-5). */
class LobbyTwoGuardsByDayOneByNightTest {

    private static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);
    private static final RosterPeriod OCTOBER = RosterPeriod.month(YearMonth.of(2026, 10));

    private static Post lobbyTwoByDay() {
        return lobby().withStaffing("D", Staffing.of(2));
    }

    private static Seq<Assignment> secondGuardByDay(RosterPeriod period) {
        return period.dates().map(date -> Assignment.of(SPARE, LOBBY, "D", date));
    }

    private static Seq<RosterViolation> found(RosterPeriod period, Post lobby, Seq<Assignment> assignments, BusinessCalendar calendar) {
        Roster roster = draft(period, List.of(lobby, dutyManagerPost())).plan(assignments, List.empty()).get().roster();
        return violations(roster, calendar);
    }

    @Test
    @DisplayName("R-RO-2: the lobby needs two guards by day and one by night — one guard per shift leaves each day shift a guard short, naming 2")
    void oneGuardByDayIsShort() {
        assertThat(found(NOV_2_TO_5, lobbyTwoByDay(), validAssignments(NOV_2_TO_5), PLAIN)).containsExactlyElementsOf(
                NOV_2_TO_5.dates().map(date -> new Uncovered(LOBBY, date, interval(date, 8, 0, date, 16, 0), 2, 1)));
    }

    @Test
    @DisplayName("R-RO-2: the lobby needs two guards by day and one by night — a second guard on each day shift makes the roster valid")
    void secondGuardByDayIsEnough() {
        assertThat(found(NOV_2_TO_5, lobbyTwoByDay(), validAssignments(NOV_2_TO_5).appendAll(secondGuardByDay(NOV_2_TO_5)), PLAIN))
                .isEmpty();
    }

    @Test
    @DisplayName("R-RO-2: a hole across the day shift needing two and the evening needing one is two violations, each naming its shift's number")
    void holeAcrossShiftsNamesEachShiftsNumber() {
        Seq<Assignment> assignments = validAssignments(NOV_2_TO_5).appendAll(secondGuardByDay(NOV_2_TO_5))
                .filter(a -> !(a.post().equals(LOBBY) && a.date().equals(NOV_3) && !a.shift().equals("N")));
        assertThat(found(NOV_2_TO_5, lobbyTwoByDay(), assignments, PLAIN)).containsExactly(
                new Uncovered(LOBBY, NOV_3, interval(NOV_3, 8, 0, NOV_3, 16, 0), 2, 0),
                new Uncovered(LOBBY, NOV_3, interval(NOV_3, 16, 0, NOV_3.plusDays(1), 0, 0), 1, 0));
    }

    @Test
    @DisplayName("R-RO-2: with one guard needed on every shift, the same hole is one violation from 08:00 to 24:00")
    void holeAcrossShiftsWithTheSameNumberIsOne() {
        Seq<Assignment> assignments = validAssignments(NOV_2_TO_5)
                .filter(a -> !(a.post().equals(LOBBY) && a.date().equals(NOV_3) && !a.shift().equals("N")));
        assertThat(found(NOV_2_TO_5, lobby(), assignments, PLAIN)).containsExactly(
                new Uncovered(LOBBY, NOV_3, interval(NOV_3, 8, 0, NOV_3.plusDays(1), 0, 0), 1, 0));
    }

    @Test
    @DisplayName("R-RO-5: 加强值班 per shift — on each day of 国庆节 only the day shift, needing two on holidays, is reported, 08:00–16:00")
    void holidayMinimumPerShift() {
        Post lobby = lobby().withStaffing("D", Staffing.of(1, 2));
        assertThat(found(OCTOBER, lobby, validAssignments(OCTOBER), NATIONAL_DAY)).containsExactlyElementsOf(
                List.rangeClosed(1, 7).map(day -> LocalDate.of(2026, 10, day))
                        .map(date -> new HolidayDutyNotStrengthened(LOBBY, date, interval(date, 8, 0, date, 16, 0), 2, 1)));
    }

    @Test
    @DisplayName("R-RO-2 / R-RO-5: a day shift needing two, and three on holidays, is short by one on ordinary days and by two on 国庆节")
    void ordinaryAndHolidayNumbersOfOneShift() {
        Post lobby = lobby().withStaffing("D", Staffing.of(2, 3));
        Seq<RosterViolation> found = found(OCTOBER, lobby, validAssignments(OCTOBER), NATIONAL_DAY);
        LocalDate holiday = LocalDate.of(2026, 10, 3);
        LocalDate ordinary = LocalDate.of(2026, 10, 13);
        assertThat(found.filter(violation -> violation.date().equals(holiday)))
                .containsExactly(new Uncovered(LOBBY, holiday, interval(holiday, 8, 0, holiday, 16, 0), 2, 1));
        assertThat(found.filter(violation -> violation.date().equals(ordinary)))
                .containsExactly(new Uncovered(LOBBY, ordinary, interval(ordinary, 8, 0, ordinary, 16, 0), 2, 1));
        Seq<Assignment> twoByDay = validAssignments(OCTOBER).appendAll(secondGuardByDay(OCTOBER));
        assertThat(found(OCTOBER, lobby, twoByDay, NATIONAL_DAY)).containsExactlyElementsOf(
                List.rangeClosed(1, 7).map(day -> LocalDate.of(2026, 10, day))
                        .map(date -> new HolidayDutyNotStrengthened(LOBBY, date, interval(date, 8, 0, date, 16, 0), 3, 2)));
    }
}
