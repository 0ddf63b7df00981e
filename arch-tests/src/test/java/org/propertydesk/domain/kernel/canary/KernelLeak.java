package org.propertydesk.domain.kernel.canary;

import org.propertydesk.domain.risk.canary.RiskCanary;

/** Trips context isolation: the shared kernel depends on a context (risk). */
public record KernelLeak(RiskCanary notice) {}
