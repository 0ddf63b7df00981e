package org.propertydesk.application.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;

/** R-CF-9: the audit trail reveals any tampering. */
class AuditChainProperties {

    private static final OfficeId OFFICE = new OfficeId(new UUID(9, 9));

    @Property
    @Label("R-CF-9: an untouched trail verifies, entries numbered 1..n")
    void untouchedTrailVerifies(@ForAll("trails") List<AuditEvent> events) {
        List<AuditEntry> trail = chain(events);

        assertThat(AuditChain.firstBreak(OFFICE, trail)).isEmpty();
        assertThat(trail.map(AuditEntry::sequence)).containsExactlyElementsOf(List.rangeClosed(1L, (long) events.size()));
    }

    @Property
    @Label("R-CF-9: changing any field of any entry shows at that entry")
    void editedEntryShows(
            @ForAll("trails") List<AuditEvent> events, @ForAll @IntRange(min = 0, max = 1000) int pick, @ForAll("events") AuditEvent forged) {
        List<AuditEntry> trail = chain(events);
        int index = pick % trail.size();
        AuditEntry original = trail.get(index);
        if (original.event().equals(forged)) {
            return;
        }
        AuditEntry edited = new AuditEntry(original.sequence(), forged, original.previousHash(), original.hash());

        assertThat(AuditChain.firstBreak(OFFICE, trail.update(index, edited))).contains(original.sequence());
    }

    @Property
    @Label("R-CF-9: removing or reordering entries shows, even with their hashes recomputed from that point on")
    void removedEntryShows(@ForAll("trails") List<AuditEvent> events, @ForAll @IntRange(min = 0, max = 1000) int pick) {
        List<AuditEntry> trail = chain(events);
        if (trail.size() < 2) {
            return;
        }
        int index = pick % (trail.size() - 1);

        List<AuditEntry> withoutOne = trail.removeAt(index);
        assertThat(AuditChain.firstBreak(OFFICE, withoutOne)).contains((long) index + 1);

        List<AuditEntry> swapped = trail.update(index, trail.get(index + 1)).update(index + 1, trail.get(index));
        assertThat(AuditChain.firstBreak(OFFICE, swapped)).contains((long) index + 1);

        // An intruder who rewrites the chain from the edit onwards still cannot keep the old hashes:
        // the entries before stay valid, and the head hash differs from the one recorded elsewhere.
        List<AuditEntry> rechained = chain(events.removeAt(index));
        assertThat(AuditChain.firstBreak(OFFICE, rechained)).isEmpty();
        assertThat(rechained.last().hash()).isNotEqualTo(trail.last().hash());
    }

    @Property
    @Label("R-CF-9: one office's entries never verify as another office's trail (K-1)")
    void trailsAreScopedToOffice(@ForAll("trails") List<AuditEvent> events) {
        OfficeId other = new OfficeId(new UUID(8, 8));

        assertThat(AuditChain.firstBreak(other, chain(events))).contains(1L);
    }

    private static List<AuditEntry> chain(List<AuditEvent> events) {
        List<AuditEntry> trail = List.empty();
        for (AuditEvent event : events) {
            trail = trail.append(AuditChain.next(trail.lastOption(), event));
        }
        return trail;
    }

    @Provide
    Arbitrary<List<AuditEvent>> trails() {
        return events().list().ofMinSize(1).ofMaxSize(12).map(List::ofAll);
    }

    @Provide
    Arbitrary<AuditEvent> events() {
        Arbitrary<Instant> at = Arbitraries.longs()
                .between(1_700_000_000L, 1_900_000_000L)
                .map(Instant::ofEpochSecond);
        Arbitrary<StaffId> actor = Arbitraries.integers().between(1, 5).map(n -> new StaffId(new UUID(0, n)));
        Arbitrary<String> action = Arbitraries.of("document.read", "document.copy", "loan.approve");
        Arbitrary<String> subject = Arbitraries.strings().withChars("abc/123档案").ofMaxLength(8);
        Arbitrary<AuditEvent.Outcome> outcome = Arbitraries.of(AuditEvent.Outcome.class);
        Arbitrary<Option<Rule>> rule = Arbitraries.of(Rule.R_CF_2, Rule.R_CF_4).injectNull(0.3).map(Option::of);
        return Combinators.combine(at, actor, action, subject, outcome, rule)
                .as((when, who, what, on, result, why) -> new AuditEvent(OFFICE, when, who, what, on, result, why));
    }
}
