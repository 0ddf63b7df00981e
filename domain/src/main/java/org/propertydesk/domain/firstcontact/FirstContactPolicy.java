package org.propertydesk.domain.firstcontact;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The numbers of first-contact duty an office may change (R-FC-9).
 *
 * @param maxContacts how many times the customer may have to come or call about one request before
 *                    it counts as a breach of 二次办结 (matters are finished within at most two contacts)
 */
@ValueObject
public record FirstContactPolicy(int maxContacts) {

    public FirstContactPolicy {
        if (maxContacts < 1) {
            throw new IllegalArgumentException("a request takes at least one contact: " + maxContacts);
        }
    }

    /** DOMAIN.md R-FC-9: 做到二次办结 — at most two contacts. */
    public static FirstContactPolicy defaults() {
        return new FirstContactPolicy(2);
    }
}
