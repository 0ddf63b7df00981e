package org.propertydesk.testkit.risk;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Comparator;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.risk.Incidents;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.IncidentId;
import org.propertydesk.domain.risk.IncidentRecord;

/** {@link Incidents} in memory, append-only and thread-safe. */
@SecondaryAdapter
public final class InMemoryIncidents implements Incidents {

    private final VersionedStore<IncidentId, IncidentRecord> store = new VersionedStore<>(
            "incident", IncidentRecord::office, IncidentRecord::id, IncidentRecord::version,
            Comparator.comparing(incident -> incident.id().value()));

    @Override
    public Option<IncidentRecord> find(OfficeId office, IncidentId id) {
        return store.find(office, id);
    }

    @Override
    public void add(IncidentRecord incident) {
        store.add(incident);
    }

    @Override
    public Seq<IncidentRecord> all(OfficeId office) {
        return store.all(office);
    }
}
