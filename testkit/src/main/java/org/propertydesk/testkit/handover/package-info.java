/**
 * Test support for the shift-handover context (交接班): in-memory handovers, duty logs, incidents and
 * duty schedule, and jqwik arbitraries that build handovers in any state reachable under R-HO-3..R-HO-7
 * by running the domain's own commands.
 */
@BoundedContext(name = "Shift handover", id = "handover")
package org.propertydesk.testkit.handover;

import org.jmolecules.ddd.annotation.BoundedContext;
