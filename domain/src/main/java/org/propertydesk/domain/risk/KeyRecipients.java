package org.propertydesk.domain.risk;

import io.vavr.collection.Set;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The office's shops and key units (商铺、重要单位) by name: everyone an outage or force-majeure
 * notice must be written to (R-RN-6, R-RN-7).
 */
@ValueObject
public record KeyRecipients(Set<String> shops, Set<String> keyUnits) {

    public KeyRecipients {
        Objects.requireNonNull(shops, "shops");
        Objects.requireNonNull(keyUnits, "keyUnits");
    }

    public static KeyRecipients none() {
        return new KeyRecipients(io.vavr.collection.TreeSet.empty(), io.vavr.collection.TreeSet.empty());
    }
}
