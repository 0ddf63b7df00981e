package org.propertydesk.application.handover;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.propertydesk.domain.handover.Condition;
import org.propertydesk.domain.handover.DutyLog;
import org.propertydesk.domain.handover.EntryId;
import org.propertydesk.domain.handover.EntryKind;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverId;
import org.propertydesk.domain.handover.HandoverRejection;
import org.propertydesk.domain.handover.Incident;
import org.propertydesk.domain.handover.IncidentId;
import org.propertydesk.domain.handover.IncidentKind;
import org.propertydesk.domain.handover.Item;
import org.propertydesk.domain.handover.ItemId;
import org.propertydesk.domain.handover.QuestionId;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;

/**
 * What the desk does at a change of shift (交接班): keeps the post's duty log, prepares, counts,
 * questions, refuses and signs handovers, reports and resolves the emergencies that block them,
 * and says who answers for a post at any instant (R-HO-1..R-HO-8). Every command names the office
 * and the acting staff member; a rule's refusal comes back as {@code Left} with every reason, an
 * unknown handover, log or incident as {@link org.propertydesk.application.kernel.NotFound}.
 */
@PrimaryPort
public interface HandoverDesk {

    /** The outgoing person starts preparing the handover of a post for its coming shift change. */
    record Prepare(OfficeId office, StaffId actor, PostId post, Seq<Item> register) {
        public Prepare {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(register, "register");
        }
    }

    /** A matter written into the post's duty log with its cause, course and result. */
    record LogMatter(OfficeId office, StaffId actor, PostId post, EntryKind kind, String cause, String course,
            String result, boolean open) {}

    record CloseOut(OfficeId office, StaffId actor, PostId post, EntryId entry, String result) {}

    record CarryOver(OfficeId office, StaffId actor, PostId post, EntryId entry, String reason) {}

    /** A command on one handover that needs nothing but the actor. */
    record Act(OfficeId office, StaffId actor, HandoverId handover) {}

    record CountItem(OfficeId office, StaffId actor, HandoverId handover, ItemId item, Condition condition, int counted,
            Option<String> explanation) {}

    record Ask(OfficeId office, StaffId actor, HandoverId handover, String question) {}

    record Answer(OfficeId office, StaffId actor, HandoverId handover, QuestionId question, String answer) {}

    record Settle(OfficeId office, StaffId actor, HandoverId handover, String ruling) {}

    record DeclareUnfit(OfficeId office, StaffId actor, HandoverId handover, String signs) {}

    record Substitute(OfficeId office, StaffId actor, HandoverId handover, StaffId substitute) {}

    /** Major equipment on the post starts up or shuts down ({@code steady} false) or has finished doing so. */
    record NoteEquipment(OfficeId office, StaffId actor, HandoverId handover, String equipment, boolean steady) {}

    record ReportIncident(OfficeId office, StaffId actor, IncidentKind kind, Set<Department> concerned, String description) {}

    record ResolveIncident(OfficeId office, StaffId actor, IncidentId incident, String summary) {}

    /** A matter logged, and the log it is now part of. */
    record Logged(EntryId entry, DutyLog log) {}

    /** A question raised, and the handover it was raised in. */
    record Asked(QuestionId question, Handover handover) {}

    Either<Rejections<HandoverRejection>, Handover> prepare(Prepare command);

    Either<Rejections<HandoverRejection>, Logged> log(LogMatter command);

    Either<Rejections<HandoverRejection>, DutyLog> closeOut(CloseOut command);

    Either<Rejections<HandoverRejection>, DutyLog> carryOver(CarryOver command);

    /** The outgoing person declares the handover prepared. */
    Either<Rejections<HandoverRejection>, Handover> completePreparation(Act command);

    /** The incoming person arrives; early or late is recorded (R-HO-4). */
    Either<Rejections<HandoverRejection>, Handover> arrive(Act command);

    /** The face-to-face count begins, unless an R-HO-3 blocker holds. */
    Either<Rejections<HandoverRejection>, Handover> beginCount(Act command);

    Either<Rejections<HandoverRejection>, Handover> count(CountItem command);

    Either<Rejections<HandoverRejection>, Asked> ask(Ask command);

    Either<Rejections<HandoverRejection>, Handover> answer(Answer command);

    /** The incoming person refuses; the handover goes at once to their direct superior (R-HO-6). */
    Either<Rejections<HandoverRejection>, Handover> refuse(Act command);

    Either<Rejections<HandoverRejection>, Handover> settle(Settle command);

    Either<Rejections<HandoverRejection>, Handover> declareUnfit(DeclareUnfit command);

    Either<Rejections<HandoverRejection>, Handover> substitute(Substitute command);

    Either<Rejections<HandoverRejection>, Handover> noteEquipment(NoteEquipment command);

    /** A party signs; the second signature passes responsibility for the post (R-HO-7). */
    Either<Rejections<HandoverRejection>, Handover> sign(Act command);

    Either<Rejections<HandoverRejection>, Incident> reportIncident(ReportIncident command);

    Either<Rejections<HandoverRejection>, Incident> resolveIncident(ResolveIncident command);

    /** A handover in whatever state; any staff member of the office may read it (K-1). */
    Either<Rejections<HandoverRejection>, Handover> handover(OfficeId office, StaffId actor, HandoverId handover);

    /** Every handover of the post, in the order they were prepared; any staff member of the office may read them (K-1). */
    Either<Rejections<HandoverRejection>, Seq<Handover>> handoversOf(OfficeId office, StaffId actor, PostId post);

    /** The post's duty log, empty when nothing was ever logged there; any staff member of the office may read it (K-1). */
    Either<Rejections<HandoverRejection>, Option<DutyLog>> dutyLog(OfficeId office, StaffId actor, PostId post);

    /** An incident, resolved or not; any staff member of the office may read it (K-1). */
    Either<Rejections<HandoverRejection>, Incident> incident(OfficeId office, StaffId actor, IncidentId incident);

    /** The office's unresolved incidents, oldest first; any staff member of the office may read them (K-1). */
    Either<Rejections<HandoverRejection>, Seq<Incident>> openIncidents(OfficeId office, StaffId actor);

    /**
     * Who is responsible for the post at {@code instant} (R-HO-7): decided by the post's handovers,
     * and before its first handover by the duty schedule. Empty only for a post nobody is scheduled on.
     */
    Option<StaffId> responsibleFor(OfficeId office, PostId post, Instant instant);
}
