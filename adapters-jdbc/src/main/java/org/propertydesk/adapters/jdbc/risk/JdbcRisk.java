package org.propertydesk.adapters.jdbc.risk;

import org.propertydesk.adapters.jdbc.kernel.JdbcTransactions;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.risk.Arrears;
import org.propertydesk.application.risk.HazardousWorks;
import org.propertydesk.application.risk.Incidents;
import org.propertydesk.application.risk.Notices;
import org.propertydesk.application.risk.Recipients;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.KeyRecipients;

/** The risk desk's ports on JDBC, all working inside the same units of work. */
public final class JdbcRisk {

    private final JdbcNotices notices;
    private final JdbcArrears arrears;
    private final JdbcHazardousWorks hazardousWorks;
    private final JdbcIncidents incidents;
    private final JdbcRecipients recipients;

    private JdbcRisk(JdbcTransactions transactions) {
        Sql sql = new Sql(transactions);
        this.notices = new JdbcNotices(sql);
        this.arrears = new JdbcArrears(sql);
        this.hazardousWorks = new JdbcHazardousWorks(sql);
        this.incidents = new JdbcIncidents(sql);
        this.recipients = new JdbcRecipients(sql);
    }

    public static JdbcRisk over(JdbcTransactions transactions) {
        return new JdbcRisk(transactions);
    }

    public Notices notices() {
        return notices;
    }

    /**
     * Arrears on PropertyDesk's own tables. An integrator whose fee ledger is the vendor's may
     * implement the port over that ledger instead.
     */
    public Arrears arrears() {
        return arrears;
    }

    public HazardousWorks hazardousWorks() {
        return hazardousWorks;
    }

    public Incidents incidents() {
        return incidents;
    }

    public Recipients recipients() {
        return recipients;
    }

    /** Defines or replaces an office's register of shops and key units (R-RN-6, R-RN-7). */
    public void defineRecipients(OfficeId office, KeyRecipients keyRecipients) {
        recipients.define(office, keyRecipients);
    }
}
