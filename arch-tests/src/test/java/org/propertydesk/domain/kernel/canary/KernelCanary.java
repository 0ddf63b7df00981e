package org.propertydesk.domain.kernel.canary;

/** A shared-kernel type every context may use. Obeys every rule. */
public record KernelCanary(String value) {}
