package org.propertydesk.testkit.confidentiality;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.confidentiality.Custodies;
import org.propertydesk.domain.confidentiality.CustodyId;
import org.propertydesk.domain.confidentiality.TaskCustody;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/** {@link Custodies} in memory, one map per office, in the order originals were handed out. */
@SecondaryAdapter
public final class InMemoryCustodies implements Custodies {

    private final VersionedStore<CustodyId, TaskCustody> store =
            new VersionedStore<>("custody", TaskCustody::office, TaskCustody::id, TaskCustody::version);

    @Override
    public Option<TaskCustody> find(OfficeId office, CustodyId id) {
        return store.find(office, id);
    }

    @Override
    public void add(TaskCustody custody) {
        store.add(custody);
    }

    @Override
    public void update(TaskCustody updated, long expectedVersion) {
        store.update(updated, expectedVersion);
    }

    @Override
    public Seq<TaskCustody> heldBy(OfficeId office, StaffId holder) {
        return store.where(office, custody -> custody.holder().equals(holder));
    }

    @Override
    public Seq<TaskCustody> out(OfficeId office) {
        return store.where(office, TaskCustody::isOut);
    }
}
