package org.propertydesk.adapters.grpc.kernel;

import java.util.Objects;

/**
 * One malformed field of a request, named by its path in the request message (e.g.
 * {@code complaint.received_at}), with what is wrong in words a client developer can act on.
 */
public record InvalidField(String field, String description) {

    public InvalidField {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(description, "description");
    }
}
