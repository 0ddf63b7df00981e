package org.propertydesk.testkit.handover;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.handover.Incidents;
import org.propertydesk.domain.handover.Incident;
import org.propertydesk.domain.handover.IncidentId;
import org.propertydesk.domain.kernel.OfficeId;

/** {@link Incidents} in memory, safe for concurrent use. */
@SecondaryAdapter
public final class InMemoryIncidents implements Incidents {

    private final VersionedStore<IncidentId, Incident> store = new VersionedStore<>("incident", Incident::version);

    @Override
    public Option<Incident> find(OfficeId office, IncidentId id) {
        return store.find(office, id);
    }

    @Override
    public Seq<Incident> open(OfficeId office) {
        return store.all(office, Incident::open);
    }

    @Override
    public void add(Incident incident) {
        store.add(incident.office(), incident.id(), incident);
    }

    @Override
    public void update(Incident updated, long expectedVersion) {
        store.update(updated.office(), updated.id(), updated, expectedVersion);
    }
}
