/**
 * First-contact responsibility (首问责任制): the first employee a customer reaches owns the
 * service request — consultation, complaint, help request or business transaction — until the
 * responsible department reports completion time and result to the customer-service supervisor,
 * however many transfers happen (R-FC-1, R-FC-7). Routing by role, scope and departments concerned
 * (R-FC-2..R-FC-4), transfer methods (R-FC-6), wrong transfers that may not move again (R-FC-5),
 * screened replies (R-FC-8) and the expected time and two-contact limit (R-FC-9) live here.
 *
 * <p>Rules, with the code that enforces each and the tests that name it: docs/RULES.md#r-fc-1 to
 * #r-fc-9; lifecycles (service request): docs/STATES.md.
 */
@BoundedContext(name = "First-contact responsibility", id = "firstcontact")
package org.propertydesk.domain.firstcontact;

import org.jmolecules.ddd.annotation.BoundedContext;
