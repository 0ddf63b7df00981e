package org.propertydesk.application.complaint;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.PaymentStanding;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * The question the communicative procedure asks of the fee ledger (R-CO-3 ③, 检查投诉人的付款情况).
 * The ledger lives in the vendor's system; an adapter answers for it.
 */
@SecondaryPort
@FunctionalInterface
public interface PaymentStatus {

    PaymentStanding of(OfficeId office, ComplainantId complainant);
}
