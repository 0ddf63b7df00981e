package org.propertydesk.application.kernel;

import java.util.Objects;

/**
 * The store could not be reached, or the connection to it broke while a unit of work ran: an
 * infrastructure failure of the moment, never a fault of the request. The unit of work was rolled
 * back, so nothing of it was written — except when the connection broke while committing, when
 * the store alone knows whether the commit happened. Either way the request may be sent again:
 * with the same request id ({@link Requests}) the retry carries it out once, or answers with what
 * the first attempt committed. Adapters answer it as UNAVAILABLE.
 */
public final class StoreUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailable(String what, Throwable cause) {
        super("the store is unavailable (" + Objects.requireNonNull(what, "what") + ")", cause);
    }
}
