package org.propertydesk.testkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintOutcome;
import org.propertydesk.domain.complaint.ComplaintPolicy;
import org.propertydesk.domain.complaint.EscalationTrigger;

/** Escalation of complaints at every step of either procedure (R-CO-5). */
class EscalationProperties {

    @Provide
    Arbitrary<Complaint> atEveryStep() {
        return ComplaintArbitraries.atEveryStep();
    }

    @Provide
    Arbitrary<EscalationTrigger> triggers() {
        return ComplaintArbitraries.triggers();
    }

    @Property(tries = 300)
    @Label("R-CO-5: reclassification is idempotent for the same trigger: the second time changes nothing and records nothing")
    void idempotentForTheSameTrigger(
            @ForAll("atEveryStep") Complaint complaint,
            @ForAll("triggers") EscalationTrigger trigger,
            @ForAll @IntRange(min = 0, max = 3000) int minutesLater) {
        Instant at = complaint.history().last().at().plus(Duration.ofMinutes(1));
        ComplaintOutcome once = complaint.escalate(trigger, at);
        ComplaintOutcome twice = once.complaint().escalate(trigger, at.plus(Duration.ofMinutes(minutesLater)));
        assertThat(twice.changed()).isFalse();
        assertThat(twice.complaint()).isSameAs(once.complaint());
        assertThat(once.complaint().escalations().count(trigger::equals)).isLessThanOrEqualTo(1);
        if (once.changed()) {
            assertThat(once.complaint().classification().isEffective()).isTrue();
            assertThat(once.complaint().escalations().last()).isEqualTo(trigger);
        }
        Statistics.label("escalated").collect(once.changed());
        Statistics.label("escalated").coverage(coverage -> {
            coverage.check(true).percentage(p -> p > 15.0);
            coverage.check(false).percentage(p -> p > 15.0);
        });
    }

    @Property(tries = 200)
    @Label("R-CO-5: the office's sweep is idempotent: sweeping twice at the same moment escalates at most once")
    void sweepTwice(@ForAll("atEveryStep") Complaint complaint, @ForAll @IntRange(min = 0, max = 96 * 60) int minutesLater) {
        Instant now = complaint.registeredAt().plus(Duration.ofMinutes(minutesLater));
        ComplaintOutcome first = complaint.escalateIfOverdue(ComplaintOffice.calendar2026(), ComplaintPolicy.defaults(), now);
        ComplaintOutcome second = first.complaint().escalateIfOverdue(ComplaintOffice.calendar2026(), ComplaintPolicy.defaults(), now);
        assertThat(second.changed()).isFalse();
        Statistics.label("swept").collect(first.changed());
    }
}
