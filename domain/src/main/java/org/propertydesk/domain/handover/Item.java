package org.propertydesk.domain.handover;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** One line of the handover register (值班交接登记表): a shared item and how many the register says there are. */
@ValueObject
public record Item(ItemId id, String name, ItemCategory category, int registered) {

    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
    }
}
