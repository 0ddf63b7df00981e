package org.propertydesk.domain.complaint;

/** How an open target stands at a moment (R-CO-4): derived, never stored. */
public enum DueState {
    ON_TIME,
    /** Inside the policy's warning window before the due moment. */
    DUE_SOON,
    OVERDUE
}
