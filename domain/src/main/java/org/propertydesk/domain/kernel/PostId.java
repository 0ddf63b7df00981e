package org.propertydesk.domain.kernel;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/**
 * Identifies a duty post of an office (front desk, lobby, CCTV room, duty manager …). Shared in the
 * kernel because rosters staff posts and handovers pass them on.
 */
public record PostId(UUID value) implements Identifier {

    public PostId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
