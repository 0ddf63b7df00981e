package org.propertydesk.testkit.kernel;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.kernel.Clock;

/** A {@link Clock} that stands still until a test sets or advances it. */
@SecondaryAdapter
public final class SettableClock implements Clock {

    private final AtomicReference<Instant> now;

    private SettableClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    public static SettableClock at(Instant start) {
        return new SettableClock(start);
    }

    public static SettableClock at(String isoInstant) {
        return at(Instant.parse(isoInstant));
    }

    @Override
    public Instant now() {
        return now.get();
    }

    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /** Moves the clock forward; a clock never runs backwards. */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("a clock does not run backwards: " + by);
        }
        return now.updateAndGet(instant -> instant.plus(by));
    }
}
