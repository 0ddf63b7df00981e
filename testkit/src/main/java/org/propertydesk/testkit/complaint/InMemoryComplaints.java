package org.propertydesk.testkit.complaint;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.complaint.Complaints;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.Matter;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * {@link Complaints} in memory, one map per office. Nothing is ever removed (R-CO-9). An update
 * replaces the stored complaint only while its version is still the expected one; the complaint
 * carries its own new version. Reads are ordered by registration, then id. The complaints about
 * each matter are also indexed by registration time (a matter never changes once registered), so
 * {@link #aboutMatter} reads the matter's window instead of sorting the whole office.
 */
@SecondaryAdapter
public final class InMemoryComplaints implements Complaints {

    private static final Comparator<Complaint> BY_REGISTRATION =
            Comparator.comparing(Complaint::registeredAt).thenComparing(complaint -> complaint.id().value());

    private static final Comparator<Registration> IN_ORDER =
            Comparator.comparing(Registration::at).thenComparing(Registration::id);
    /** The lowest and highest ids in {@link UUID#compareTo} order, to bound a window of the index. */
    private static final UUID FIRST = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
    private static final UUID LAST = new UUID(Long.MAX_VALUE, Long.MAX_VALUE);

    private final Map<OfficeId, Map<ComplaintId, Complaint>> offices = new ConcurrentHashMap<>();
    private final Map<OfficeId, Map<MatterKey, NavigableSet<Registration>>> matters = new ConcurrentHashMap<>();

    /** A matter as {@link Matter#sameAs} compares it: subject and the place's comparison form. */
    private record MatterKey(Subject subject, String place) {
        static MatterKey of(Matter matter) {
            return new MatterKey(matter.subject(), matter.location().key());
        }
    }

    /** One complaint in a matter's index: when it was registered, and its id (the tie-break of reads). */
    private record Registration(Instant at, UUID id) {}

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
        matters.computeIfAbsent(complaint.office(), key -> new ConcurrentHashMap<>())
                .computeIfAbsent(MatterKey.of(complaint.matter()), key -> new ConcurrentSkipListSet<>(IN_ORDER))
                .add(new Registration(complaint.registeredAt(), complaint.id().value()));
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

    @Override
    public Seq<Complaint> aboutMatter(OfficeId office, Matter matter, Instant from, Instant to) {
        NavigableSet<Registration> index = matters.getOrDefault(office, Map.of()).get(MatterKey.of(matter));
        if (index == null || from.isAfter(to)) {
            return List.empty();
        }
        Map<ComplaintId, Complaint> records = of(office);
        return List.ofAll(index.subSet(new Registration(from, FIRST), true, new Registration(to, LAST), true))
                .map(registration -> records.get(new ComplaintId(registration.id())));
    }

    /** Every complaint of the office, closed ones included. */
    public Seq<Complaint> all(OfficeId office) {
        return List.ofAll(of(office).values()).sorted(BY_REGISTRATION);
    }

    private Map<ComplaintId, Complaint> of(OfficeId office) {
        return offices.computeIfAbsent(office, key -> new ConcurrentHashMap<>());
    }
}
