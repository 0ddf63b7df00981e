package org.propertydesk.testkit.handover;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import org.propertydesk.application.handover.DutyLogs;
import org.propertydesk.application.handover.DutySchedule;
import org.propertydesk.application.handover.ShiftChange;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.application.handover.Handovers;
import org.propertydesk.application.handover.Incidents;

@DisplayName("The in-memory handover adapters keep the port contracts")
class InMemoryHandoverContractsTest {

    @Nested
    @DisplayName("InMemoryHandovers")
    class HandoversTest extends HandoversContract {
        @Override
        protected Handovers newHandovers() {
            return new InMemoryHandovers();
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
    @DisplayName("InMemoryDutyLogs")
    class DutyLogsTest extends DutyLogsContract {
        @Override
        protected DutyLogs newDutyLogs() {
            return new InMemoryDutyLogs();
        }
    }

    @Nested
    @DisplayName("InMemoryDutySchedule")
    class DutyScheduleTest extends DutyScheduleContract {
        @Override
        protected DutySchedule scheduleHolding(Map<OfficeId, Seq<ShiftChange>> changes) {
            InMemoryDutySchedule schedule = new InMemoryDutySchedule();
            changes.forEach((office, ofOffice) -> ofOffice.forEach(change -> schedule.schedule(office, change)));
            return schedule;
        }
    }
}
