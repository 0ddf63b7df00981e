package org.propertydesk.application.canary.leaky;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.adapters.jdbc.canary.standalone.JdbcStandalone;

/**
 * Trips the hexagonal rules (a port that knows its adapter) and the application allow-list (an
 * adapter type in the application). In its own package so it closes no package cycle.
 */
@SecondaryPort
public interface LeakyPort {

    JdbcStandalone adapter();
}
