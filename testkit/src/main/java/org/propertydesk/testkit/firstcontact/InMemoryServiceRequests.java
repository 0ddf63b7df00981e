package org.propertydesk.testkit.firstcontact;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.firstcontact.ServiceRequests;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.firstcontact.ServiceRequest;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * {@link ServiceRequests} in memory, one map per office. Writes compare and set under the office's
 * map, so two concurrent updates from the same version cannot both succeed.
 */
@SecondaryAdapter
public final class InMemoryServiceRequests implements ServiceRequests {

    private final Map<OfficeId, Map<ServiceRequestId, ServiceRequest>> offices = new ConcurrentHashMap<>();

    @Override
    public Option<ServiceRequest> find(OfficeId office, ServiceRequestId id) {
        return Option.of(offices.getOrDefault(office, Map.of()).get(id));
    }

    @Override
    public void add(ServiceRequest request) {
        Objects.requireNonNull(request, "request");
        Map<ServiceRequestId, ServiceRequest> stored = officeOf(request.office());
        if (stored.putIfAbsent(request.id(), request) != null) {
            throw new IllegalStateException("service request " + request.id() + " already exists in office " + request.office());
        }
    }

    @Override
    public void update(ServiceRequest updated, long expectedVersion) {
        Objects.requireNonNull(updated, "updated");
        if (updated.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("an update from version " + expectedVersion + " stores version "
                    + (expectedVersion + 1) + ", not " + updated.version());
        }
        Map<ServiceRequestId, ServiceRequest> stored = officeOf(updated.office());
        ServiceRequest result = stored.computeIfPresent(updated.id(),
                (id, current) -> current.version() == expectedVersion ? updated : current);
        if (result != updated) {
            throw new ConcurrencyConflict("offices/" + updated.office() + "/serviceRequests/" + updated.id(), expectedVersion);
        }
    }

    @Override
    public Seq<ServiceRequest> firstContactedBy(OfficeId office, StaffId staff) {
        return List.ofAll(offices.getOrDefault(office, Map.of()).values())
                .filter(request -> request.firstContact().equals(staff))
                .sorted(Comparator.comparing(ServiceRequest::receivedAt).thenComparing(request -> request.id().value()));
    }

    private Map<ServiceRequestId, ServiceRequest> officeOf(OfficeId office) {
        return offices.computeIfAbsent(office, key -> new ConcurrentHashMap<>());
    }
}
