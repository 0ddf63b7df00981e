package org.propertydesk.domain.confidentiality;

/** Where a loan stands; the allowed steps are {@link Loan#LIFECYCLE}. */
public enum LoanStatus {
    /** Asked for, collecting approvals. */
    REQUESTED,
    /** Handed to the borrower, due back at the loan's due instant. */
    ON_LOAN,
    /** Back in the records office. */
    RETURNED,
    /** Not approved. */
    REFUSED
}
