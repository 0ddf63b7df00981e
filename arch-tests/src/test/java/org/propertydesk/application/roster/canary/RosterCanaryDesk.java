package org.propertydesk.application.roster.canary;

import org.propertydesk.domain.handover.canary.HandoverCanary;

/**
 * Trips context isolation across modules: the roster context of the application reaches into the
 * handover context of the domain.
 */
public final class RosterCanaryDesk {

    public String describe(HandoverCanary handover) {
        return handover.toString();
    }
}
