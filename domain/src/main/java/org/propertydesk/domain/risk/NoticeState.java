package org.propertydesk.domain.risk;

/** Where a notice stands; the allowed moves are {@link Notice#LIFECYCLE}. */
public enum NoticeState {
    /** Written, not yet given to anyone. */
    DRAFTED,
    /** Posted or sent, with its stub kept. */
    ISSUED,
    /** Every addressee's service is proven. */
    SERVED,
    /** The matter is over; the evidence is still kept (R-RN-9). */
    CLOSED,
    /** Taken back before service; the evidence is still kept. */
    WITHDRAWN,
    /** The evidence was disposed of after its retention ended. */
    DISPOSED
}
