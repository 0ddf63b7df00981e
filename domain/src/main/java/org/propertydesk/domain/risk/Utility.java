package org.propertydesk.domain.risk;

/** What an outage cuts. */
public enum Utility {
    WATER,
    POWER
}
