package org.propertydesk.application.kernel;

import java.time.Instant;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.kernel.Enforces;
import org.propertydesk.domain.kernel.Rule;

/**
 * The one standard clock every timestamp comes from (K-2, 按国家标准时间统一计时). Use cases ask it
 * for the time; the domain receives the instant as a parameter.
 */
@SecondaryPort
@FunctionalInterface
@Enforces(Rule.K_2)
public interface Clock {

    Instant now();

    static Clock system() {
        return Instant::now;
    }
}
