package org.propertydesk.testkit.risk;

import io.vavr.collection.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.propertydesk.application.risk.Arrears;
import org.propertydesk.application.risk.HazardousWorks;
import org.propertydesk.application.risk.Incidents;
import org.propertydesk.application.risk.Notices;
import org.propertydesk.application.risk.Recipients;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.KeyRecipients;

@DisplayName("R-RN-3, R-RN-5, R-RN-8, R-RN-9: the in-memory risk stores pass the port contract suites")
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

    @Nested
    @DisplayName("InMemoryHazardousWorks")
    class HazardousWorksTest extends HazardousWorksContract {
        @Override
        protected HazardousWorks newWorks() {
            return new InMemoryHazardousWorks();
        }
    }

    @Nested
    @DisplayName("InMemoryIncidents")
    class IncidentsTest extends IncidentsContract {
        @Override
        protected Incidents newIncidents() {
            return new InMemoryIncidents();
        }
    }

    @Nested
    @DisplayName("InMemoryRecipients")
    class RecipientsTest extends RecipientsContract {
        @Override
        protected Recipients recipientsHolding(Map<OfficeId, KeyRecipients> registers) {
            InMemoryRecipients recipients = new InMemoryRecipients();
            registers.forEach(recipients::with);
            return recipients;
        }
    }
}
