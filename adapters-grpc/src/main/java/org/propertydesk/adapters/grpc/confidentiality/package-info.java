/**
 * The records office over gRPC ({@code propertydesk.v1.RecordsOfficeService}): documents, access
 * decisions written to the audit trail whether granted or denied, loans, originals for a task,
 * destruction and departure (R-CF-1..R-CF-10). A document's title reaches only a caller who may
 * read it. Start from {@link org.propertydesk.adapters.grpc.confidentiality.GrpcRecordsOffice}.
 */
@BoundedContext(name = "Confidentiality", id = "confidentiality")
@PrimaryAdapter
package org.propertydesk.adapters.grpc.confidentiality;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jmolecules.ddd.annotation.BoundedContext;
