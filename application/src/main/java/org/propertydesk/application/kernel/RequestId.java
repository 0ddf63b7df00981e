package org.propertydesk.application.kernel;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The caller's key for one mutating request (AIP-155): a retry with the same key gets the first
 * result again and never causes a second effect. 1 to 64 characters of letters, digits, '-', '_'
 * or '.'; a UUID is the usual choice.
 */
@ValueObject
public record RequestId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public RequestId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a request id: " + value);
        }
    }

    /** A request id from untrusted input, or empty when it is not of the allowed form. */
    public static Option<RequestId> parse(String value) {
        return value != null && FORM.matcher(value).matches() ? Option.some(new RequestId(value)) : Option.none();
    }

    @Override
    public String toString() {
        return value;
    }
}
