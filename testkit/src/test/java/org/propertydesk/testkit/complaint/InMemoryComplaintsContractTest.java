package org.propertydesk.testkit.complaint;

import org.junit.jupiter.api.DisplayName;
import org.propertydesk.application.complaint.Complaints;

@DisplayName("R-CO-9, K-1: the in-memory Complaints store keeps the contract")
class InMemoryComplaintsContractTest extends ComplaintsContract {

    @Override
    protected Complaints newComplaints() {
        return new InMemoryComplaints();
    }
}
