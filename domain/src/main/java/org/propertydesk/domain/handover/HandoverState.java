package org.propertydesk.domain.handover;

/** The states of a handover's lifecycle, declared with their transitions in {@link Handover#LIFECYCLE}. */
public enum HandoverState {
    PREPARING,
    READY,
    IN_COUNT,
    REFUSED,
    ESCALATED,
    SIGNED
}
