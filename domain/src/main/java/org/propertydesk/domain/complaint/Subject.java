package org.propertydesk.domain.complaint;

/**
 * What a complaint is about (R-CO-1): the management services, charges and repairs the manual
 * lists for effective complaints. A communicative complaint has a subject too (a help-seeking
 * repair request is about equipment repair), which is what "the same matter" (R-CO-5) and "the
 * same category" (R-CO-8) compare.
 */
public enum Subject {
    /** 保洁. */
    CLEANING,
    /** 车辆管理: parking and vehicles. */
    PARKING_AND_VEHICLES,
    /** 秩序维护: security and order. */
    SECURITY,
    /** 绿化. */
    GREENING,
    /** 收费: charges, including arbitrary or wrong ones (乱收费). */
    CHARGES,
    /** 设备维修: equipment repair. */
    EQUIPMENT_REPAIR,
    /** Any other management service. */
    OTHER_SERVICE
}
