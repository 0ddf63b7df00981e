package org.propertydesk.domain.canary;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * Trips jMolecules' DDD rules: an aggregate that holds another aggregate ({@link CanaryTenant})
 * instead of its id (STYLE.md 11, aggregates reference each other by id only).
 */
@AggregateRoot
public final class CanaryLedger {

    @Identity
    private final CanaryLedgerId id;

    private final CanaryTenant tenant;

    public CanaryLedger(CanaryLedgerId id, CanaryTenant tenant) {
        this.id = id;
        this.tenant = tenant;
    }

    public CanaryLedgerId id() {
        return id;
    }

    public CanaryTenant tenant() {
        return tenant;
    }
}
