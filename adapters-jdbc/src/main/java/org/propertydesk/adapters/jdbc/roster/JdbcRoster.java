package org.propertydesk.adapters.jdbc.roster;

import org.propertydesk.adapters.jdbc.kernel.JdbcTransactions;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.roster.Rosters;

/** The duty-roster context's ports on JDBC, working inside the shared units of work. */
public final class JdbcRoster {

    private final JdbcRosters rosters;

    private JdbcRoster(JdbcTransactions transactions) {
        this.rosters = new JdbcRosters(new Sql(transactions));
    }

    public static JdbcRoster over(JdbcTransactions transactions) {
        return new JdbcRoster(transactions);
    }

    public Rosters rosters() {
        return rosters;
    }
}
