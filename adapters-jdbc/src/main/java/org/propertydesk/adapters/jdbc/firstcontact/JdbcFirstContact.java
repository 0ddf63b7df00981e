package org.propertydesk.adapters.jdbc.firstcontact;

import org.propertydesk.adapters.jdbc.kernel.JdbcTransactions;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.firstcontact.ReceptionLog;
import org.propertydesk.application.firstcontact.ServiceRequests;

/**
 * The first-contact context's ports on JDBC, all working inside the same units of work. A
 * customer's name and contact hold up to 200 characters each; the matter, replies and completion
 * results have no limit.
 */
public final class JdbcFirstContact {

    private final JdbcServiceRequests serviceRequests;
    private final JdbcReceptionLog receptionLog;

    private JdbcFirstContact(JdbcTransactions transactions) {
        Sql sql = new Sql(transactions);
        this.serviceRequests = new JdbcServiceRequests(sql);
        this.receptionLog = new JdbcReceptionLog(sql, transactions);
    }

    public static JdbcFirstContact over(JdbcTransactions transactions) {
        return new JdbcFirstContact(transactions);
    }

    public ServiceRequests serviceRequests() {
        return serviceRequests;
    }

    public ReceptionLog receptionLog() {
        return receptionLog;
    }
}
