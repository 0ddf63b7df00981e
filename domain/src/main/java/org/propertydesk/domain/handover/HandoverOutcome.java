package org.propertydesk.domain.handover;

import io.vavr.collection.Seq;
import java.util.Objects;

/** The result of a handover command: the handover in its new state and what happened. */
public record HandoverOutcome<H extends Handover>(H handover, Seq<HandoverEvent> events) {

    public HandoverOutcome {
        Objects.requireNonNull(handover, "handover");
        Objects.requireNonNull(events, "events");
    }
}
