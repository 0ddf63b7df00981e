package org.propertydesk.application.canary;

/**
 * A public sealed interface: a closed result type, not a port, so it needs no stereotype. Obeys
 * every rule.
 */
public sealed interface CanaryOutcome {

    record Done() implements CanaryOutcome {}

    record Refused(String reason) implements CanaryOutcome {}
}
