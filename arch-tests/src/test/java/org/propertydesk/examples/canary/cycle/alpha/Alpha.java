package org.propertydesk.examples.canary.cycle.alpha;

import org.propertydesk.examples.canary.cycle.beta.Beta;

/** Half of a package cycle (alpha → beta → alpha): trips the no-cycles rule. */
public final class Alpha {

    public Beta partner() {
        return new Beta();
    }
}
