package org.propertydesk.application.complaint;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.Matter;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * The office's complaint records (R-CO-9): every complaint is added once and then only updated;
 * there is deliberately no way to delete one. Every read is scoped to one office (K-1).
 *
 * <p>Versioning: a complaint carries its version; every change a command makes yields the next
 * version. {@link #update} stores {@code updated} only if the stored complaint's version is still
 * {@code expectedVersion} (the version the command read), and throws
 * {@link org.propertydesk.application.kernel.ConcurrencyConflict} otherwise.
 */
@SecondaryPort
public interface Complaints {

    Option<Complaint> find(OfficeId office, ComplaintId id);

    /** Adds a newly registered complaint; an id already present is a programmer error. */
    void add(Complaint complaint);

    void update(Complaint updated, long expectedVersion);

    /** The office's complaints not yet closed. */
    Seq<Complaint> open(OfficeId office);

    /** Every complaint the complainant raised at the office, closed ones included. */
    Seq<Complaint> byComplainant(OfficeId office, ComplainantId complainant);

    /** Every complaint registered at the office in [from, to], closed ones included. */
    Seq<Complaint> registeredBetween(OfficeId office, Instant from, Instant to);

    /**
     * Every complaint about {@code matter} (the same subject at the same place, as
     * {@link Matter#sameAs} compares them), whoever raised it, registered at the office in
     * [from, to], closed ones included, in registration order. What a registration reads to find a
     * repeat (R-CO-5) and a recurring problem (R-CO-8): a store answers it from an index on the
     * matter, so its cost follows the matter's complaints, not the office's.
     */
    Seq<Complaint> aboutMatter(OfficeId office, Matter matter, Instant from, Instant to);
}
