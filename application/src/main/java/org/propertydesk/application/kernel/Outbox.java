package org.propertydesk.application.kernel;

import io.vavr.collection.Seq;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.event.types.DomainEvent;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * Where a use case leaves the domain events it produced, inside its unit of work, so they are
 * published if and only if its records are saved (the transactional outbox). Events of one office
 * keep the order in which they were enqueued.
 */
@SecondaryPort
@FunctionalInterface
public interface Outbox {

    void enqueue(OfficeId office, Seq<? extends DomainEvent> events);
}
