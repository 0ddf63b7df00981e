package org.propertydesk.application.kernel;

import io.vavr.control.Option;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The caller's key for one mutating request (AIP-155): a retry with the same key gets the first
 * result again and never causes a second effect. 1 to 64 characters of letters, digits, '-', '_'
 * or '.'; a UUID is the usual choice.
 */
@ValueObject
public record RequestId(String value) {

    public RequestId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a request id: " + value);
        }
    }

    /** A request id from untrusted input, or empty when it is not of the allowed form. */
    public static Option<RequestId> parse(String value) {
        return value != null && isWellFormed(value) ? Option.some(new RequestId(value)) : Option.none();
    }

    /** Whether {@code value} is 1 to 64 of ASCII letters, digits, '.', '_' and '-' (checked on every mutating call, so in one pass). */
    static boolean isWellFormed(String value) {
        if (value.isEmpty() || value.length() > 64) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
