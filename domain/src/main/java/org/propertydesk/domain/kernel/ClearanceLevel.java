package org.propertydesk.domain.kernel;

/**
 * Confidentiality levels in ascending order (R-CF-1): internal (内部) &lt; secret (秘密) &lt;
 * confidential (机密) &lt; top secret (绝密). The same scale grades documents and the staff
 * cleared to read them.
 */
public enum ClearanceLevel {
    INTERNAL,
    SECRET,
    CONFIDENTIAL,
    TOP_SECRET;

    /** True when someone cleared at this level may read a document graded {@code level}. */
    public boolean covers(ClearanceLevel level) {
        return compareTo(level) >= 0;
    }
}
