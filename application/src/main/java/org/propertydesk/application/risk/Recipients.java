package org.propertydesk.application.risk;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.KeyRecipients;

/** The office's register of shops and key units, who outage and force-majeure notices are written to (R-RN-6, R-RN-7). */
@SecondaryPort
@FunctionalInterface
public interface Recipients {

    KeyRecipients of(OfficeId office);
}
