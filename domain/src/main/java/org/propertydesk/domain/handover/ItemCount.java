package org.propertydesk.domain.handover;

import io.vavr.control.Option;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What the face-to-face count found for one register line (R-HO-5): its condition, how many were
 * there and the outgoing person's explanation of damage, loss or a mismatch with the register.
 */
@ValueObject
public record ItemCount(ItemId item, Condition condition, int counted, Option<String> explanation) {

    public ItemCount {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(explanation, "explanation");
    }
}
