package org.propertydesk.domain.roster;

import io.vavr.collection.Seq;
import java.util.Objects;

/** The roster after a command and the events the command produced. */
public record RosterOutcome(Roster roster, Seq<RosterEvent> events) {

    public RosterOutcome {
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(events, "events");
    }
}
