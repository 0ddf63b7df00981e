package org.propertydesk.domain.risk;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/** A command's result: the new state and the events it produced. */
public record RiskOutcome<T>(T state, Seq<RiskEvent> events) {

    public RiskOutcome {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(events, "events");
    }

    public static <T> RiskOutcome<T> of(T state, RiskEvent... events) {
        return new RiskOutcome<>(state, List.of(events));
    }
}
