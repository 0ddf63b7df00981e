package org.propertydesk.domain.canary.upward;

import org.propertydesk.application.canary.CanaryLedgers;

/**
 * Trips the domain allow-list: the domain depends on the application ring. (In its own package so
 * that the dependency does not also close a package cycle with the application canary.)
 */
public final class ReachesIntoApplication {

    private final CanaryLedgers ledgers;

    public ReachesIntoApplication(CanaryLedgers ledgers) {
        this.ledgers = ledgers;
    }

    public CanaryLedgers ledgers() {
        return ledgers;
    }
}
