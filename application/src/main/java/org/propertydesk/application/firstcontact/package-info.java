/**
 * The first-contact desk (首问责任制): use cases that receive a customer's request, route it by the
 * holder's role, pass it on and accept it, file coordination forms, screen replies and end
 * first-contact responsibility when completion is reported (R-FC-1..R-FC-9), over the
 * {@link org.propertydesk.application.firstcontact.ServiceRequests} store and each department's
 * {@link org.propertydesk.application.firstcontact.ReceptionLog} (接待业主情况记录).
 */
@BoundedContext(name = "First-contact responsibility", id = "firstcontact")
package org.propertydesk.application.firstcontact;

import org.jmolecules.ddd.annotation.BoundedContext;
