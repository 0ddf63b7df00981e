package org.propertydesk.application.canary;

import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.canary.CanaryLedger;
import org.propertydesk.domain.canary.CanaryLedgerId;

/** An outbound port as it should be. Obeys every rule. */
@SecondaryPort
public interface CanaryLedgers {

    Option<CanaryLedger> ledger(CanaryLedgerId id);
}
