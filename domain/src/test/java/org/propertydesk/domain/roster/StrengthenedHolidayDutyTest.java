package org.propertydesk.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.roster.RosterFixture.*;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.roster.RosterRejection.HolidayDutyNotStrengthened;

class StrengthenedHolidayDutyTest {

    private static final RosterPeriod OCTOBER = RosterPeriod.month(YearMonth.of(2026, 10));

    @Test
    @DisplayName("R-RO-5: 加强值班 — on each day of 国庆节 a lobby needing two is reported once for the whole day with one guard, and not after the holiday")
    void holidayNeedsMore() {
        Post lobby = Post.roundTheClock(LOBBY, "lobby", Department.SECURITY, SUPERVISOR, 1, 2);
        Roster roster = draft(OCTOBER, List.of(lobby, dutyManagerPost()))
                .plan(validAssignments(OCTOBER), List.empty()).get().roster();
        var found = violations(roster, NATIONAL_DAY);
        assertThat(found).hasSize(7).allMatch(HolidayDutyNotStrengthened.class::isInstance);
        assertThat(found.map(RosterRejection.RosterViolation::date).distinct())
                .containsExactlyElementsOf(List.rangeClosed(1, 7).map(day -> LocalDate.of(2026, 10, day)));
        assertThat(found.head()).isEqualTo(new HolidayDutyNotStrengthened(LOBBY, LocalDate.of(2026, 10, 1),
                interval(LocalDate.of(2026, 10, 1), 0, 0, LocalDate.of(2026, 10, 2), 0, 0), 2, 1));
    }

    @Test
    @DisplayName("R-RO-5 / K-3: a post staffed on working days only is required on the make-up Saturday but not on the holiday")
    void makeUpWorkingDay() {
        Post desk = new Post(GATE, "front desk", Department.CUSTOMER_SERVICE, SUPERVISOR,
                ShiftPattern.of(Shift.of("O", java.time.LocalTime.of(9, 0), java.time.LocalTime.of(18, 0))), false, true, false, 1, 1);
        Roster roster = draft(OCTOBER, List.of(lobby(), dutyManagerPost(), desk))
                .plan(validAssignments(OCTOBER), List.empty()).get().roster();
        var dates = violations(roster, NATIONAL_DAY).map(RosterRejection.RosterViolation::date);
        assertThat(dates).contains(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 9))
                .doesNotContain(LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 11), LocalDate.of(2026, 10, 17));
    }
}
