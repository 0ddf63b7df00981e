package org.propertydesk.examples.canary;

import javax.sql.DataSource;
import org.propertydesk.adapters.jdbc.canary.JdbcCanaryLedgers;
import org.propertydesk.application.canary.CanaryLedgers;

/**
 * Trips the hexagonal rules: unannotated code that reaches a secondary adapter directly (compare
 * {@link CanaryWiring}).
 */
public final class CanaryMisWiring {

    public CanaryLedgers ledgers(DataSource dataSource) {
        return new JdbcCanaryLedgers(dataSource);
    }
}
