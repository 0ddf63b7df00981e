package org.propertydesk.application.risk;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.IncidentId;
import org.propertydesk.domain.risk.IncidentRecord;

/** The office's incident records, append-only (R-RN-8). */
@SecondaryPort
public interface Incidents {

    Option<IncidentRecord> find(OfficeId office, IncidentId id);

    void add(IncidentRecord incident);

    Seq<IncidentRecord> all(OfficeId office);
}
