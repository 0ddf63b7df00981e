package org.propertydesk.domain.complaint;

import java.time.Duration;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** How long an office gives itself to handle or answer a complaint (R-CO-4), on which clock (K-3). */
public sealed interface AnswerWithin {

    /** Elapsed hours on the wall clock, e.g. the service centre's 24 h (件件有回音). */
    @ValueObject
    record Hours(Duration duration) implements AnswerWithin {
        public Hours {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("an answer target must be positive: " + duration);
            }
        }
    }

    /** Close of business on the n-th working day, e.g. a service plan's "投诉4个工作日内100%回复". */
    @ValueObject
    record WorkingDays(int days) implements AnswerWithin {
        public WorkingDays {
            if (days < 1) {
                throw new IllegalArgumentException("an answer target is at least one working day: " + days);
            }
        }
    }
}
