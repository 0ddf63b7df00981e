package org.propertydesk.domain.complaint;

import java.time.Duration;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Deadline;
import org.propertydesk.domain.kernel.DeadlineStatus;

/**
 * An open target of a complaint at one moment (R-CO-4): its deadline (pauses included), how it
 * stands on the deadline's own clock, whether it is on time, due soon or overdue, and the exact
 * working time left on the office's calendar.
 */
@ValueObject
public record TargetStanding(Target target, Deadline deadline, DeadlineStatus status, DueState state, Duration workingTimeLeft) {

    public TargetStanding {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(workingTimeLeft, "workingTimeLeft");
    }
}
