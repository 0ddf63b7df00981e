package org.propertydesk.domain.roster;

/** The lifecycle of a roster version: draft → published → superseded (read-only). */
public enum RosterState {
    DRAFT,
    PUBLISHED,
    SUPERSEDED
}
