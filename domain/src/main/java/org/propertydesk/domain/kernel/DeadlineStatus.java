package org.propertydesk.domain.kernel;

import java.time.Duration;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How a {@link Deadline} stands at a given moment, derived from the deadline, the moment and the
 * calendar, never stored (K-3, R-CO-4, R-CO-5). Times are measured on the deadline's own clock.
 */
public sealed interface DeadlineStatus {

    boolean isOverdue();

    /** Not yet due; {@code left} is zero at the due moment itself. */
    @ValueObject
    record Remaining(Duration left) implements DeadlineStatus {
        public Remaining {
            requireNotNegative(left, "left");
        }

        @Override
        public boolean isOverdue() {
            return false;
        }
    }

    /** Past due by {@code by}; zero when no time has passed on the deadline's clock since (e.g. a weekend). */
    @ValueObject
    record Overdue(Duration by) implements DeadlineStatus {
        public Overdue {
            requireNotNegative(by, "by");
        }

        @Override
        public boolean isOverdue() {
            return true;
        }
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " cannot be negative: " + duration);
        }
    }
}
