package org.propertydesk.examples;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.propertydesk.application.kernel.Clock;

/**
 * The demo server's clock: it starts at a fixed instant, runs at real speed, and a walkthrough can
 * move it forward — to show what happens when a deadline passes without waiting two working days.
 * Never for production: there the server uses {@link Clock#system()}.
 */
public final class DemoClock implements Clock {

    private final Instant start;
    private final long startNanos = System.nanoTime();
    private final AtomicReference<Duration> skipped = new AtomicReference<>(Duration.ZERO);

    public DemoClock(Instant start) {
        this.start = Objects.requireNonNull(start, "start");
    }

    @Override
    public Instant now() {
        return start.plusNanos(System.nanoTime() - startNanos).plus(skipped.get());
    }

    /** Moves the clock forward by {@code by} and returns the new time. */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the demo clock only moves forward, not by " + by);
        }
        skipped.accumulateAndGet(by, Duration::plus);
        return now();
    }

    /** Moves the clock forward to {@code instant} (if it is not past it already) and returns the new time. */
    public Instant advanceTo(Instant instant) {
        Instant now = now();
        return now.isBefore(instant) ? advance(Duration.between(now, instant)) : now;
    }
}
