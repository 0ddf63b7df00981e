package org.propertydesk.domain.risk;

import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.Rejection;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;

/** Why the risk desk refused a command: one record per reason, each naming its rule. */
public sealed interface RiskRejection extends Rejection {

    /** An addressee without a name, or a posting by another channel, or a person served by posting (R-RN-9). */
    record InvalidAddressee(Party party, String who, Channel channel) implements RiskRejection {
        @Override
        public Rule rule() {
            return Rule.R_RN_9;
        }

        @Override
        public String reason() {
            return "An addressee is named, and only a public posting goes by posting: " + party + " '" + who + "' by " + channel + ".";
        }
    }

    /** The notice has nobody of the kind its rule requires (an owner or occupant, or anyone at all). */
    record MissingAddressee(NoticeId notice, NoticeKind kind) implements RiskRejection {
        @Override
        public Rule rule() {
            return kind.rule();
        }

        @Override
        public String reason() {
            return kind == NoticeKind.ADVANCE_NOTICE
                    ? "An advance notice must be addressed to the parties whose rights the matter touches."
                    : "A " + kind + " notice must be addressed to the owner or occupant concerned.";
        }
    }

    /** 保留存根: a written notice is issued only with its stub kept (R-RN-2 for rectification, else R-RN-9). */
    record StubNotKept(NoticeId notice, NoticeKind kind) implements RiskRejection {
        @Override
        public Rule rule() {
            return kind == NoticeKind.RECTIFICATION ? Rule.R_RN_2 : Rule.R_RN_9;
        }

        @Override
        public String reason() {
            return "The notice's stub must be kept before it is issued.";
        }
    }

    /** A serious rectification or an arrears demand goes by a legally recognised channel (R-RN-2, R-RN-3). */
    record ChannelNotLegallyRecognised(NoticeId notice, NoticeKind kind, Addressee addressee) implements RiskRejection {
        @Override
        public Rule rule() {
            return kind.rule();
        }

        @Override
        public String reason() {
            return "A " + kind + " notice to " + addressee.who() + " must be served by hand against signature,"
                    + " registered mail or a notary, not by " + addressee.channel() + ".";
        }
    }

    /** A copy to the authority was asked for and the authority is not among the addressees (R-RN-2). */
    record NotCopiedToAuthority(NoticeId notice) implements RiskRejection {
        @Override
        public Rule rule() {
            return Rule.R_RN_2;
        }

        @Override
        public String reason() {
            return "The rectification notice is to be copied to the government authority, which is not addressed.";
        }
    }

    /** The notice must be posted publicly and is not (R-RN-5, R-RN-6, R-RN-7). */
    record NotPosted(NoticeId notice, NoticeKind kind) implements RiskRejection {
        @Override
        public Rule rule() {
            return kind.rule();
        }

        @Override
        public String reason() {
            return "A " + kind + " notice must be posted in a public place.";
        }
    }

    /** A shop or key unit the office knows is not written to (R-RN-6, R-RN-7). */
    record NotWrittenTo(NoticeId notice, NoticeKind kind, Party party, String who) implements RiskRejection {
        @Override
        public Rule rule() {
            return kind.rule();
        }

        @Override
        public String reason() {
            return "A " + kind + " notice must be written to " + party + " " + who + ".";
        }
    }

    /** A planned cut is posted less than the policy's lead time before it starts (R-RN-7). */
    record OutageNoticeTooLate(NoticeId notice, Instant issuedAt, Instant cutStarts, Duration lead) implements RiskRejection {
        @Override
        public Rule rule() {
            return Rule.R_RN_7;
        }

        @Override
        public String reason() {
            return "A planned cut starting " + cutStarts + " must be announced at least " + lead
                    + " ahead; issuing at " + issuedAt + " is too late.";
        }
    }

    /** A municipal cut is posted without the utility's own notice (R-RN-7). */
    record UtilityNoticeMissing(NoticeId notice) implements RiskRejection {
        @Override
        public Rule rule() {
            return Rule.R_RN_7;
        }

        @Override
        public String reason() {
            return "A municipal cut is posted together with the utility's own notice, which is missing.";
        }
    }

    /** The parties hear of a matter touching their rights only once it has started (R-RN-4). */
    record NoticeAfterMatterStarts(NoticeId notice, Instant issuedAt, Instant matterStarts, Duration lead)
            implements RiskRejection {
        @Override
        public Rule rule() {
            return Rule.R_RN_4;
        }

        @Override
        public String reason() {
            return "The parties must be told before the matter starts at " + matterStarts
                    + (lead.isZero() ? "" : " (at least " + lead + " ahead)") + "; issuing at " + issuedAt + " is too late.";
        }
    }

    /** The parties were not informed while the matter proceeded (R-RN-4). */
    record ProgressNotReported(NoticeId notice, Instant matterStarts) implements RiskRejection {
        @Override
        public Rule rule() {
            return Rule.R_RN_4;
        }

        @Override
        public String reason() {
            return "The parties must be kept informed once the matter has started at " + matterStarts
                    + "; no progress was reported, so the notice cannot be closed.";
        }
    }

    /** An addressee's service is not proven (R-RN-2, R-RN-3, R-RN-6 or R-RN-9). */
    record ProofOfServiceMissing(NoticeId notice, NoticeKind kind, Addressee addressee) implements RiskRejection {
        @Override
        public Rule rule() {
            if (kind == NoticeKind.FORCE_MAJEURE && addressee.channel().posting()) {
                return Rule.R_RN_6;
            }
            if (addressee.channel().legallyRecognised()
                    && (kind == NoticeKind.RECTIFICATION || kind == NoticeKind.ARREARS_DEMAND)) {
                return kind.rule();
            }
            return Rule.R_RN_9;
        }

        @Override
        public String reason() {
            return addressee.channel().posting()
                    ? "A photo of the notice posted at " + addressee.who() + " must be archived."
                    : "Service on " + addressee.who() + " by " + addressee.channel() + " must be proven by a receipt.";
        }
    }

    /** A receipt claims service before the notice was issued. */
    record ServedBeforeIssue(NoticeId notice, Addressee addressee, Instant servedAt, Instant issuedAt)
            implements RiskRejection {
        @Override
        public Rule rule() {
            return Rule.R_RN_9;
        }

        @Override
        public String reason() {
            return "A receipt for " + addressee.who() + " dated " + servedAt + " cannot prove service of a notice issued at "
                    + issuedAt + ".";
        }
    }

    /** The notice's lifecycle does not allow the action in its state. */
    record NotAllowedInState(NoticeId notice, NoticeKind kind, NoticeState state, String action) implements RiskRejection {
        @Override
        public Rule rule() {
            return kind.rule();
        }

        @Override
        public String reason() {
            return "A notice that is " + state + " cannot be sent the action '" + action + "'.";
        }
    }

    /** The evidence is disposed of while the matter can still be litigated (R-RN-9). */
    record EvidenceStillKept(NoticeId notice, LocalDate keptUntil, Instant at) implements RiskRejection {
        @Override
        public Rule rule() {
            return Rule.R_RN_9;
        }

        @Override
        public String reason() {
            return "The notice's evidence must be kept until " + keptUntil + " while the matter can be litigated.";
        }
    }

    /** A hazardous work order is started with no registered warning sign (R-RN-5). */
    record WarningNotRegistered(WorkOrderId workOrder) implements RiskRejection {
        @Override
        public Rule rule() {
            return Rule.R_RN_5;
        }

        @Override
        public String reason() {
            return "Hazardous work cannot start before its warning sign is registered.";
        }
    }

    /** The warning offered is not an issued safety warning for this work order (R-RN-5). */
    record NotAWarningFor(WorkOrderId workOrder, NoticeId notice) implements RiskRejection {
        @Override
        public Rule rule() {
            return Rule.R_RN_5;
        }

        @Override
        public String reason() {
            return "Notice " + notice + " is not an issued safety warning for this work order.";
        }
    }

    /** The work order is not in a state that allows the action (R-RN-5). */
    record WorkNotAllowedInState(WorkOrderId workOrder, HazardousWork.State state, String action) implements RiskRejection {
        @Override
        public Rule rule() {
            return Rule.R_RN_5;
        }

        @Override
        public String reason() {
            return "Work that is " + state + " cannot be sent the action '" + action + "'.";
        }
    }

    /**
     * 越权执法: the office may not do this; the rejection names what it does instead (R-RN-8). A
     * conduct risk (R-RN-1).
     */
    record UnlawfulConduct(ConductAction action, Seq<ConductAction> lawfulAlternatives) implements RiskRejection {
        @Override
        public Rule rule() {
            return Rule.R_RN_8;
        }

        public RiskKind riskKind() {
            return RiskKind.CONDUCT;
        }

        @Override
        public String reason() {
            return "The office may not " + action.description() + "; instead: "
                    + lawfulAlternatives.map(ConductAction::description).mkString(", ") + ".";
        }
    }

    /** Settled arrears take no further demands (R-RN-3). */
    record ArrearsSettled(ArrearsId arrears) implements RiskRejection {
        @Override
        public Rule rule() {
            return Rule.R_RN_3;
        }

        @Override
        public String reason() {
            return "The arrears are settled; no demand is recorded against them.";
        }
    }

    /** A demand served before the fee fell due does not count toward the limitation (R-RN-3). */
    record DemandBeforeDue(ArrearsId arrears, LocalDate dueOn, LocalDate servedOn) implements RiskRejection {
        @Override
        public Rule rule() {
            return Rule.R_RN_3;
        }

        @Override
        public String reason() {
            return "A demand served on " + servedOn + " precedes the due date " + dueOn + ".";
        }
    }

    /** The same demand is recorded twice (R-RN-3). */
    record DemandAlreadyRecorded(ArrearsId arrears, NoticeId notice) implements RiskRejection {
        @Override
        public Rule rule() {
            return Rule.R_RN_3;
        }

        @Override
        public String reason() {
            return "Demand " + notice + " is already recorded against these arrears.";
        }
    }

    /** The notice is not a demand for these arrears (R-RN-3). */
    record NotADemandFor(ArrearsId arrears, NoticeId notice) implements RiskRejection {
        @Override
        public Rule rule() {
            return Rule.R_RN_3;
        }

        @Override
        public String reason() {
            return "Notice " + notice + " is not a served payment demand for these arrears.";
        }
    }

    /** "Not you": the acting staff member's role may not do this. */
    record RoleMayNot(StaffId staff, Role role, String action, Rule rule) implements RiskRejection, PermissionRejection {
        @Override
        public String reason() {
            return "A " + role + " may not " + action + ".";
        }
    }
}
