package org.propertydesk.application.confidentiality;

import io.vavr.collection.Seq;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.confidentiality.Approval;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.kernel.OfficeId;

/** Copy approvals on record (R-CF-3), append-only. */
@SecondaryPort
public interface Approvals {

    void add(OfficeId office, Approval approval);

    Seq<Approval> forDocument(OfficeId office, DocumentId document);
}
