package org.propertydesk.testkit.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jmolecules.event.types.DomainEvent;
import org.propertydesk.application.kernel.Outbox;
import org.propertydesk.domain.kernel.OfficeId;

/** An {@link Outbox} in memory that keeps every event per office, in order, for tests to inspect. */
@SecondaryAdapter
public final class InMemoryOutbox implements Outbox {

    private final Map<OfficeId, java.util.List<DomainEvent>> queues = new ConcurrentHashMap<>();

    @Override
    public void enqueue(OfficeId office, Seq<? extends DomainEvent> events) {
        java.util.List<DomainEvent> queue = queues.computeIfAbsent(office, key -> new ArrayList<>());
        synchronized (queue) {
            events.forEach(queue::add);
        }
    }

    /** Every event enqueued for the office, oldest first. */
    public Seq<DomainEvent> events(OfficeId office) {
        java.util.List<DomainEvent> queue = queues.getOrDefault(office, java.util.List.of());
        synchronized (queue) {
            return List.ofAll(queue);
        }
    }

    /** The office's events of one type, oldest first. */
    public <E extends DomainEvent> Seq<E> events(OfficeId office, Class<E> type) {
        return events(office).filter(type::isInstance).map(type::cast);
    }
}
