package org.propertydesk.testkit.roster;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.propertydesk.application.roster.Rosters;

@DisplayName("The in-memory roster store keeps the Rosters contract")
class InMemoryRostersTest {

    @Nested
    @DisplayName("InMemoryRosters")
    class RostersTest extends RostersContract {
        @Override
        protected Rosters newRosters() {
            return new InMemoryRosters();
        }
    }
}
