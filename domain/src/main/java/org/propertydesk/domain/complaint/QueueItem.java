package org.propertydesk.domain.complaint;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One open complaint in the office's work queue: where its procedure stands and how its open
 * targets stand now, the most pressing first (R-CO-4, R-CO-7).
 */
@ValueObject
public record QueueItem(ComplaintId complaint, Classification classification, String step, Seq<TargetStanding> standings) {

    public QueueItem {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(standings, "standings");
    }

    /** The open target due first, if any target is open. */
    public Option<TargetStanding> next() {
        return standings.headOption();
    }

    /** The most pressing state among its targets: overdue, then due soon, else on time. */
    public DueState state() {
        return standings.map(TargetStanding::state).max().getOrElse(DueState.ON_TIME);
    }
}
