package org.propertydesk.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.domain.risk.Arrears;
import org.propertydesk.domain.risk.LimitationPolicy;
import org.propertydesk.domain.risk.NoticeId;

@Label("R-RN-3: the limitation period of arrears")
class LimitationProperties {

    record Case(LimitationPolicy policy, List<Arrears> arrears, LocalDate today) {}

    @Provide
    Arbitrary<Case> cases() {
        // "today" falls near the end of the first arrears' limitation, so that lists are often non-empty
        return RiskArbitraries.limitationPolicies().flatMap(policy -> Combinators.combine(
                        RiskArbitraries.arrears(policy).list().ofMinSize(1).ofMaxSize(6).map(List::ofAll),
                        Arbitraries.integers().between(-30, 240))
                .as((arrears, before) -> new Case(policy, arrears, arrears.head().limitationEnds(policy).minusDays(before))));
    }

    @Provide
    Arbitrary<LimitationPolicy> policies() {
        return RiskArbitraries.limitationPolicies();
    }

    @Provide
    Arbitrary<Arrears> fresh() {
        return RiskArbitraries.freshArrears();
    }

    /** The oracle, computed another way: a fixed point over all services rather than a fold over sorted ones. */
    private static LocalDate oracleEnd(Arrears arrears, LimitationPolicy policy) {
        LocalDate end = arrears.dueOn().plus(policy.period());
        if (!policy.serviceRestarts()) {
            return end;
        }
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Arrears.ServedDemand demand : arrears.servedDemands()) {
                LocalDate restarted = demand.servedOn().plus(policy.period());
                if (!demand.servedOn().isAfter(end) && restarted.isAfter(end)) {
                    end = restarted;
                    moved = true;
                }
            }
        }
        return end;
    }

    private static boolean oracleQualifies(Arrears arrears, LimitationPolicy policy, LocalDate today) {
        LocalDate end = oracleEnd(arrears, policy);
        long daysLeft = ChronoUnit.DAYS.between(today, end);
        long window = ChronoUnit.DAYS.between(today, today.plus(policy.warningWindow()));
        boolean secured = !policy.serviceRestarts()
                && arrears.servedDemands().exists(demand -> !demand.servedOn().isAfter(end));
        return arrears.settledOn().isEmpty() && !secured && daysLeft >= 0 && daysLeft <= window;
    }

    @Property(tries = 200)
    @Label("R-RN-3: \"demands due\" contains exactly the unsettled, unsecured arrears whose limitation ends within the window")
    void demandsDueExactly(@ForAll("cases") Case c) {
        List<Arrears> due = List.ofAll(c.policy().demandsDue(c.arrears(), c.today()));

        assertThat(due).containsExactlyElementsOf(c.arrears().filter(a -> oracleQualifies(a, c.policy(), c.today())));
        Statistics.label("some listed").collect(!due.isEmpty());
        Statistics.label("some listed").coverage(coverage -> coverage.check(true).percentage(p -> p > 5));
    }

    @Property(tries = 200)
    @Label("R-RN-3: the limitation end is the due date plus the period, or a proven service date plus the period")
    void endComesFromDueDateOrProvenService(@ForAll("cases") Case c) {
        for (Arrears arrears : c.arrears()) {
            LocalDate end = arrears.limitationEnds(c.policy());
            assertThat(end).isEqualTo(oracleEnd(arrears, c.policy()));
            assertThat(List.of(arrears.dueOn()).appendAll(arrears.servedDemands().map(Arrears.ServedDemand::servedOn))
                    .map(start -> start.plus(c.policy().period())))
                    .contains(end);
        }
    }

    @Property(tries = 200)
    @Label("R-RN-3: another proven service never moves the limitation end earlier")
    void monotonicInServices(@ForAll("cases") Case c, @ForAll @IntRange(min = 0, max = 1500) int offset) {
        for (Arrears arrears : c.arrears().filter(a -> a.settledOn().isEmpty())) {
            Arrears more = arrears.recordServedDemand(new NoticeId(new java.util.UUID(-7, offset)), // never among generated demand ids (positive high bits)
                    arrears.dueOn().plusDays(offset), c.policy(), RiskArbitraries.RECORDED).get().state();
            assertThat(more.limitationEnds(c.policy())).isAfterOrEqualTo(arrears.limitationEnds(c.policy()));
        }
    }

    @Property(tries = 200)
    @Label("R-RN-3: for a service within the period, a later service date never gives an earlier limitation end")
    void monotonicInServiceDate(
            @ForAll("fresh") Arrears arrears,
            @ForAll("policies") LimitationPolicy policy,
            @ForAll @IntRange(min = 0, max = 730) int earlier,
            @ForAll @IntRange(min = 0, max = 730) int later) {
        int first = Math.min(earlier, later);
        int second = Math.max(earlier, later);
        NoticeId demand = new NoticeId(new java.util.UUID(8, 1));
        LocalDate endFirst = arrears.recordServedDemand(demand, arrears.dueOn().plusDays(first), policy, RiskArbitraries.RECORDED)
                .get().state().limitationEnds(policy);
        LocalDate endSecond = arrears.recordServedDemand(demand, arrears.dueOn().plusDays(second), policy, RiskArbitraries.RECORDED)
                .get().state().limitationEnds(policy);

        assertThat(endSecond).isAfterOrEqualTo(endFirst);
    }

    @Property(tries = 200)
    @Label("R-RN-3: the limitation restarts only on proven service: none, or a policy without restart, leaves due date plus period")
    void restartsOnlyOnProvenService(@ForAll("cases") Case c) {
        for (Arrears arrears : c.arrears()) {
            LocalDate unrestarted = arrears.dueOn().plus(c.policy().period());
            if (arrears.servedDemands().isEmpty() || !c.policy().serviceRestarts()) {
                assertThat(arrears.limitationEnds(c.policy())).isEqualTo(unrestarted);
            } else {
                assertThat(arrears.limitationEnds(c.policy())).isAfterOrEqualTo(unrestarted);
            }
        }
    }
}
