/**
 * Test kit of the duty-roster context: an in-memory {@code Rosters} store, the October 2026
 * office (five posts, twenty staff, 国庆节 and a make-up working day) and jqwik arbitraries of
 * rosters that are valid by construction (R-RO-1..R-RO-5), for embedders' and adapters' tests.
 */
@BoundedContext(name = "Duty rosters", id = "roster")
package org.propertydesk.testkit.roster;

import org.jmolecules.ddd.annotation.BoundedContext;
