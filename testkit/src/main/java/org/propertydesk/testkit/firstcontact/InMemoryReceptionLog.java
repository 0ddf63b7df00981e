package org.propertydesk.testkit.firstcontact;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.firstcontact.ReceptionLog;
import org.propertydesk.domain.firstcontact.ReceptionEntry;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;

/** A {@link ReceptionLog} in memory: one append-only list per office and department. */
@SecondaryAdapter
public final class InMemoryReceptionLog implements ReceptionLog {

    private record Key(OfficeId office, Department department) {}

    private final Map<Key, java.util.List<ReceptionEntry>> logs = new ConcurrentHashMap<>();

    @Override
    public void record(ReceptionEntry entry) {
        Objects.requireNonNull(entry, "entry");
        java.util.List<ReceptionEntry> log = logs.computeIfAbsent(new Key(entry.office(), entry.department()), key -> new ArrayList<>());
        synchronized (log) {
            log.add(entry);
        }
    }

    @Override
    public Seq<ReceptionEntry> of(OfficeId office, Department department) {
        java.util.List<ReceptionEntry> log = logs.getOrDefault(new Key(office, department), java.util.List.of());
        synchronized (log) {
            return List.ofAll(log);
        }
    }
}
