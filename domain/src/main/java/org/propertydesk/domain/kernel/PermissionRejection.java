package org.propertydesk.domain.kernel;

/**
 * A rejection that means "not you": the acting staff member's role, clearance or office does not
 * allow the command (e.g. only a post's supervisor approves a roster change, R-RO-6; reading above
 * one's clearance, R-CF-2). Adapters answer these as permission errors rather than failed
 * preconditions; the rule that decided is still named.
 */
public interface PermissionRejection extends Rejection {}
