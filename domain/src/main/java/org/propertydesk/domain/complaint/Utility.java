package org.propertydesk.domain.complaint;

/** The municipal utilities whose failures cause communicative complaints (市政设施, R-CO-1). */
public enum Utility {
    WATER,
    POWER,
    GAS,
    ROADS,
    POST,
    TELECOM
}
