package org.propertydesk.testkit.confidentiality;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.confidentiality.Documents;
import org.propertydesk.domain.confidentiality.Document;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/** {@link Documents} in memory, one map per office, in the order documents were added. */
@SecondaryAdapter
public final class InMemoryDocuments implements Documents {

    private final VersionedStore<DocumentId, Document> store =
            new VersionedStore<>("document", Document::office, Document::id, Document::version);

    @Override
    public Option<Document> find(OfficeId office, DocumentId id) {
        return store.find(office, id);
    }

    @Override
    public void add(Document document) {
        store.add(document);
    }

    @Override
    public void update(Document updated, long expectedVersion) {
        store.update(updated, expectedVersion);
    }

    @Override
    public Seq<Document> keptBy(OfficeId office, StaffId custodian) {
        return store.where(office, document -> document.custodian().equals(custodian));
    }

    @Override
    public Seq<Document> personnelFilesOf(OfficeId office, StaffId subject) {
        return store.where(office, document -> document.isPersonnelFileOf(subject));
    }
}
