package org.propertydesk.application.risk;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.ArrearsId;

/**
 * The overdue fees of the office with the demands proven served on them (R-RN-3). The fee ledger
 * is the vendor's: an integrator implements this port over it. Versioning as in {@link Notices}:
 * the changed record carries {@code expectedVersion + 1}; a stale write throws
 * {@link org.propertydesk.application.kernel.ConcurrencyConflict}.
 */
@SecondaryPort
public interface Arrears {

    Option<org.propertydesk.domain.risk.Arrears> find(OfficeId office, ArrearsId id);

    void add(org.propertydesk.domain.risk.Arrears arrears);

    void update(org.propertydesk.domain.risk.Arrears updated, long expectedVersion);

    /** Every unsettled arrears of the office, in a stable order (by id). */
    Seq<org.propertydesk.domain.risk.Arrears> outstanding(OfficeId office);
}
