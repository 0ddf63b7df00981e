/**
 * The shift-handover desk over gRPC ({@code propertydesk.v1.HandoverService}): duty logs,
 * handovers from preparation to signature, the incidents that block them, and who answers for a
 * post. Start from {@link org.propertydesk.adapters.grpc.handover.GrpcHandover}.
 */
@BoundedContext(name = "Shift handover", id = "handover")
@PrimaryAdapter
package org.propertydesk.adapters.grpc.handover;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jmolecules.ddd.annotation.BoundedContext;
