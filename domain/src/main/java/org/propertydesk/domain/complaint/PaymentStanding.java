package org.propertydesk.domain.complaint;

/** The complainant's fee payments as the vendor's ledger reports them (R-CO-3, 检查投诉人的付款情况). */
public enum PaymentStanding {
    UP_TO_DATE,
    IN_ARREARS,
    UNKNOWN
}
