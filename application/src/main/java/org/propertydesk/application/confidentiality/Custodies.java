package org.propertydesk.application.confidentiality;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.confidentiality.CustodyId;
import org.propertydesk.domain.confidentiality.TaskCustody;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/** Originals and certificates handed out for tasks (R-CF-5); versioned like {@link Documents}. */
@SecondaryPort
public interface Custodies {

    Option<TaskCustody> find(OfficeId office, CustodyId id);

    void add(TaskCustody custody);

    void update(TaskCustody updated, long expectedVersion);

    /** Every hand-out to {@code holder}, whatever its state. */
    Seq<TaskCustody> heldBy(OfficeId office, StaffId holder);

    /** The hand-outs not yet returned. */
    Seq<TaskCustody> out(OfficeId office);
}
