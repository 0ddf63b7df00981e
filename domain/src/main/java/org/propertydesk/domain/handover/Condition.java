package org.propertydesk.domain.handover;

/** What the face-to-face count found for one register line (R-HO-5). */
public enum Condition {
    PRESENT,
    DAMAGED,
    MISSING;

    /** Damaged and missing items must be explained by the outgoing person and recorded. */
    public boolean needsExplanation() {
        return this != PRESENT;
    }
}
