package org.propertydesk.domain.risk.canary;

/** A type of the risk context. Obeys every rule. */
public record RiskCanary(String value) {}
