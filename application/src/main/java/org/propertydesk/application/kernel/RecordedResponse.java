package org.propertydesk.application.kernel;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The first answer to a request, kept so a retry gets it again: which operation it answered and
 * the response as the adapter encoded it (e.g. a protobuf message's bytes).
 */
@ValueObject
public record RecordedResponse(String operation, byte[] response) {

    public RecordedResponse {
        Objects.requireNonNull(operation, "operation");
        response = Objects.requireNonNull(response, "response").clone();
    }

    @Override
    public byte[] response() {
        return response.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedResponse
                && operation.equals(((RecordedResponse) other).operation)
                && Arrays.equals(response, ((RecordedResponse) other).response);
    }

    @Override
    public int hashCode() {
        return 31 * operation.hashCode() + Arrays.hashCode(response);
    }

    @Override
    public String toString() {
        return "RecordedResponse[" + operation + ", " + HexFormat.of().formatHex(response, 0, Math.min(response.length, 16))
                + (response.length > 16 ? "…" : "") + "]";
    }
}
