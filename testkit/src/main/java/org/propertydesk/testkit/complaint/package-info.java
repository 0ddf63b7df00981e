/**
 * Test kit for the complaints context (R-CO-1..R-CO-9): in-memory complaint records, payment
 * status and office policies, a Shanghai office with its 2026 calendar and staff, and jqwik
 * arbitraries of intake facts, complaints at every step of either procedure, and commands to walk
 * them — valid by construction, shrinking towards the simplest complaint.
 */
@BoundedContext(name = "Complaints", id = "complaint")
package org.propertydesk.testkit.complaint;

import org.jmolecules.ddd.annotation.BoundedContext;
