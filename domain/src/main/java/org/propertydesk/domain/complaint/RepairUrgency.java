package org.propertydesk.domain.complaint;

/** How a repair is to be served (R-CO-4): urgent (water, power), ordinary, or at an agreed appointment. */
public enum RepairUrgency {
    /** 急修: on site within 15 min, fixed within 6 h by default. */
    URGENT,
    /** 一般修理: on site within 30 min, done within 1 day by default. */
    ORDINARY,
    /** 预约: served at the appointment the resident chose; no on-site or completion target. */
    BY_APPOINTMENT
}
