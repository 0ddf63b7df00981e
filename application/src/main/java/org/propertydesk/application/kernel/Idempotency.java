package org.propertydesk.application.kernel;

import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * Remembers the first answer to each request id of an office, so a client that retries after a
 * timeout gets that answer again instead of a second effect (DESIGN.md: "a retry returns the first
 * result, never a second effect"). The answer is recorded in the same unit of work as the effect.
 */
@SecondaryPort
public interface Idempotency {

    /** The answer recorded for the request id, if the request was carried out before. */
    Option<RecordedResponse> recorded(OfficeId office, RequestId request);

    /**
     * Records the answer. If another request with the same id recorded one first (a concurrent
     * retry), throws {@link ConcurrencyConflict}: the caller's unit of work must not commit a
     * second effect, and a new attempt will find the first answer.
     */
    void record(OfficeId office, RequestId request, RecordedResponse response);
}
