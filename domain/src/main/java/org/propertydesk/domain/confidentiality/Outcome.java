package org.propertydesk.domain.confidentiality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * What a command produced: the new state of the aggregate and the domain events to publish.
 *
 * @param <T> the aggregate
 */
public record Outcome<T>(T state, Seq<ConfidentialityEvent> events) {

    public Outcome {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(events, "events");
    }

    public static <T> Outcome<T> of(T state, ConfidentialityEvent... events) {
        return new Outcome<>(state, List.of(events));
    }
}
