package org.propertydesk.domain.handover;

import io.vavr.collection.Seq;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Rejection;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;

/**
 * Why a duty-log, incident or handover command was refused: one record per reason, each naming
 * its rule. Commands collect every reason that applies; the four blockers of R-HO-3
 * ({@link OpenIncident}, {@link EquipmentStartingOrStopping}, {@link PreparationIncomplete},
 * {@link IncomingUnfit}) are always listed together.
 */
public sealed interface HandoverRejection extends Rejection {

    /** A duty-log matter states why it arose. */
    record MissingCause(EntryId entry) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_1;
        }

        @Override
        public String reason() {
            return "duty-log matter " + entry + " must state its cause (原因)";
        }
    }

    /** A duty-log matter states what happened. */
    record MissingCourse(EntryId entry) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_1;
        }

        @Override
        public String reason() {
            return "duty-log matter " + entry + " must state its course (经过)";
        }
    }

    /** A duty-log matter states how it ended or stands. */
    record MissingResult(EntryId entry) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_1;
        }

        @Override
        public String reason() {
            return "duty-log matter " + entry + " must state its result (结果)";
        }
    }

    /** Each matter is logged once. */
    record DuplicateEntry(EntryId entry) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_1;
        }

        @Override
        public String reason() {
            return "the duty log already holds a matter " + entry;
        }
    }

    /** Only a logged matter can be closed out or carried over. */
    record UnknownEntry(EntryId entry) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_8;
        }

        @Override
        public String reason() {
            return "the duty log holds no matter " + entry;
        }
    }

    /** A matter is settled once. */
    record EntryAlreadySettled(EntryId entry) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_8;
        }

        @Override
        public String reason() {
            return "duty-log matter " + entry + " is already closed out or carried over";
        }
    }

    /** An unresolved matter passes on only as an explicit open item with a reason. */
    record CarryOverWithoutReason(EntryId entry) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_8;
        }

        @Override
        public String reason() {
            return "duty-log matter " + entry + " can be passed to the next shift only with a reason";
        }
    }

    /** R-HO-3 (a): a major or emergency incident is unresolved. */
    record OpenIncident(IncidentId incident, IncidentKind kind, EmergencyLevel level) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_3;
        }

        @Override
        public String reason() {
            return "no handover while " + kind + " incident " + incident + " (" + level + ") is unresolved";
        }
    }

    /** R-HO-3 (b): major equipment is starting up or shutting down. */
    record EquipmentStartingOrStopping(String equipment) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_3;
        }

        @Override
        public String reason() {
            return "no handover while " + equipment + " is starting up or shutting down";
        }
    }

    /** R-HO-3 (c) with R-HO-8: open matters are neither closed out nor carried over with a reason. */
    record PreparationIncomplete(Seq<EntryId> unsettled) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_3;
        }

        @Override
        public String reason() {
            return "no handover while preparation is incomplete: duty-log matters " + unsettled.mkString(", ") + " are neither closed out nor carried over with a reason (R-HO-8)";
        }
    }

    /** R-HO-3 (d): the incoming person is unfit and no substitute has been found. */
    record IncomingUnfit(StaffId incoming, String signs) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_3;
        }

        @Override
        public String reason() {
            return "no handover to " + incoming + ", who shows signs of drink or confusion (" + signs + "), until a substitute is found";
        }
    }

    /** An incident is resolved once. */
    record IncidentAlreadyResolved(IncidentId incident) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_3;
        }

        @Override
        public String reason() {
            return "incident " + incident + " is already resolved";
        }
    }

    /** A level-2 emergency puts the departments concerned on alert, so it names them. */
    record NoDepartmentConcerned(IncidentKind kind) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_3;
        }

        @Override
        public String reason() {
            return "a level-2 " + kind + " incident must name the departments concerned";
        }
    }

    /** A report says what was seen. */
    record BlankDescription() implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_3;
        }

        @Override
        public String reason() {
            return "an incident, equipment or unfitness report needs a description";
        }
    }

    /** Only equipment reported as changing can be reported steady. */
    record EquipmentNotChanging(String equipment) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_3;
        }

        @Override
        public String reason() {
            return equipment + " was not reported as starting up or shutting down";
        }
    }

    /** Only items on the handover register are counted. */
    record UnknownItem(ItemId item) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_5;
        }

        @Override
        public String reason() {
            return "the handover register has no item " + item;
        }
    }

    /** Each shared item has one line on the register. */
    record DuplicateRegisterLine(ItemId item) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_5;
        }

        @Override
        public String reason() {
            return "item " + item + " appears twice on the handover register";
        }
    }

    /** A count is not negative. */
    record NegativeCount(ItemId item, int counted) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_5;
        }

        @Override
        public String reason() {
            return "item " + item + " cannot be counted as " + counted;
        }
    }

    /** A damaged or missing item is explained by the outgoing person and recorded. */
    record UnexplainedDamageOrLoss(ItemId item, Condition condition) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_5;
        }

        @Override
        public String reason() {
            return "item " + item + " is " + condition + " and the outgoing person must explain it for the record";
        }
    }

    /** Equipment, receipts and cash match the register, or the mismatch is verified with the outgoing person. */
    record RegisterMismatchNotVerified(ItemId item, int registered, int counted) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_5;
        }

        @Override
        public String reason() {
            return "item " + item + " counts " + counted + " against " + registered + " on the register; the mismatch must be verified with the outgoing person";
        }
    }

    /** The count is face to face: the incoming person is there. */
    record IncomingNotArrived(StaffId incoming) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_5;
        }

        @Override
        public String reason() {
            return "the count is face to face, but " + incoming + " has not arrived";
        }
    }

    /** Every item on the register is counted before signing. */
    record UncountedItems(Seq<ItemId> items) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_5;
        }

        @Override
        public String reason() {
            return "items " + items.mkString(", ") + " have not been counted";
        }
    }

    /** A question says what is asked. */
    record BlankQuestion() implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_6;
        }

        @Override
        public String reason() {
            return "a question needs words";
        }
    }

    /** An answer says something. */
    record BlankAnswer(QuestionId question) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_6;
        }

        @Override
        public String reason() {
            return "question " + question + " needs a clear answer, not a blank one";
        }
    }

    /** Only a raised question is answered. */
    record UnknownQuestion(QuestionId question) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_6;
        }

        @Override
        public String reason() {
            return "no question " + question + " was raised in this handover";
        }
    }

    /** A question is answered once. */
    record QuestionAlreadyAnswered(QuestionId question) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_6;
        }

        @Override
        public String reason() {
            return "question " + question + " is already answered";
        }
    }

    /** Refusal needs a question the outgoing person could not answer. */
    record NothingToRefuse() implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_6;
        }

        @Override
        public String reason() {
            return "the incoming person may refuse only while a question is left without a clear answer";
        }
    }

    /** No signature while the incoming person's questions are unanswered. */
    record UnansweredQuestions(Seq<QuestionId> questions) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_6;
        }

        @Override
        public String reason() {
            return "questions " + questions.mkString(", ") + " are not answered yet";
        }
    }

    /** Only the incoming person arrives, asks, refuses. */
    record NotTheIncoming(StaffId actor, StaffId incoming) implements HandoverRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_6;
        }

        @Override
        public String reason() {
            return actor + " is not the incoming person " + incoming;
        }
    }

    /** Only the outgoing person answers and prepares. */
    record NotTheOutgoing(StaffId actor, StaffId outgoing) implements HandoverRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_6;
        }

        @Override
        public String reason() {
            return actor + " is not the outgoing person " + outgoing;
        }
    }

    /** Only the superior a refusal went to settles it. */
    record NotTheSuperior(StaffId actor, StaffId superior) implements HandoverRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_6;
        }

        @Override
        public String reason() {
            return actor + " is not the superior " + superior + " the refusal went to";
        }
    }

    /**
     * A substitute for an incoming person unfit to take over is found by a supervisor or above
     * (R-HO-3 d, K-4), not by whoever happens to be at the desk.
     */
    record SubstituteNeedsSupervisor(StaffId actor, Role role) implements HandoverRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_3;
        }

        @Override
        public String reason() {
            return actor + " (" + role + ") cannot name a substitute: a supervisor or above finds one";
        }
    }

    /** Only the two parties sign. */
    record NotAParty(StaffId actor) implements HandoverRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_7;
        }

        @Override
        public String reason() {
            return actor + " is neither the outgoing nor the incoming person of this handover";
        }
    }

    /** Each party signs once. */
    record AlreadySigned(StaffId signer) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_7;
        }

        @Override
        public String reason() {
            return signer + " has already signed this handover";
        }
    }

    /** A signature closes the count. */
    record CountClosedBySignature(ItemId item) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_7;
        }

        @Override
        public String reason() {
            return "item " + item + " cannot be recounted after a party has signed";
        }
    }

    /** A handover is between two people. */
    record SamePerson(StaffId staff) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_7;
        }

        @Override
        public String reason() {
            return staff + " cannot hand the post over to themselves";
        }
    }

    /** An arrival is recorded once (R-HO-4). */
    record AlreadyArrived(StaffId incoming) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_4;
        }

        @Override
        public String reason() {
            return incoming + " has already arrived for this handover";
        }
    }

    /** A substitute is someone other than the incoming and the outgoing person (R-HO-3 d). */
    record NotASubstitute(StaffId staff) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_3;
        }

        @Override
        public String reason() {
            return staff + " cannot be the substitute: a substitute is someone other than the two parties";
        }
    }

    /** A post has one handover under way at a time, so it always has exactly one responsible person (R-HO-7). */
    record HandoverAlreadyOpen(HandoverId open) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_7;
        }

        @Override
        public String reason() {
            return "handover " + open + " of this post is still under way";
        }
    }

    /** Only someone on the office's staff acts on its handovers (K-1). */
    record NotOnStaff(StaffId actor) implements HandoverRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.K_1;
        }

        @Override
        public String reason() {
            return actor + " is not on this office's staff";
        }
    }

    /** An emergency is declared over by the person who reported it or by a supervisor or above (R-HO-3). */
    record MayNotResolve(StaffId actor, Role role) implements HandoverRejection, PermissionRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_3;
        }

        @Override
        public String reason() {
            return actor + " (" + role + ") may not declare the incident resolved: the reporter or a supervisor does";
        }
    }

    /** A handover is prepared for a shift change the duty schedule knows (R-HO-4). */
    record NoShiftChangeDue(PostId post) implements HandoverRejection {
        @Override
        public Rule rule() {
            return Rule.R_HO_4;
        }

        @Override
        public String reason() {
            return "the duty schedule has no coming shift change for post " + post;
        }
    }

    /**
     * The handover's lifecycle ({@link Handover#LIFECYCLE}) does not allow {@code action} in its
     * present state; {@code rule} is the rule the action belongs to.
     */
    record NotAllowedInState(HandoverId handover, HandoverState state, String action, Rule rule) implements HandoverRejection {
        @Override
        public String reason() {
            return "handover " + handover + " is " + state + ", where '" + action + "' is not possible";
        }
    }
}
