package org.propertydesk.domain.firstcontact.canary;

/** A type of the first-contact context. Obeys every rule. */
public record FirstContactCanary(String value) {}
