package org.propertydesk.application.handover;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.handover.Incident;
import org.propertydesk.domain.handover.IncidentId;
import org.propertydesk.domain.kernel.OfficeId;

/** The office's major and emergency incidents; versioned like {@link Handovers}. */
@SecondaryPort
public interface Incidents {

    Option<Incident> find(OfficeId office, IncidentId id);

    /** The office's unresolved incidents, oldest first. */
    Seq<Incident> open(OfficeId office);

    void add(Incident incident);

    void update(Incident updated, long expectedVersion);
}
