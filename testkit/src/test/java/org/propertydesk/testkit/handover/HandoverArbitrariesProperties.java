package org.propertydesk.testkit.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverState;
import org.propertydesk.domain.handover.InCount;
import org.propertydesk.domain.handover.Item;
import org.propertydesk.domain.handover.Signed;

class HandoverArbitrariesProperties {

    @Provide
    Arbitrary<Handover> handovers() {
        return HandoverArbitraries.handovers();
    }

    @Property(tries = 100)
    @Label("R-HO-7: every generated handover is in a reachable state, and only a signed one has passed responsibility")
    void generatedHandoversAreReachable(@ForAll("handovers") Handover handover) {
        Statistics.collect(handover.state());
        Statistics.coverage(coverage -> {
            for (HandoverState state : HandoverState.values()) {
                coverage.check(state).count((java.util.function.Predicate<Integer>) n -> n > 0);
            }
        });
        assertThat(Handover.LIFECYCLE.reachable()).contains(handover.state());
        assertThat(handover.version()).isGreaterThanOrEqualTo(0);
        Instant longAfter = handover.terms().shiftChange().plusSeconds(86_400);
        if (handover instanceof Signed signed) {
            assertThat(signed.responsibleAt(longAfter)).isEqualTo(signed.incoming());
            assertThat(signed.count().results().keySet()).isEqualTo(handover.terms().register().map(Item::id).toSet());
        } else {
            assertThat(handover.responsibleAt(longAfter)).isEqualTo(handover.outgoing());
        }
        if (handover instanceof InCount counting) {
            assertThat(counting.count().uncounted(handover.terms().register())).isEmpty();
        }
    }
}
