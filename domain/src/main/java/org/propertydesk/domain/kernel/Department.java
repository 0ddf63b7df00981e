package org.propertydesk.domain.kernel;

/** The departments of a management office (K-4). */
public enum Department {
    /** 客户服务部: front desk, reception, complaints, the first-contact desk. */
    CUSTOMER_SERVICE,
    /** 秩序维护部: security and order. */
    SECURITY,
    /** 工程部: engineering and repairs. */
    ENGINEERING,
    /** 保洁: cleaning. */
    CLEANING,
    /** 绿化: greening. */
    GREENING,
    /** 财务: finance. */
    FINANCE,
    /** 行政人事: administration and HR. */
    ADMINISTRATION_HR
}
