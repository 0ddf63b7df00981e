package org.propertydesk.testkit.complaint;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.complaint.Complaints;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * {@link Complaints} in memory, one map per office. Nothing is ever removed (R-CO-9). An update
 * replaces the stored complaint only while its version is still the expected one; the complaint
 * carries its own new version. Reads are ordered by registration, then id.
 */
@SecondaryAdapter
public final class InMemoryComplaints implements Complaints {

    private static final Comparator<Complaint> BY_REGISTRATION =
            Comparator.comparing(Complaint::registeredAt).thenComparing(complaint -> complaint.id().value());

    private final Map<OfficeId, Map<ComplaintId, Complaint>> offices = new ConcurrentHashMap<>();

    @Override
    public Option<Complaint> find(OfficeId office, ComplaintId id) {
        return Option.of(of(office).get(id));
    }

    @Override
    public void add(Complaint complaint) {
        Objects.requireNonNull(complaint, "complaint");
        if (of(complaint.office()).putIfAbsent(complaint.id(), complaint) != null) {
            throw new IllegalStateException("complaint " + complaint.id() + " is already recorded");
        }
    }

    @Override
    public void update(Complaint updated, long expectedVersion) {
        Objects.requireNonNull(updated, "updated");
        Map<ComplaintId, Complaint> records = of(updated.office());
        synchronized (records) {
            Complaint stored = records.get(updated.id());
            if (stored == null || stored.version() != expectedVersion) {
                throw new ConcurrencyConflict("offices/" + updated.office() + "/complaints/" + updated.id(), expectedVersion);
            }
            records.put(updated.id(), updated);
        }
    }

    @Override
    public Seq<Complaint> open(OfficeId office) {
        return all(office).filter(complaint -> !complaint.isClosed());
    }

    @Override
    public Seq<Complaint> byComplainant(OfficeId office, ComplainantId complainant) {
        return all(office).filter(complaint -> complaint.complainant().equals(complainant));
    }

    @Override
    public Seq<Complaint> registeredBetween(OfficeId office, Instant from, Instant to) {
        return all(office).filter(c -> !c.registeredAt().isBefore(from) && !c.registeredAt().isAfter(to));
    }

    /** Every complaint of the office, closed ones included. */
    public Seq<Complaint> all(OfficeId office) {
        return List.ofAll(of(office).values()).sorted(BY_REGISTRATION);
    }

    private Map<ComplaintId, Complaint> of(OfficeId office) {
        return offices.computeIfAbsent(office, key -> new ConcurrentHashMap<>());
    }
}
