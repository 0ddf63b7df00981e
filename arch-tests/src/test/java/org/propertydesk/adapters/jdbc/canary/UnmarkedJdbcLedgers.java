package org.propertydesk.adapters.jdbc.canary;

import io.vavr.control.Option;
import org.propertydesk.application.canary.CanaryLedgers;
import org.propertydesk.domain.canary.CanaryLedger;
import org.propertydesk.domain.canary.CanaryLedgerId;

/** Trips "adapters are stereotyped": implements an application port without an adapter stereotype. */
public final class UnmarkedJdbcLedgers implements CanaryLedgers {

    @Override
    public Option<CanaryLedger> ledger(CanaryLedgerId id) {
        return Option.none();
    }
}
