package org.propertydesk.testkit.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.kernel.AuditChain;
import org.propertydesk.application.kernel.AuditEntry;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.application.kernel.AuditTrail;
import org.propertydesk.domain.kernel.OfficeId;

/** An {@link AuditTrail} in memory: one hash chain per office, appended under that office's lock. */
@SecondaryAdapter
public final class InMemoryAuditTrail implements AuditTrail {

    private final Map<OfficeId, java.util.List<AuditEntry>> trails = new ConcurrentHashMap<>();

    @Override
    public AuditEntry append(AuditEvent event) {
        java.util.List<AuditEntry> trail = trails.computeIfAbsent(event.office(), office -> new ArrayList<>());
        synchronized (trail) {
            Option<AuditEntry> last = trail.isEmpty() ? Option.none() : Option.some(trail.get(trail.size() - 1));
            AuditEntry entry = AuditChain.next(last, event);
            trail.add(entry);
            return entry;
        }
    }

    @Override
    public Seq<AuditEntry> entries(OfficeId office) {
        java.util.List<AuditEntry> trail = trails.getOrDefault(office, java.util.List.of());
        synchronized (trail) {
            return List.ofAll(trail);
        }
    }

    /**
     * Rewrites one stored entry behind the port's back, as an intruder with write access to the
     * store would; for tests that prove tampering shows.
     */
    public void tamper(OfficeId office, long sequence, UnaryOperator<AuditEntry> change) {
        java.util.List<AuditEntry> trail = trails.get(office);
        synchronized (trail) {
            int index = (int) sequence - 1;
            trail.set(index, change.apply(trail.get(index)));
        }
    }
}
