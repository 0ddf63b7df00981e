package org.propertydesk.domain.canary;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/** An aggregate root that obeys every rule; {@link CanaryLedger} references it the wrong way. */
@AggregateRoot
public final class CanaryTenant {

    @Identity
    private final CanaryTenantId id;

    public CanaryTenant(CanaryTenantId id) {
        this.id = id;
    }

    public CanaryTenantId id() {
        return id;
    }
}
