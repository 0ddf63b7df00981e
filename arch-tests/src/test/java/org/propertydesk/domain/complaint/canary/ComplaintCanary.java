package org.propertydesk.domain.complaint.canary;

import org.propertydesk.domain.handover.canary.HandoverCanary;
import org.propertydesk.domain.kernel.canary.KernelCanary;

/**
 * Trips context isolation: complaint reaches into handover. Its use of the kernel is allowed and
 * must not be reported.
 */
public record ComplaintCanary(HandoverCanary handover, KernelCanary staff) {}
