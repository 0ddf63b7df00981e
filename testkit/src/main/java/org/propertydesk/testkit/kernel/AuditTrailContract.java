package org.propertydesk.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.AuditChain;
import org.propertydesk.application.kernel.AuditEntry;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.application.kernel.AuditTrail;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;

/**
 * What PropertyDesk relies on from every {@link AuditTrail} (R-CF-9): entries chained in order per
 * office, read back exactly, never broken by concurrent writers, and tampering with the stored
 * data shows.
 */
public abstract class AuditTrailContract {

    /** A new, empty trail; called once per test. */
    protected abstract AuditTrail newTrail();

    /**
     * Changes the stored event of entry {@code sequence} of {@code office} to {@code forged}
     * directly in your storage, behind the port's back, keeping the stored hashes — what an
     * intruder with write access to the tables would do.
     */
    protected abstract void tamper(AuditTrail trail, OfficeId office, long sequence, AuditEvent forged);

    private static final OfficeId OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    private static final OfficeId OTHER_OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000c2"));
    private static final StaffId CLERK = new StaffId(new UUID(0, 21));

    private static AuditEvent event(OfficeId office, int n, AuditEvent.Outcome outcome) {
        return new AuditEvent(office, Instant.parse("2026-11-22T01:00:00Z").plusSeconds(n).plusNanos(123_456_789L),
                CLERK, "document.read", "offices/x/documents/" + n + " 档案", outcome,
                n % 2 == 0 ? Option.some(Rule.R_CF_2) : Option.none());
    }

    @Test
    @DisplayName("R-CF-9: entries read back exactly as appended, numbered from 1 and chained")
    void roundTrip() {
        AuditTrail trail = newTrail();
        AuditEntry first = trail.append(event(OFFICE, 1, AuditEvent.Outcome.DENIED));
        AuditEntry second = trail.append(event(OFFICE, 2, AuditEvent.Outcome.GRANTED));

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditChain.genesis(OFFICE));
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(trail.entries(OFFICE)).containsExactly(first, second);
        assertThat(trail.firstTampered(OFFICE)).isEmpty();
    }

    @Test
    @DisplayName("R-CF-9, K-1: each office has its own chain")
    void chainPerOffice() {
        AuditTrail trail = newTrail();
        trail.append(event(OFFICE, 1, AuditEvent.Outcome.GRANTED));
        AuditEntry other = trail.append(event(OTHER_OFFICE, 2, AuditEvent.Outcome.GRANTED));

        assertThat(other.sequence()).isEqualTo(1);
        assertThat(trail.entries(OTHER_OFFICE)).containsExactly(other);
        assertThat(trail.firstTampered(OFFICE)).isEmpty();
        assertThat(trail.firstTampered(OTHER_OFFICE)).isEmpty();
    }

    @Test
    @DisplayName("R-CF-9: an edit of the stored data shows at the edited entry")
    void tamperingShows() {
        AuditTrail trail = newTrail();
        IntStream.rangeClosed(1, 4).forEach(n -> trail.append(event(OFFICE, n, AuditEvent.Outcome.DENIED)));

        tamper(trail, OFFICE, 3, event(OFFICE, 3, AuditEvent.Outcome.GRANTED));

        assertThat(trail.firstTampered(OFFICE)).contains(3L);
    }

    @Test
    @DisplayName("R-CF-9: concurrent writers never break or fork the chain")
    void concurrentAppends() throws Exception {
        AuditTrail trail = newTrail();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            java.util.List<Future<AuditEntry>> appended = IntStream.range(0, 40)
                    .mapToObj(n -> pool.submit(() -> trail.append(event(OFFICE, n, AuditEvent.Outcome.GRANTED))))
                    .toList();
            for (Future<AuditEntry> entry : appended) {
                entry.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(trail.entries(OFFICE)).hasSize(40);
        assertThat(trail.firstTampered(OFFICE)).isEmpty();
    }
}
