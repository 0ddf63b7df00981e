/**
 * The risk desk over gRPC ({@code propertydesk.v1.RiskNoticeService}): notices and their evidence,
 * arrears and the demands due before their limitation ends, hazardous work and incident records
 * (R-RN-1..R-RN-9). Start from {@link org.propertydesk.adapters.grpc.risk.GrpcRisk}.
 */
@BoundedContext(name = "Risk notices", id = "risk")
@PrimaryAdapter
package org.propertydesk.adapters.grpc.risk;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jmolecules.ddd.annotation.BoundedContext;
