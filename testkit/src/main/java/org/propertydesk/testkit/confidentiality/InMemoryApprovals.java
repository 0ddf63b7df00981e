package org.propertydesk.testkit.confidentiality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.confidentiality.Approvals;
import org.propertydesk.domain.confidentiality.Approval;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.kernel.OfficeId;

/** {@link Approvals} in memory: an append-only list per office. */
@SecondaryAdapter
public final class InMemoryApprovals implements Approvals {

    private final Map<OfficeId, java.util.List<Approval>> approvals = new ConcurrentHashMap<>();

    @Override
    public void add(OfficeId office, Approval approval) {
        java.util.List<Approval> ofOffice = approvals.computeIfAbsent(office, any -> new ArrayList<>());
        synchronized (ofOffice) {
            ofOffice.add(approval);
        }
    }

    @Override
    public Seq<Approval> forDocument(OfficeId office, DocumentId document) {
        java.util.List<Approval> ofOffice = approvals.getOrDefault(office, java.util.List.of());
        synchronized (ofOffice) {
            return List.ofAll(ofOffice).filter(approval -> approval.document().equals(document));
        }
    }
}
