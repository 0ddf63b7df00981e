package org.propertydesk.domain.canary;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a {@link CanaryTenant}. Obeys every rule. */
public record CanaryTenantId(UUID value) implements Identifier {}
