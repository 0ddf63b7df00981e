package org.propertydesk.domain.handover;

import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/** What happened in the shift-handover context, with typed ids and the instant on the standard clock (K-2). */
public sealed interface HandoverEvent extends DomainEvent {

    OfficeId office();

    Instant at();

    /** A matter was written into a post's duty log (R-HO-1). */
    record MatterLogged(DutyLogId log, OfficeId office, EntryId entry, EntryKind kind, StaffId author, Instant at) implements HandoverEvent {}

    /** An open matter was closed out (R-HO-8). */
    record MatterClosedOut(DutyLogId log, OfficeId office, EntryId entry, StaffId by, Instant at) implements HandoverEvent {}

    /** An unresolved matter was passed on to the next shift with a reason (R-HO-8). */
    record MatterCarriedOver(DutyLogId log, OfficeId office, EntryId entry, String reason, StaffId by, Instant at) implements HandoverEvent {}

    /** An emergency or major incident began; handovers it reaches are blocked (R-HO-3). */
    record IncidentReported(IncidentId incident, OfficeId office, IncidentKind kind, EmergencyLevel level, StaffId reporter, Instant at) implements HandoverEvent {}

    /** An incident was resolved; it no longer blocks handovers (R-HO-3). */
    record IncidentResolved(IncidentId incident, OfficeId office, StaffId by, Instant at) implements HandoverEvent {}

    /** The outgoing person began preparing the handover (R-HO-4). */
    record HandoverPrepared(HandoverId handover, OfficeId office, PostId post, StaffId outgoing, StaffId incoming, Instant shiftChange, Timing preparation, Instant at) implements HandoverEvent {}

    /** The outgoing person declared the handover prepared. */
    record PreparationCompleted(HandoverId handover, OfficeId office, Instant at) implements HandoverEvent {}

    /** The incoming person arrived; early or late is recorded (R-HO-4). */
    record IncomingArrived(HandoverId handover, OfficeId office, StaffId incoming, Timing arrival, Instant at) implements HandoverEvent {}

    /** The incoming person shows signs of drink or confusion (R-HO-3 d). */
    record IncomingDeclaredUnfit(HandoverId handover, OfficeId office, StaffId incoming, StaffId observedBy, String signs, Instant at) implements HandoverEvent {}

    /** A substitute takes the incoming person's place (R-HO-3 d). */
    record SubstituteNamed(HandoverId handover, OfficeId office, StaffId replaced, StaffId substitute, Instant at) implements HandoverEvent {}

    /** Major equipment is starting up or shutting down (R-HO-3 b). */
    record EquipmentChangeNoted(HandoverId handover, OfficeId office, String equipment, Instant at) implements HandoverEvent {}

    /** Major equipment finished starting up or shutting down (R-HO-3 b). */
    record EquipmentSteady(HandoverId handover, OfficeId office, String equipment, Instant at) implements HandoverEvent {}

    /** The face-to-face count began (R-HO-5). */
    record CountStarted(HandoverId handover, OfficeId office, Instant at) implements HandoverEvent {}

    /** One register line was counted face to face (R-HO-5). */
    record ItemCounted(HandoverId handover, OfficeId office, ItemCount count, Instant at) implements HandoverEvent {}

    /** The incoming person raised a question (R-HO-6). */
    record QuestionRaised(HandoverId handover, OfficeId office, QuestionId question, StaffId incoming, Instant at) implements HandoverEvent {}

    /** A question was answered (R-HO-6). */
    record QuestionAnswered(HandoverId handover, OfficeId office, QuestionId question, StaffId by, Instant at) implements HandoverEvent {}

    /** The incoming person refused to take over for want of a clear answer (R-HO-6). */
    record HandoverRefused(HandoverId handover, OfficeId office, StaffId incoming, Seq<QuestionId> unanswered, Instant at) implements HandoverEvent {}

    /** A refused handover went to a superior (R-HO-6). */
    record HandoverEscalated(HandoverId handover, OfficeId office, StaffId superior, Instant at) implements HandoverEvent {}

    /** The superior answered what was left open; the count resumes (R-HO-6). */
    record EscalationSettled(HandoverId handover, OfficeId office, StaffId superior, Instant at) implements HandoverEvent {}

    /** One party signed (R-HO-7). */
    record HandoverSigned(HandoverId handover, OfficeId office, StaffId signer, Instant at) implements HandoverEvent {}

    /** Both signed: the incoming person now answers for the post, its items and faults not found at handover; the outgoing person's overtime is recorded (R-HO-7). */
    record ResponsibilityPassed(HandoverId handover, OfficeId office, PostId post, StaffId from, StaffId to, Duration outgoingOvertime, Instant at) implements HandoverEvent {}
}
