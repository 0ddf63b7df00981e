package org.propertydesk.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertydesk.domain.roster.RosterFixture.*;

import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Department;

class StaffingPerShiftTest {

    private static final ShiftPattern THREE = ShiftPattern.threeShifts();

    @Test
    @DisplayName("R-RO-2 / R-RO-5: a single number still means every shift, on ordinary days and on holidays")
    void singleNumberMeansEveryShift() {
        Post lobby = Post.roundTheClock(LOBBY, "lobby", Department.SECURITY, SUPERVISOR, 1, 2);
        assertThat(THREE.shifts().map(lobby::staffing)).containsOnly(Staffing.of(1, 2));
        assertThat(THREE.shifts().map(shift -> lobby.required(shift, LocalDate.of(2026, 10, 1), NATIONAL_DAY))).containsOnly(2);
        assertThat(THREE.shifts().map(shift -> lobby.required(shift, LocalDate.of(2026, 10, 8), NATIONAL_DAY))).containsOnly(1);
    }

    @Test
    @DisplayName("R-RO-2: the lobby needs two guards by day and one by night — each shift answers its own number")
    void eachShiftItsOwnNumber() {
        Post lobby = lobby().withStaffing("D", Staffing.of(2, 3));
        LocalDate ordinary = LocalDate.of(2026, 11, 3);
        LocalDate holiday = LocalDate.of(2026, 10, 2);
        assertThat(THREE.shifts().map(shift -> lobby.required(shift, ordinary, NATIONAL_DAY))).containsExactly(1, 2, 1);
        assertThat(THREE.shifts().map(shift -> lobby.required(shift, holiday, NATIONAL_DAY))).containsExactly(1, 3, 1);
    }

    @Test
    @DisplayName("R-RO-5: a shift's holiday minimum is never below that shift's ordinary minimum")
    void holidayNeverBelowOrdinary() {
        assertThatThrownBy(() -> Staffing.of(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lobby().withStaffing("N", new Staffing(2, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Staffing.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R-RO-2: a post's staffing names each shift of its pattern, and no other")
    void staffingMatchesThePattern() {
        assertThatThrownBy(() -> new Post(LOBBY, "lobby", Department.SECURITY, SUPERVISOR, THREE, true, false, false,
                HashMap.of("N", Staffing.of(1), "D", Staffing.of(2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Post(LOBBY, "lobby", Department.SECURITY, SUPERVISOR, THREE, true, false, false,
                HashMap.of("N", Staffing.of(1), "D", Staffing.of(2), "E", Staffing.of(1), "X", Staffing.of(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lobby().withStaffing("X", Staffing.of(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R-RO-2: staffing given in any order is the same post, kept in the pattern's order")
    void orderOfStaffingDoesNotMatter() {
        Post given = new Post(LOBBY, "lobby", Department.SECURITY, SUPERVISOR, THREE, true, false, false,
                LinkedHashMap.of("E", Staffing.of(1), "D", Staffing.of(2), "N", Staffing.of(1)));
        assertThat(given).isEqualTo(lobby().withStaffing("D", Staffing.of(2)));
        assertThat(given.staffing().keySet().toList()).containsExactly("N", "D", "E");
    }
}
