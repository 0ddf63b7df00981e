package org.propertydesk.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.roster.RosterFixture.*;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.roster.RosterRejection.DoubleBooking;
import org.propertydesk.domain.roster.RosterRejection.ShortRest;
import org.propertydesk.domain.roster.RosterRejection.TooManyConsecutiveNights;

class NoDoubleBookingRestAndNightsTest {

    private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);
    private static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);

    private static Roster twoLobbies(Seq<Assignment> extra) {
        Post gate = Post.roundTheClock(GATE, "gate", org.propertydesk.domain.kernel.Department.SECURITY, SUPERVISOR, 0, 0);
        return draft(NOV_2_TO_5, List.of(lobby(), dutyManagerPost(), gate))
                .plan(validAssignments(NOV_2_TO_5).appendAll(extra), List.empty()).get().roster();
    }

    @Test
    @DisplayName("R-RO-4: nobody holds two posts at once — the clash is named with both posts and the shared interval")
    void doubleBooking() {
        Assignment dayGuard = validAssignments(NOV_2_TO_5).find(a -> a.date().equals(NOV_2) && a.shift().equals("D")).get();
        Roster roster = twoLobbies(List.of(Assignment.of(dayGuard.staff(), GATE, "D", NOV_2)));
        var found = violations(roster, PLAIN);
        assertThat(found).hasSize(1);
        assertThat(found.head()).isInstanceOfSatisfying(DoubleBooking.class, clash -> {
            assertThat(clash.staff()).isEqualTo(dayGuard.staff());
            assertThat(List.of(clash.post(), clash.otherPost())).containsExactlyInAnyOrder(LOBBY, GATE);
            assertThat(clash.interval()).isEqualTo(interval(NOV_2, 8, 0, NOV_2, 16, 0));
        });
    }

    @Test
    @DisplayName("R-RO-4: an evening shift followed directly by the next night shift leaves no rest")
    void shortRest() {
        Roster roster = twoLobbies(List.of(Assignment.of(SPARE, GATE, "E", NOV_2), Assignment.of(SPARE, GATE, "N", NOV_3)));
        assertThat(violations(roster, PLAIN)).containsExactly(
                new ShortRest(SPARE, GATE, NOV_3, interval(NOV_3, 0, 0, NOV_3, 8, 0), Duration.ZERO, Duration.ofHours(8)));
    }

    @Test
    @DisplayName("R-RO-4: an evening shift and the next day shift leave exactly the 8 h rest the default policy asks, and pass")
    void enoughRest() {
        Roster roster = twoLobbies(List.of(Assignment.of(SPARE, GATE, "E", NOV_2), Assignment.of(SPARE, GATE, "D", NOV_3)));
        assertThat(violations(roster, PLAIN)).isEmpty();
        assertThat(roster.violations(PLAIN, POLICY.withMinimumRest(Duration.ofHours(10)))).hasSize(1);
    }

    @Test
    @DisplayName("R-RO-4: four nights in a row exceed the maximum of three; three are allowed")
    void consecutiveNights() {
        Seq<Assignment> nights = NOV_2_TO_5.dates().map(date -> Assignment.of(SPARE, GATE, "N", date));
        assertThat(violations(twoLobbies(nights), PLAIN)).containsExactly(new TooManyConsecutiveNights(
                SPARE, GATE, LocalDate.of(2026, 11, 5), interval(NOV_2, 0, 0, LocalDate.of(2026, 11, 5), 8, 0), 4, 3));
        assertThat(violations(twoLobbies(nights.init()), PLAIN)).isEmpty();
        assertThat(twoLobbies(nights.init()).violations(PLAIN, POLICY.withMaxConsecutiveNights(2))).hasSize(1);
    }

    @Test
    @DisplayName("R-RO-4: two night shifts on one day count as one night of the run, and the clash is reported on its own")
    void twoNightsOnOneDayAreOneNightOfTheRun() {
        Seq<Assignment> nights = NOV_2_TO_5.dates().map(date -> Assignment.of(SPARE, GATE, "N", date))
                .append(Assignment.of(SPARE, LOBBY, "N", NOV_3));
        var found = violations(twoLobbies(nights), PLAIN);
        assertThat(found.filter(TooManyConsecutiveNights.class::isInstance)).containsExactly(new TooManyConsecutiveNights(
                SPARE, GATE, LocalDate.of(2026, 11, 5), interval(NOV_2, 0, 0, LocalDate.of(2026, 11, 5), 8, 0), 4, 3));
        assertThat(found.filter(DoubleBooking.class::isInstance)).singleElement().isInstanceOfSatisfying(DoubleBooking.class, clash -> {
            assertThat(clash.staff()).isEqualTo(SPARE);
            assertThat(clash.interval()).isEqualTo(interval(NOV_3, 0, 0, NOV_3, 8, 0));
        });
        assertThat(found).hasSize(2);
    }
}
