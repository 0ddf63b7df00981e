package org.propertydesk.domain.confidentiality;

/** How a document leaves the records office for good (R-CF-6). */
public enum Disposal {
    /** Shredded: destroyed. */
    SHREDDED,
    /** Burnt or pulped: destroyed. */
    INCINERATED,
    /** Thrown away as ordinary waste; never allowed for classified material. */
    DISCARDED;

    /** True when nothing of the document can be read afterwards. */
    public boolean destroys() {
        return this != DISCARDED;
    }
}
