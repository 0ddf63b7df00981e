/**
 * The duty-roster desk over gRPC ({@code propertydesk.v1.RosterService}): drafting, planning,
 * validating and publishing rosters, change requests and acknowledgements, leaving a post, and
 * who is on duty. Start from {@link org.propertydesk.adapters.grpc.roster.GrpcRoster}.
 */
@BoundedContext(name = "Duty rosters", id = "roster")
@PrimaryAdapter
package org.propertydesk.adapters.grpc.roster;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jmolecules.ddd.annotation.BoundedContext;
