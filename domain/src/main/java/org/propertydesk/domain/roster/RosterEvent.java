package org.propertydesk.domain.roster;

import io.vavr.collection.Set;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/** What happened to a roster, for the outbox. */
public sealed interface RosterEvent extends DomainEvent {

    RosterId roster();

    OfficeId office();

    Instant at();

    record RosterDrafted(RosterId roster, OfficeId office, RosterPeriod period, StaffId by, Instant at) implements RosterEvent {}

    record LatePublicationExcused(RosterId roster, OfficeId office, StaffId by, Instant at) implements RosterEvent {}

    /** A version was issued; {@code toAcknowledge} must confirm they received it (R-RO-6). */
    record RosterPublished(RosterId roster, OfficeId office, int version, StaffId by, Set<StaffId> toAcknowledge, Instant at)
            implements RosterEvent {}

    record ChangeRequested(RosterId roster, OfficeId office, ChangeRequestId change, StaffId by, Instant at) implements RosterEvent {}

    /** The change issued {@code version}, withdrawing {@code superseded} (旧表收回). */
    record ChangeApproved(RosterId roster, OfficeId office, ChangeRequestId change, int version, int superseded,
            StaffId by, Set<StaffId> toAcknowledge, Instant at) implements RosterEvent {}

    record ChangeRejected(RosterId roster, OfficeId office, ChangeRequestId change, StaffId by, Instant at) implements RosterEvent {}

    record RosterAcknowledged(RosterId roster, OfficeId office, int version, StaffId staff, Instant at) implements RosterEvent {}

    record TemporaryAbsenceRecorded(RosterId roster, OfficeId office, PostId post, StaffId staff, StaffId relief, Instant at)
            implements RosterEvent {}

    /** Left the post without consent or relief (脱岗, R-RO-7). */
    record PostLeftWithoutCover(RosterId roster, OfficeId office, PostId post, StaffId staff, Instant at) implements RosterEvent {}
}
