package org.propertydesk.testkit.risk;

import io.vavr.control.Option;
import java.util.Comparator;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.risk.HazardousWorks;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.HazardousWork;
import org.propertydesk.domain.risk.WorkOrderId;

/** {@link HazardousWorks} in memory; thread-safe, versioned. */
@SecondaryAdapter
public final class InMemoryHazardousWorks implements HazardousWorks {

    private final VersionedStore<WorkOrderId, HazardousWork> store = new VersionedStore<>(
            "hazardous work order", HazardousWork::office, HazardousWork::id, HazardousWork::version,
            Comparator.comparing(work -> work.id().value()));

    @Override
    public Option<HazardousWork> find(OfficeId office, WorkOrderId id) {
        return store.find(office, id);
    }

    @Override
    public void add(HazardousWork work) {
        store.add(work);
    }

    @Override
    public void update(HazardousWork updated, long expectedVersion) {
        store.update(updated, expectedVersion);
    }
}
