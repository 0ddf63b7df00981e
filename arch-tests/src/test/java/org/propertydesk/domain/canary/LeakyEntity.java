package org.propertydesk.domain.canary;

import java.sql.Connection;

/**
 * Trips the JDBC confinement rule: a domain type holding a {@code java.sql.Connection}. The
 * domain allow-list lets it pass ({@code java..} is allowed), which is why JDBC is confined by a
 * rule of its own.
 */
public final class LeakyEntity {

    private final Connection connection;

    public LeakyEntity(Connection connection) {
        this.connection = connection;
    }

    public Connection connection() {
        return connection;
    }
}
