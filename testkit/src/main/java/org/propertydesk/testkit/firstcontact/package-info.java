/**
 * Test support for first-contact responsibility (首问责任制, R-FC-1..R-FC-9): in-memory
 * {@link org.propertydesk.application.firstcontact.ServiceRequests} and
 * {@link org.propertydesk.application.firstcontact.ReceptionLog}, and jqwik arbitraries for staff,
 * routing questions and service requests with transfer histories, valid by construction.
 */
@BoundedContext(name = "First-contact responsibility", id = "firstcontact")
package org.propertydesk.testkit.firstcontact;

import org.jmolecules.ddd.annotation.BoundedContext;
