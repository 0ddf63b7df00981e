package org.propertydesk.domain.complaint;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * A complaint after a command, with the events the command produced (none when the command found
 * nothing to do, e.g. an escalation already recorded for the same trigger).
 */
public record ComplaintOutcome(Complaint complaint, Seq<ComplaintEvent> events) {

    public ComplaintOutcome {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(events, "events");
    }

    public boolean changed() {
        return !events.isEmpty();
    }
}
