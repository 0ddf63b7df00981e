package org.propertydesk.testkit.risk;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Comparator;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.risk.Arrears;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.ArrearsId;

/** {@link Arrears} in memory, standing in for the vendor's fee ledger; thread-safe, versioned. */
@SecondaryAdapter
public final class InMemoryArrears implements Arrears {

    private final VersionedStore<ArrearsId, org.propertydesk.domain.risk.Arrears> store = new VersionedStore<>(
            "arrears", org.propertydesk.domain.risk.Arrears::office, org.propertydesk.domain.risk.Arrears::id,
            org.propertydesk.domain.risk.Arrears::version, Comparator.comparing(arrears -> arrears.id().value()));

    @Override
    public Option<org.propertydesk.domain.risk.Arrears> find(OfficeId office, ArrearsId id) {
        return store.find(office, id);
    }

    @Override
    public void add(org.propertydesk.domain.risk.Arrears arrears) {
        store.add(arrears);
    }

    @Override
    public void update(org.propertydesk.domain.risk.Arrears updated, long expectedVersion) {
        store.update(updated, expectedVersion);
    }

    @Override
    public Seq<org.propertydesk.domain.risk.Arrears> outstanding(OfficeId office) {
        return store.all(office).filter(arrears -> !arrears.settled());
    }
}
