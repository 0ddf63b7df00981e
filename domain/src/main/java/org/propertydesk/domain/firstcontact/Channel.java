package org.propertydesk.domain.firstcontact;

/** How the customer reached the first-contact employee (R-FC-1: in person or by phone). */
public enum Channel {
    /** 来访: the customer came in person. */
    VISIT,
    /** 来电: the customer phoned. */
    PHONE,
    /** Any other way (letter, message …). */
    OTHER
}
