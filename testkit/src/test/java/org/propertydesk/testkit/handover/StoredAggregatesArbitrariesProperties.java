package org.propertydesk.testkit.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.domain.handover.Condition;
import org.propertydesk.domain.handover.Disposition;
import org.propertydesk.domain.handover.DutyLog;
import org.propertydesk.domain.handover.Escalated;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverState;
import org.propertydesk.domain.handover.InCount;
import org.propertydesk.domain.handover.Incident;
import org.propertydesk.domain.handover.Item;
import org.propertydesk.domain.handover.LogEntry;
import org.propertydesk.domain.handover.Question;
import org.propertydesk.domain.handover.Refused;
import org.propertydesk.domain.handover.Signed;
import org.propertydesk.domain.handover.Count;

/**
 * The handovers, duty logs and incidents a store must keep cover what they go through, so a
 * store's round trip is tested against all of it.
 */
class StoredAggregatesArbitrariesProperties {

    @Provide
    Arbitrary<Handover> handovers() {
        return HandoverArbitraries.handoversWithHistory();
    }

    @Provide
    Arbitrary<DutyLog> dutyLogs() {
        return HandoverArbitraries.dutyLogs();
    }

    @Provide
    Arbitrary<Incident> incidents() {
        return HandoverArbitraries.incidents();
    }

    @Property(tries = 300)
    @Label("R-HO-7: generated handovers reach every state, with empty and full registers, substitutes, unfitness, equipment, recounts, answers and signatures")
    void handoversCoverTheirHistory(@ForAll("handovers") Handover handover) {
        Statistics.label("state").collect(handover.state());
        Statistics.label("state").coverage(coverage -> {
            for (HandoverState state : HandoverState.values()) {
                coverage.check(state).count((Predicate<Integer>) n -> n > 0);
            }
        });
        Count count = count(handover);
        collect("empty register", handover.terms().register().isEmpty());
        collect("longest item name", handover.terms().register().exists(item -> item.name().length() == HandoverArbitraries.LONGEST_TEXT));
        collect("arrived", handover.circumstances().arrival().isDefined());
        collect("unfit", handover.circumstances().unfit().isDefined());
        collect("equipment changing", !handover.circumstances().equipmentChanging().isEmpty());
        collect("substitute", !handover.incoming().equals(new org.propertydesk.domain.kernel.StaffId(new java.util.UUID(4, 0xD1))));
        collect("damage or loss explained", count != null && count.results().values()
                .exists(result -> result.condition() != Condition.PRESENT && result.explanation().isDefined()));
        collect("answered question", count != null && count.questions().exists(Question::answered));
        collect("open question", count != null && count.questions().exists(question -> !question.answered()));
        collect("one signature", count != null && count.signedByAnyone() && !(handover instanceof Signed));

        assertThat(Handover.LIFECYCLE.reachable()).contains(handover.state());
        if (handover instanceof Signed signed) {
            assertThat(signed.count().results().keySet()).isEqualTo(handover.terms().register().map(Item::id).toSet());
        }
    }

    @Property(tries = 200)
    @Label("R-HO-1, R-HO-8: generated duty logs hold none or several matters, open, closed out and carried over")
    void dutyLogsCoverTheirMatters(@ForAll("dutyLogs") DutyLog log) {
        collect("empty log", log.entries().isEmpty());
        collect("open matter", log.entries().exists(entry -> entry.disposition() instanceof Disposition.Open));
        collect("closed out", log.entries().exists(entry -> entry.disposition() instanceof Disposition.ClosedOut));
        collect("carried over", log.entries().exists(entry -> entry.disposition() instanceof Disposition.CarriedOver));
        assertThat(log.entries()).allSatisfy((LogEntry entry) -> assertThat(entry.cause()).isNotBlank());
        assertThat(log.version()).isGreaterThanOrEqualTo(log.entries().size());
    }

    @Property(tries = 200)
    @Label("R-HO-3: generated incidents are open or resolved, with or without departments concerned")
    void incidentsCoverTheirStates(@ForAll("incidents") Incident incident) {
        collect("resolved", !incident.open());
        collect("no department concerned", incident.concerned().isEmpty());
        assertThat(incident.reaches(incident.concerned().headOption().getOrElse(org.propertydesk.domain.kernel.Department.SECURITY))
                || incident.concerned().isEmpty()).isTrue();
    }

    private static Count count(Handover handover) {
        if (handover instanceof InCount counting) {
            return counting.count();
        }
        if (handover instanceof Refused refused) {
            return refused.count();
        }
        if (handover instanceof Escalated escalated) {
            return escalated.count();
        }
        return handover instanceof Signed signed ? signed.count() : null;
    }

    private static void collect(String label, boolean holds) {
        Statistics.label(label).collect(holds);
        Statistics.label(label).coverage(coverage -> coverage.check(true).count((Predicate<Integer>) n -> n > 0));
    }
}
