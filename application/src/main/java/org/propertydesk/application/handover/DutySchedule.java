package org.propertydesk.application.handover;

import io.vavr.control.Option;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * Who is due on a post, as the handover desk needs to know it. The handover context's own view of
 * the duty roster: an integrator implements it over the roster context or any scheduling system.
 */
@SecondaryPort
public interface DutySchedule {

    /** The first shift change on the post at or after {@code from}. */
    Option<ShiftChange> nextShiftChange(OfficeId office, PostId post, Instant from);

    /** Who the schedule has on the post at {@code instant}. */
    Option<StaffId> scheduledOn(OfficeId office, PostId post, Instant instant);
}
