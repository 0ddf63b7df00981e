package org.propertydesk.testkit.complaint;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.complaint.PaymentStatus;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.PaymentStanding;
import org.propertydesk.domain.kernel.OfficeId;

/** {@link PaymentStatus} in memory: what a test says the ledger holds, {@code UNKNOWN} otherwise. */
@SecondaryAdapter
public final class InMemoryPaymentStatus implements PaymentStatus {

    private final Map<String, PaymentStanding> ledger = new ConcurrentHashMap<>();

    public InMemoryPaymentStatus with(OfficeId office, ComplainantId complainant, PaymentStanding standing) {
        ledger.put(office + "/" + complainant, standing);
        return this;
    }

    @Override
    public PaymentStanding of(OfficeId office, ComplainantId complainant) {
        return ledger.getOrDefault(office + "/" + complainant, PaymentStanding.UNKNOWN);
    }
}
