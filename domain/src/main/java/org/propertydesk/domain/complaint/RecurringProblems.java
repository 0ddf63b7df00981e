package org.propertydesk.domain.complaint;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import org.propertydesk.domain.kernel.Enforces;
import org.propertydesk.domain.kernel.Rule;

/** Finds recurring problems among an office's complaints (R-CO-8); derived, never stored. */
@Enforces(Rule.R_CO_8)
public final class RecurringProblems {

    private RecurringProblems() {}

    /**
     * One signal per matter (same subject, same location) complained about at least
     * {@code policy.recurrenceCount()} times in the window of {@code policy.recurrenceWindow()}
     * ending at {@code now}, whoever complained and however the complaints were classed.
     */
    public static Seq<RecurringProblem> at(Seq<Complaint> complaints, ComplaintPolicy policy, Instant now) {
        Instant from = now.minus(policy.recurrenceWindow());
        if (complaints.size() < policy.recurrenceCount()) {
            return List.empty(); // no group can reach the count: skip the grouping a registration would pay for
        }
        return complaints.filter(c -> !c.registeredAt().isBefore(from) && !c.registeredAt().isAfter(now))
                .groupBy(c -> c.matter().subject().name() + "@" + c.matter().location().key())
                .values()
                .filter(group -> group.size() >= policy.recurrenceCount())
                .map(group -> group.sortBy(Complaint::registeredAt))
                .map(group -> new RecurringProblem(
                        group.head().office(), group.head().matter(), group.map(Complaint::id), from, now))
                .toList()
                .sortBy(signal -> signal.complaints().head().value());
    }
}
