package org.propertydesk.domain.firstcontact;

/** The three ways a request may change hands (服务需求转移方式, R-FC-6). */
public enum TransferMethod {
    /** 方式一: the first-contact employee puts the responsible supervisor through to the customer by phone. */
    PHONE_BRIDGE,
    /** 方式二: the responsible supervisor comes to the customer. */
    SUPERVISOR_COMES,
    /** 方式三: the first-contact employee escorts the customer to the department — only with the customer's consent. */
    ESCORT;

    public boolean needsConsent() {
        return this == ESCORT;
    }
}
