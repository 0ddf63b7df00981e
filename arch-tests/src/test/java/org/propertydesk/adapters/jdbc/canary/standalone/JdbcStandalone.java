package org.propertydesk.adapters.jdbc.canary.standalone;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** A secondary adapter that {@code LeakyPort} wrongly knows about. Obeys every rule itself. */
@SecondaryAdapter
public final class JdbcStandalone {}
