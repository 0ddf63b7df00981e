/**
 * First-contact responsibility over gRPC ({@code propertydesk.v1.FirstContactService}): service
 * requests received, routed, transferred, accepted, answered and completed, and the departments'
 * reception logs, each call checked and mapped onto
 * {@link org.propertydesk.application.firstcontact.FirstContactDesk}. Start from
 * {@link org.propertydesk.adapters.grpc.firstcontact.GrpcFirstContact}.
 */
@BoundedContext(name = "First-contact responsibility", id = "firstcontact")
@PrimaryAdapter
package org.propertydesk.adapters.grpc.firstcontact;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jmolecules.ddd.annotation.BoundedContext;
