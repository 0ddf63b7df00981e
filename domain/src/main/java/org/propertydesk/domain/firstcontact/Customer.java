package org.propertydesk.domain.firstcontact;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Rejections;

/**
 * Who asked and how to reach them again (R-FC-1; 4.5: 来电人姓名、联系电话 are recorded).
 *
 * @param name    as the customer gave it (owner, occupant or visitor)
 * @param contact a phone number, room number or other way back to the customer
 */
@ValueObject
public record Customer(String name, String contact) {

    public Customer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contact, "contact");
    }

    public static Either<Rejections<FirstContactRejection>, Customer> of(String name, String contact) {
        List<FirstContactRejection> reasons = List.empty();
        if (name == null || name.isBlank()) {
            reasons = reasons.append(new FirstContactRejection.CustomerUnnamed());
        }
        if (contact == null || contact.isBlank()) {
            reasons = reasons.append(new FirstContactRejection.NoWayBackToCustomer());
        }
        return Rejections.unless(reasons, () -> new Customer(name.strip(), contact.strip()));
    }
}
