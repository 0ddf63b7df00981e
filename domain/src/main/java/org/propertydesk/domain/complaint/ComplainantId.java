package org.propertydesk.domain.complaint;

import io.vavr.control.Either;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Rejections;

/**
 * Who complained, as the office's owner register knows them (e.g. the unit "3-1201" or the owner
 * number). Two complaints with the same complainant are "raised by the same complainant" (R-CO-5).
 */
@ValueObject
public record ComplainantId(String value) {

    public ComplainantId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a complainant reference cannot be blank");
        }
    }

    /** From untrusted input: a blank reference is refused (R-CO-9, every complaint is recorded with who raised it). */
    public static Either<Rejections<ComplaintRejection>, ComplainantId> of(String value) {
        return value == null || value.isBlank()
                ? Either.left(Rejections.of(new ComplaintRejection.MissingIntakeFact("complainant")))
                : Either.right(new ComplainantId(value.strip()));
    }

    @Override
    public String toString() {
        return value;
    }
}
