package org.propertydesk.domain.firstcontact;

/** What the customer asks for (实施范围: 咨询、投诉、求助、业务办理; R-FC-1). */
public enum RequestKind {
    /** 咨询: a question; managers answer it directly (R-FC-3). */
    CONSULTATION,
    /** 投诉: a complaint. */
    COMPLAINT,
    /** 求助: a request for help. */
    HELP_REQUEST,
    /** 业务办理: a business transaction. */
    BUSINESS_TRANSACTION;

    /** Everything but a consultation asks for something to be done (处理类服务需求, R-FC-3). */
    public boolean asksForHandling() {
        return this != CONSULTATION;
    }
}
