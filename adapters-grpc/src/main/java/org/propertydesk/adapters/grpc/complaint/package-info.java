/**
 * The complaints desk over gRPC ({@code propertydesk.v1.ComplaintService}): complaints registered,
 * read, worked through their procedure and escalated, each call checked and mapped onto
 * {@link org.propertydesk.application.complaint.ComplaintDesk} and its answer mapped back. Start
 * from {@link org.propertydesk.adapters.grpc.complaint.GrpcComplaint}.
 */
@BoundedContext(name = "Complaints", id = "complaint")
@PrimaryAdapter
package org.propertydesk.adapters.grpc.complaint;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jmolecules.ddd.annotation.BoundedContext;
