package org.propertydesk.application.kernel;

import io.vavr.control.Option;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * Carries out a client's mutating request at most once per request id (AIP-155): the work and the
 * record of its answer commit in one unit of work, so a retry with the same id — after a timeout,
 * a dropped connection or a server restart — gets the first answer back and causes no second
 * effect. Adapters (gRPC, or an embedder's own API) wrap each mutating call in it.
 */
@PrimaryPort
public interface Requests {

    /**
     * Runs {@code work} in one unit of work and records its answer under {@code request}; or, when
     * an answer was recorded for {@code request} before, returns that one without running anything.
     *
     * @param office    the office the request is in (request ids are per office)
     * @param request   the request id, if the client sent one; without it the work simply runs
     *                  in a unit of work of its own
     * @param operation what was asked, including a fingerprint of the request's content (at most
     *                  200 characters); an id reused for a different operation is refused
     * @param encode    the answer as bytes to record
     * @param decode    a recorded answer read back
     * @param work      the use case(s) to run; everything it writes commits together
     * @throws RequestIdReused when {@code request} was recorded for a different operation
     */
    <T> T once(OfficeId office, Option<RequestId> request, String operation,
            Function<T, byte[]> encode, Function<byte[], T> decode, Supplier<T> work);

    /** A request id was sent again with a request other than the one it was first used for. */
    final class RequestIdReused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public RequestIdReused(RequestId request) {
            super("request id " + request + " was already used for a different request");
        }
    }
}
