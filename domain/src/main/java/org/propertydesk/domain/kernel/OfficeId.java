package org.propertydesk.domain.kernel;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a management office (管理处 / 物业服务中心) of a property company; the tenant of every record (K-1). */
public record OfficeId(UUID value) implements Identifier {

    public OfficeId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
