package org.propertydesk.testkit.complaint;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.propertydesk.application.complaint.ComplaintPolicies;
import org.propertydesk.application.complaint.PaymentStatus;
import org.propertydesk.domain.complaint.ComplaintPolicy;
import org.propertydesk.domain.kernel.OfficeId;

@DisplayName("R-CO-3, R-CO-4, K-1: the in-memory payment status and complaint policies keep the port contracts")
class InMemoryComplaintLookupsContractsTest {

    @Nested
    @DisplayName("InMemoryPaymentStatus")
    class PaymentStatusTest extends PaymentStatusContract {
        @Override
        protected PaymentStatus ledgerHolding(Seq<Standing> standings) {
            InMemoryPaymentStatus ledger = new InMemoryPaymentStatus();
            standings.forEach(line -> ledger.with(line.office(), line.complainant(), line.standing()));
            return ledger;
        }
    }

    @Nested
    @DisplayName("InMemoryComplaintPolicies")
    class ComplaintPoliciesTest extends ComplaintPoliciesContract {
        @Override
        protected ComplaintPolicies policiesHolding(Map<OfficeId, ComplaintPolicy> policies) {
            InMemoryComplaintPolicies held = new InMemoryComplaintPolicies();
            policies.forEach(held::with);
            return held;
        }
    }
}
