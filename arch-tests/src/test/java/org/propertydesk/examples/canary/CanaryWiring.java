package org.propertydesk.examples.canary;

import javax.sql.DataSource;
import org.jmolecules.architecture.hexagonal.Adapter;
import org.propertydesk.adapters.jdbc.canary.JdbcCanaryLedgers;
import org.propertydesk.application.canary.CanaryLedgers;

/**
 * Wiring that builds a secondary adapter. Under jMolecules' strict hexagon only an adapter may
 * touch another adapter, so the code that plugs adapters into ports is itself an {@code @Adapter}.
 * Obeys every rule.
 */
@Adapter
public final class CanaryWiring {

    public CanaryLedgers ledgers(DataSource dataSource) {
        return new JdbcCanaryLedgers(dataSource);
    }
}
