package org.propertydesk.application.handover.canary;

import org.propertydesk.domain.handover.canary.HandoverCanary;
import org.propertydesk.domain.kernel.canary.KernelCanary;

/**
 * The same context across modules (application handover → domain handover) plus the kernel:
 * allowed. Obeys every rule.
 */
public final class HandoverCanaryDesk {

    public HandoverCanary start(KernelCanary staff) {
        return new HandoverCanary(staff);
    }
}
