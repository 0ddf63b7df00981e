package org.propertydesk.testkit.firstcontact;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.propertydesk.application.firstcontact.ReceptionLog;
import org.propertydesk.application.firstcontact.ServiceRequests;

@DisplayName("The in-memory first-contact adapters keep the port contracts")
class InMemoryFirstContactContractsTest {

    @Nested
    @DisplayName("InMemoryServiceRequests")
    class ServiceRequestsTest extends ServiceRequestsContract {
        @Override
        protected ServiceRequests newStore() {
            return new InMemoryServiceRequests();
        }
    }

    @Nested
    @DisplayName("InMemoryReceptionLog")
    class ReceptionLogTest extends ReceptionLogContract {
        @Override
        protected ReceptionLog newLog() {
            return new InMemoryReceptionLog();
        }
    }
}
