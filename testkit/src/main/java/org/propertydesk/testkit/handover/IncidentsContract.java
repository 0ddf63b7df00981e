package org.propertydesk.testkit.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.HashSet;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.handover.Incidents;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.handover.Incident;
import org.propertydesk.domain.handover.IncidentId;
import org.propertydesk.domain.handover.IncidentKind;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * What PropertyDesk relies on from every {@link Incidents} store. Extend it in your tests and return
 * a new, empty store of your implementation from {@link #newIncidents()}.
 */
public abstract class IncidentsContract {

    /** A new, empty store; called once per test. */
    protected abstract Incidents newIncidents();

    private static final OfficeId OFFICE = new OfficeId(new UUID(0xb1, 1));
    private static final OfficeId OTHER_OFFICE = new OfficeId(new UUID(0xb1, 2));
    private static final StaffId REPORTER = new StaffId(new UUID(0xb2, 1));
    private static final Instant AT = Instant.parse("2026-11-22T23:30:00Z");

    private static Incident incident(OfficeId office, long id, IncidentKind kind) {
        return Incident.report(new IncidentId(new UUID(0xb3, id)), office, kind, HashSet.of(Department.SECURITY),
                "alarm", REPORTER, AT).get().incident();
    }

    @Test
    @DisplayName("R-HO-3: open incidents are listed until resolved, and a resolution is stored at the next version")
    void openUntilResolved() {
        Incidents incidents = newIncidents();
        Incident fire = incident(OFFICE, 1, IncidentKind.FIRE);
        Incident typhoon = incident(OFFICE, 2, IncidentKind.TYPHOON);
        incidents.add(fire);
        incidents.add(typhoon);
        assertThat(incidents.open(OFFICE)).containsExactlyInAnyOrder(fire, typhoon);

        Incident resolved = fire.resolve(REPORTER, "false alarm", AT.plusSeconds(600)).get().incident();
        incidents.update(resolved, fire.version());

        assertThat(incidents.open(OFFICE)).containsExactly(typhoon);
        assertThat(incidents.find(OFFICE, fire.id())).contains(resolved);
        assertThatThrownBy(() -> incidents.update(resolved, fire.version())).isInstanceOf(ConcurrencyConflict.class);
    }

    @Test
    @DisplayName("K-1: incidents are scoped to their office")
    void isolatedByOffice() {
        Incidents incidents = newIncidents();
        Incident fire = incident(OFFICE, 1, IncidentKind.FIRE);
        incidents.add(fire);

        assertThat(incidents.open(OTHER_OFFICE)).isEmpty();
        assertThat(incidents.find(OTHER_OFFICE, fire.id())).isEmpty();
    }
}
