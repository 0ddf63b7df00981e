package org.propertydesk.application.firstcontact;

import io.vavr.collection.Seq;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.firstcontact.ReceptionEntry;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * Each department's 接待业主情况记录 (R-FC-7): append-only lines, by which management inspection
 * and internal audit check that first-contact duty was done.
 */
@SecondaryPort
public interface ReceptionLog {

    void record(ReceptionEntry entry);

    /** The department's lines in the order they were recorded. */
    Seq<ReceptionEntry> of(OfficeId office, Department department);
}
