package org.propertydesk.adapters.jdbc.complaint;

import org.propertydesk.adapters.jdbc.kernel.JdbcTransactions;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.complaint.ComplaintPolicies;
import org.propertydesk.application.complaint.Complaints;
import org.propertydesk.application.complaint.PaymentStatus;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.ComplaintPolicy;
import org.propertydesk.domain.complaint.PaymentStanding;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * The complaints context's ports on JDBC, all working inside the same units of work. A complainant
 * reference holds up to 100 characters and a location up to 200; free text (the account, replies,
 * commitments, reasons) has no limit.
 */
public final class JdbcComplaint {

    private final JdbcComplaints complaints;
    private final JdbcPaymentStatus paymentStatus;
    private final JdbcComplaintPolicies policies;

    private JdbcComplaint(JdbcTransactions transactions) {
        Sql sql = new Sql(transactions);
        this.complaints = new JdbcComplaints(sql);
        this.paymentStatus = new JdbcPaymentStatus(sql);
        this.policies = new JdbcComplaintPolicies(sql);
    }

    public static JdbcComplaint over(JdbcTransactions transactions) {
        return new JdbcComplaint(transactions);
    }

    public Complaints complaints() {
        return complaints;
    }

    public PaymentStatus paymentStatus() {
        return paymentStatus;
    }

    /** Records (or replaces) a complainant's standing as the vendor's fee ledger reports it (R-CO-3 ③). */
    public void recordPaymentStanding(OfficeId office, ComplainantId complainant, PaymentStanding standing) {
        paymentStatus.record(office, complainant, standing);
    }

    public ComplaintPolicies policies() {
        return policies;
    }

    /** Defines or replaces an office's complaint policy (R-CO-4); an office without one has the defaults. */
    public void definePolicy(OfficeId office, ComplaintPolicy policy) {
        policies.define(office, policy);
    }
}
