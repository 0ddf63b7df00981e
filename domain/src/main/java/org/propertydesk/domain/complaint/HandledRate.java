package org.propertydesk.domain.complaint;

import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;

/** How many of an office's complaints are closed (R-CO-7: the target is every one, 100%). */
@ValueObject
public record HandledRate(int closed, int total) {

    public HandledRate {
        if (closed < 0 || total < closed) {
            throw new IllegalArgumentException("closed " + closed + " of " + total);
        }
    }

    public static HandledRate of(Seq<Complaint> complaints) {
        return new HandledRate(complaints.count(Complaint::isClosed), complaints.size());
    }

    /** True when every complaint is closed (an office without complaints counts as fully handled). */
    public boolean isComplete() {
        return closed == total;
    }
}
