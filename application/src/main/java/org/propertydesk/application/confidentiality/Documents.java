package org.propertydesk.application.confidentiality;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.confidentiality.Document;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * The office's documents and archive files. The aggregate carries its version: {@link #update}
 * stores a document whose version is one more than {@code expectedVersion}, and throws
 * {@link org.propertydesk.application.kernel.ConcurrencyConflict} when the stored one is not at
 * {@code expectedVersion}.
 */
@SecondaryPort
public interface Documents {

    Option<Document> find(OfficeId office, DocumentId id);

    void add(Document document);

    void update(Document updated, long expectedVersion);

    /** The documents {@code custodian} keeps (R-CF-10). */
    Seq<Document> keptBy(OfficeId office, StaffId custodian);

    /** The personnel files about {@code subject} (R-CF-7, R-CF-8). */
    Seq<Document> personnelFilesOf(OfficeId office, StaffId subject);
}
