package org.propertydesk.application.risk;

import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.HazardousWork;
import org.propertydesk.domain.risk.WorkOrderId;

/** The office's hazardous work orders (R-RN-5). Versioning as in {@link Notices}. */
@SecondaryPort
public interface HazardousWorks {

    Option<HazardousWork> find(OfficeId office, WorkOrderId id);

    void add(HazardousWork work);

    void update(HazardousWork updated, long expectedVersion);
}
