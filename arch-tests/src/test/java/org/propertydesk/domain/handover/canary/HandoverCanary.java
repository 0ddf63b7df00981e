package org.propertydesk.domain.handover.canary;

import org.propertydesk.domain.kernel.canary.KernelCanary;

/** A handover type that uses the kernel, which is allowed. Obeys every rule. */
public record HandoverCanary(KernelCanary staff) {}
