package org.propertydesk.domain.complaint;

/** The deadlines a complaint can be held to (R-CO-4). */
public enum Target {
    /** Handled or answered (在24小时内予以解决或答复 by default; 4 working days under a service-plan preset). */
    ANSWER,
    /** A repairer on site (urgent 15 min, others 30 min). */
    REPAIR_ON_SITE,
    /** The repair fixed or done (urgent 6 h, others 1 day). */
    REPAIR_FIXED,
    /** A return visit after the repair is completed (48 h). */
    RETURN_VISIT
}
