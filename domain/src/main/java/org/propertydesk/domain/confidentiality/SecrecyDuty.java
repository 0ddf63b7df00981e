package org.propertydesk.domain.confidentiality;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * The duty of secrecy a staff member keeps after leaving (R-CF-10, 保密管理制度 3.4.7): it does not
 * end with employment, only when what they know has been made wholly public.
 *
 * @param madePublicAt when the information they hold became wholly public, if it has
 */
@ValueObject
public record SecrecyDuty(OfficeId office, StaffId staff, Instant departedAt, Option<Instant> madePublicAt) {

    public SecrecyDuty {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(departedAt, "departedAt");
        Objects.requireNonNull(madePublicAt, "madePublicAt");
    }

    /** Whether the former employee is still bound at {@code when}, however long after departure. */
    public boolean bindsAt(Instant when) {
        return madePublicAt.forAll(published -> when.isBefore(published));
    }

    public SecrecyDuty madePublic(Instant at) {
        return new SecrecyDuty(office, staff, departedAt, Option.some(at));
    }
}
