package org.propertydesk.domain.complaint;

import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.event.types.DomainEvent;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * A signal that one matter keeps coming back (R-CO-8, 对反复出现的问题…找出解决办法): at least the
 * policy's number of complaints about the same subject at the same location within its window,
 * for the departments concerned to find the root cause.
 */
public record RecurringProblem(OfficeId office, Matter matter, Seq<ComplaintId> complaints, Instant from, Instant at)
        implements DomainEvent {

    public RecurringProblem {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(complaints, "complaints");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(at, "at");
    }
}
