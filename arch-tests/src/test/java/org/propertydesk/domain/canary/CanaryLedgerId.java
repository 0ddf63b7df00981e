package org.propertydesk.domain.canary;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a {@link CanaryLedger}. Obeys every rule. */
public record CanaryLedgerId(UUID value) implements Identifier {}
