package org.propertydesk.adapters.jdbc.confidentiality;

import org.propertydesk.adapters.jdbc.kernel.JdbcTransactions;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.confidentiality.Approvals;
import org.propertydesk.application.confidentiality.Custodies;
import org.propertydesk.application.confidentiality.Documents;
import org.propertydesk.application.confidentiality.Loans;

/**
 * The records office's ports on JDBC, all working inside the same units of work. Its numbers
 * ({@link org.propertydesk.application.confidentiality.RecordsPolicies}) are a value handed to the
 * service, not a port, so nothing here stores them.
 */
public final class JdbcConfidentiality {

    private final JdbcDocuments documents;
    private final JdbcLoans loans;
    private final JdbcApprovals approvals;
    private final JdbcCustodies custodies;

    private JdbcConfidentiality(JdbcTransactions transactions) {
        Sql sql = new Sql(transactions);
        this.documents = new JdbcDocuments(sql);
        this.loans = new JdbcLoans(sql);
        this.approvals = new JdbcApprovals(sql);
        this.custodies = new JdbcCustodies(sql);
    }

    public static JdbcConfidentiality over(JdbcTransactions transactions) {
        return new JdbcConfidentiality(transactions);
    }

    public Documents documents() {
        return documents;
    }

    public Loans loans() {
        return loans;
    }

    public Approvals approvals() {
        return approvals;
    }

    public Custodies custodies() {
        return custodies;
    }
}
