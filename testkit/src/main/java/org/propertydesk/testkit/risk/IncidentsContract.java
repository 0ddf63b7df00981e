package org.propertydesk.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.risk.Incidents;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.risk.ConductAction;
import org.propertydesk.domain.risk.IncidentId;
import org.propertydesk.domain.risk.IncidentRecord;

/**
 * What PropertyDesk relies on from every {@link Incidents} log (R-RN-8, K-1). Extend it and return
 * a new, empty log of your implementation from {@link #newIncidents()}.
 */
public abstract class IncidentsContract {

    protected abstract Incidents newIncidents();

    private static final OfficeId OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final OfficeId OTHER_OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000a2"));
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private static IncidentRecord incident(long id, OfficeId office) {
        return IncidentRecord.record(new IncidentId(new UUID(0, id)), office, new StaffId(new UUID(0, 99)),
                "theft suspect caught", List.of(ConductAction.CALL_POLICE, ConductAction.PRESERVE_SCENE), T0).get().state();
    }

    @Test
    @DisplayName("R-RN-8: incident records read back as stored, listed per office in a stable order (K-1)")
    void roundTripAndScope() {
        Incidents incidents = newIncidents();
        incidents.add(incident(2, OFFICE));
        incidents.add(incident(1, OFFICE));
        incidents.add(incident(3, OTHER_OFFICE));

        assertThat(incidents.find(OFFICE, incident(1, OFFICE).id())).contains(incident(1, OFFICE));
        assertThat(incidents.find(OTHER_OFFICE, incident(1, OFFICE).id())).isEmpty();
        assertThat(incidents.all(OFFICE)).containsExactly(incident(1, OFFICE), incident(2, OFFICE));
    }
}
