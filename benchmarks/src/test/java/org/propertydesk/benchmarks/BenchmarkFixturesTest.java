package org.propertydesk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.complaint.Classification;
import org.propertydesk.domain.firstcontact.Routing;
import org.propertydesk.domain.kernel.Deadline;
import org.propertydesk.domain.roster.RosterPolicy;
import org.propertydesk.domain.roster.RosterValidation;
import org.propertydesk.testkit.roster.OctoberOffice;

/**
 * The benchmarks measure the real path only if their fixtures are what they claim: valid rosters of
 * the stated size, decisions that take every branch, blocked and unblocked handovers. No timing here.
 * The display names name no rule id on purpose: these tests prove fixtures, not rules, so the rule
 * catalogue (docs/RULES.md) does not count them.
 */
class BenchmarkFixturesTest {

    @ParameterizedTest(name = "{0}× the October office")
    @ValueSource(ints = {1, 10, 100})
    @DisplayName("fixture: the scaled rosters are the size stated and validate clean under every roster rule")
    void scaledRostersValidateClean(int copies) {
        ScaledOffice office = ScaledOffice.of(copies);

        assertThat(office.staffCount()).isEqualTo(20 * copies);
        assertThat(office.posts().size()).isEqualTo(5 * copies);
        assertThat(office.assignments().size()).isEqualTo(OctoberOffice.assignments().size() * copies);
        assertThat(RosterValidation.violations(office.posts(), office.team(), OctoberOffice.OCTOBER, office.assignments(),
                OctoberOffice.calendar(), RosterPolicy.defaults())).isEmpty();
    }

    @Test
    @DisplayName("fixture: the intake facts decide both complaint classes")
    void classificationTakesBothBranches() {
        Set<Boolean> effective = ClassificationBenchmarks.intakes().stream()
                .map(facts -> Classification.decide(facts).isEffective()).collect(Collectors.toSet());

        assertThat(effective).containsExactlyInAnyOrder(true, false);
    }

    @Test
    @DisplayName("fixture: the routing questions reach every branch of the manual")
    void routingReachesEveryBranch() {
        Set<Routing.Why> reached = RoutingBenchmarks.questions().stream()
                .map(question -> Routing.decide(question).why()).collect(Collectors.toSet());

        assertThat(reached).containsExactlyInAnyOrder(Routing.Why.values());
    }

    @Test
    @DisplayName("fixture: the calm handover has no blocker, the troubled one has every kind")
    void handoverCasesAreCalmAndBlocked() {
        var calm = HandoverReadinessBenchmarks.preparing();
        var troubled = HandoverReadinessBenchmarks.troubled(calm);

        assertThat(calm.blockersIn(org.propertydesk.domain.handover.PostSituation.calm())).isEmpty();
        assertThat(troubled.blockersIn(HandoverReadinessBenchmarks.troubledSituation()).map(Object::getClass).distinct())
                .hasSize(4);
    }

    @Test
    @DisplayName("fixture: the access cases mix grants and denials")
    void accessCasesMixGrantsAndDenials() {
        AccessBenchmarks benchmarks = new AccessBenchmarks();
        benchmarks.prepare();
        var staff = AccessBenchmarks.staff();
        var decisions = AccessBenchmarks.cases(staff, AccessBenchmarks.documents(staff.head().id())).stream()
                .map(benchmarks::decide).collect(Collectors.partitioningBy(decision -> decision.isRight(), Collectors.counting()));

        assertThat(decisions.get(true)).isPositive();
        assertThat(decisions.get(false)).isPositive();
    }

    @Test
    @DisplayName("fixture: deadline starts fall on working and non-working moments, and working time is never earlier than wall clock")
    void deadlineStartsCoverTheCalendar() {
        var calendar = OctoberOffice.calendar();
        var starts = Arrays.asList(DeadlineBenchmarks.starts());

        assertThat(starts).anyMatch(calendar::isWorkingMoment).anyMatch(start -> !calendar.isWorkingMoment(start));
        assertThat(starts).allMatch(start -> !Deadline.workingTime(start, DeadlineBenchmarks.ANSWER_WITHIN, calendar).due()
                .isBefore(start.plus(DeadlineBenchmarks.ANSWER_WITHIN)));
    }
}
