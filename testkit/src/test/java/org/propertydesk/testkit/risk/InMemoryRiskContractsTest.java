package org.propertydesk.testkit.risk;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.propertydesk.application.risk.Arrears;
import org.propertydesk.application.risk.Notices;

@DisplayName("R-RN-3, R-RN-9: the in-memory risk stores pass the port contract suites")
class InMemoryRiskContractsTest {

    @Nested
    @DisplayName("InMemoryNotices")
    class NoticesTest extends NoticesContract {
        @Override
        protected Notices newNotices() {
            return new InMemoryNotices();
        }
    }

    @Nested
    @DisplayName("InMemoryArrears")
    class ArrearsTest extends ArrearsContract {
        @Override
        protected Arrears newArrears() {
            return new InMemoryArrears();
        }
    }
}
