package org.propertydesk.application.kernel;

import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Where new identifiers come from, so that neither domain nor use cases draw random numbers and
 * tests can make ids predictable. Wrap the value in the typed id: {@code new StaffId(ids.next())}.
 */
@SecondaryPort
@FunctionalInterface
public interface Identities {

    UUID next();

    static Identities random() {
        return UUID::randomUUID;
    }
}
