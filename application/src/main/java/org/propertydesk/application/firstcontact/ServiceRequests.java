package org.propertydesk.application.firstcontact;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.firstcontact.ServiceRequest;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * The office's service requests (K-1: every read and write is scoped to one office).
 *
 * <p>Versioning: the aggregate carries its own version, one higher after every command. {@link
 * #update} stores {@code updated} only when the stored version is still {@code expectedVersion}
 * (the version the command read), and {@code updated.version()} is then {@code expectedVersion + 1};
 * otherwise it throws {@link org.propertydesk.application.kernel.ConcurrencyConflict}.
 */
@SecondaryPort
public interface ServiceRequests {

    Option<ServiceRequest> find(OfficeId office, ServiceRequestId id);

    /** Stores a new request; its id is new in its office. */
    void add(ServiceRequest request);

    void update(ServiceRequest updated, long expectedVersion);

    /** Every request of the office whose first contact was {@code staff}, oldest reception first. */
    Seq<ServiceRequest> firstContactedBy(OfficeId office, StaffId staff);
}
