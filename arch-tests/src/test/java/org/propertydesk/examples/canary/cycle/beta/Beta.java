package org.propertydesk.examples.canary.cycle.beta;

import org.propertydesk.examples.canary.cycle.alpha.Alpha;

/** The other half of the package cycle (beta → alpha). */
public final class Beta {

    public Alpha partner() {
        return new Alpha();
    }
}
