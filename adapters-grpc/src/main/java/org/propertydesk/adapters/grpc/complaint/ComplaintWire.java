package org.propertydesk.adapters.grpc.complaint;

import static org.propertydesk.adapters.grpc.kernel.ProtoValues.timestamp;
import static org.propertydesk.adapters.grpc.kernel.WireEnums.fromWire;
import static org.propertydesk.adapters.grpc.kernel.WireEnums.toWire;

import com.google.protobuf.Duration;
import io.vavr.control.Option;
import java.time.Instant;
import org.propertydesk.adapters.grpc.kernel.Etags;
import org.propertydesk.adapters.grpc.kernel.ResourceName;
import org.propertydesk.adapters.grpc.v1.ComplaintAction;
import org.propertydesk.adapters.grpc.v1.ComplaintAsk;
import org.propertydesk.adapters.grpc.v1.ComplaintCause;
import org.propertydesk.adapters.grpc.v1.ComplaintClassification;
import org.propertydesk.adapters.grpc.v1.ComplaintClassificationType;
import org.propertydesk.adapters.grpc.v1.ComplaintCommunicativeKind;
import org.propertydesk.adapters.grpc.v1.ComplaintDepartment;
import org.propertydesk.adapters.grpc.v1.ComplaintDueState;
import org.propertydesk.adapters.grpc.v1.ComplaintEscalation;
import org.propertydesk.adapters.grpc.v1.ComplaintEscalationTrigger;
import org.propertydesk.adapters.grpc.v1.ComplaintHandledRate;
import org.propertydesk.adapters.grpc.v1.ComplaintHistoryEntry;
import org.propertydesk.adapters.grpc.v1.ComplaintIntake;
import org.propertydesk.adapters.grpc.v1.ComplaintProcedureStep;
import org.propertydesk.adapters.grpc.v1.ComplaintRepairUrgency;
import org.propertydesk.adapters.grpc.v1.ComplaintReply;
import org.propertydesk.adapters.grpc.v1.ComplaintSubject;
import org.propertydesk.adapters.grpc.v1.ComplaintSuggestion;
import org.propertydesk.adapters.grpc.v1.ComplaintSuggestionEvidence;
import org.propertydesk.adapters.grpc.v1.ComplaintTarget;
import org.propertydesk.adapters.grpc.v1.ComplaintTargetStanding;
import org.propertydesk.adapters.grpc.v1.ComplaintUtility;
import org.propertydesk.adapters.grpc.v1.RecurringProblem;
import org.propertydesk.application.complaint.ComplaintDesk;
import org.propertydesk.domain.complaint.Ask;
import org.propertydesk.domain.complaint.Cause;
import org.propertydesk.domain.complaint.Classification;
import org.propertydesk.domain.complaint.CommunicativeKind;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintEvent;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.DueState;
import org.propertydesk.domain.complaint.EscalationTrigger;
import org.propertydesk.domain.complaint.HandledRate;
import org.propertydesk.domain.complaint.IntakeFacts;
import org.propertydesk.domain.complaint.Lexicon;
import org.propertydesk.domain.complaint.Procedure;
import org.propertydesk.domain.complaint.QueueItem;
import org.propertydesk.domain.complaint.RepairUrgency;
import org.propertydesk.domain.complaint.Reply;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.complaint.Suggestion;
import org.propertydesk.domain.complaint.Target;
import org.propertydesk.domain.complaint.TargetStanding;
import org.propertydesk.domain.complaint.Utility;
import org.propertydesk.domain.kernel.Deadline;
import org.propertydesk.domain.kernel.DeadlineStatus;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * Complaints between the domain and {@code propertydesk.v1}: resources out, choices in. Enums map by
 * name under their wire prefix ({@code COMPLAINT_SUBJECT_CLEANING} ↔ {@link Subject#CLEANING}); a
 * wire value with no domain counterpart — {@code *_UNSPECIFIED}, or a number this server does not
 * know — maps to nothing, which the service reports as INVALID_ARGUMENT.
 */
final class ComplaintWire {

    static final ResourceName.Pattern OFFICE = ResourceName.Pattern.of("offices/{office}");
    static final ResourceName.Pattern COMPLAINT = ResourceName.Pattern.of("offices/{office}/complaints/{complaint}");
    static final ResourceName.Pattern HANDLED_RATE = ResourceName.Pattern.of("offices/{office}/complaintHandledRate");
    static final ResourceName.Pattern STAFF = ResourceName.Pattern.of("offices/{office}/staff/{staff}");

    /** The resource type NOT_FOUND names (AIP-123). */
    static final String COMPLAINT_TYPE = "propertydesk.org/Complaint";

    private ComplaintWire() {}

    static String name(OfficeId office, ComplaintId complaint) {
        return COMPLAINT.format(office, complaint);
    }

    static String staff(OfficeId office, StaffId staff) {
        return STAFF.format(office, staff);
    }

    // ---- domain → wire -------------------------------------------------------------------------

    static org.propertydesk.adapters.grpc.v1.Complaint complaint(ComplaintDesk.Tracked tracked) {
        Complaint complaint = tracked.complaint();
        OfficeId office = complaint.office();
        org.propertydesk.adapters.grpc.v1.Complaint.Builder wire = org.propertydesk.adapters.grpc.v1.Complaint.newBuilder()
                .setName(name(office, complaint.id()))
                .setComplainant(complaint.complainant().value())
                .setIntake(intake(complaint.facts()))
                .setRegisterTime(timestamp(complaint.registeredAt()))
                .setClassification(classification(complaint.classification()))
                .setStep(step(complaint.procedure()))
                .setClosed(complaint.isClosed())
                .setEtag(Etags.of(complaint.version()));
        complaint.department().forEach(department -> wire.setDepartment(department(department)));
        complaint.head().forEach(head -> wire.setDepartmentHead(staff(office, head)));
        complaint.awaitingApproval().forEach(reply -> wire.setAwaitingApproval(reply(reply)));
        complaint.waitingSince().forEach(since -> wire.setWaitingForResidentSince(timestamp(since)));
        for (ComplaintEvent event : complaint.history()) {
            if (event instanceof ComplaintEvent.Escalated escalated) {
                wire.addEscalations(escalation(office, escalated));
            }
            wire.addHistory(history(office, event));
        }
        QueueItem standing = tracked.standing();
        standing.standings().forEach(target -> wire.addTargets(target(target)));
        if (!complaint.isClosed()) {
            wire.setDueState(dueState(standing.state()));
        }
        return wire.build();
    }

    static ComplaintIntake intake(IntakeFacts facts) {
        ComplaintIntake.Builder wire = ComplaintIntake.newBuilder()
                .setSubject(subject(facts.subject()))
                .setLocation(facts.location().value())
                .setCause(cause(facts.cause()))
                .setAsk(ask(facts.ask()))
                .setImportant(facts.important())
                .setAccount(facts.account());
        utility(facts.cause()).forEach(wire::setUtility);
        facts.repair().forEach(urgency -> wire.setRepairUrgency(
                toWire(ComplaintRepairUrgency.class, "COMPLAINT_REPAIR_URGENCY_", urgency)));
        return wire.build();
    }

    static ComplaintClassification classification(Classification classification) {
        if (classification instanceof Classification.Effective effective) {
            return ComplaintClassification.newBuilder()
                    .setType(ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_EFFECTIVE)
                    .setSubject(subject(effective.subject()))
                    .build();
        }
        return ComplaintClassification.newBuilder()
                .setType(ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_COMMUNICATIVE)
                .setCommunicativeKind(toWire(ComplaintCommunicativeKind.class, "COMPLAINT_COMMUNICATIVE_KIND_",
                        ((Classification.Communicative) classification).kind()))
                .build();
    }

    static ComplaintProcedureStep step(Procedure procedure) {
        return STEPS.computeIfAbsent(procedure.step(), step -> ComplaintProcedureStep.valueOf("COMPLAINT_PROCEDURE_STEP_" + step));
    }

    static ComplaintSubject subject(Subject subject) {
        return toWire(ComplaintSubject.class, "COMPLAINT_SUBJECT_", subject);
    }

    static ComplaintAsk ask(Ask ask) {
        return toWire(ComplaintAsk.class, "COMPLAINT_ASK_", ask);
    }

    static ComplaintDepartment department(Department department) {
        return toWire(ComplaintDepartment.class, "COMPLAINT_DEPARTMENT_", department);
    }

    static ComplaintCause cause(Cause cause) {
        if (cause instanceof Cause.CompanyFailure) {
            return ComplaintCause.COMPLAINT_CAUSE_COMPANY_FAILURE;
        }
        return cause instanceof Cause.MunicipalUtility ? ComplaintCause.COMPLAINT_CAUSE_MUNICIPAL_UTILITY : ComplaintCause.COMPLAINT_CAUSE_NO_FAULT;
    }

    static Option<ComplaintUtility> utility(Cause cause) {
        return cause instanceof Cause.MunicipalUtility utility
                ? Option.some(toWire(ComplaintUtility.class, "COMPLAINT_UTILITY_", utility.utility()))
                : Option.none();
    }

    static ComplaintReply reply(Reply reply) {
        return ComplaintReply.newBuilder().setText(reply.text()).setCommitment(reply.commitment().getOrElse("")).build();
    }

    static ComplaintTarget target(Target target) {
        return toWire(ComplaintTarget.class, "COMPLAINT_TARGET_", target);
    }

    static ComplaintDueState dueState(DueState state) {
        return toWire(ComplaintDueState.class, "COMPLAINT_DUE_STATE_", state);
    }

    static ComplaintTargetStanding target(TargetStanding standing) {
        DeadlineStatus status = standing.status();
        return ComplaintTargetStanding.newBuilder()
                .setTarget(target(standing.target()))
                .setDueTime(timestamp(standing.deadline().due()))
                .setCountsWorkingTime(standing.deadline().clock() == Deadline.Clock.WORKING_TIME)
                .setState(dueState(standing.state()))
                .setTimeLeft(duration(status instanceof DeadlineStatus.Remaining remaining ? remaining.left() : java.time.Duration.ZERO))
                .setOverdueBy(duration(status instanceof DeadlineStatus.Overdue overdue ? overdue.by() : java.time.Duration.ZERO))
                .setWorkingTimeLeft(duration(standing.workingTimeLeft()))
                .build();
    }

    static ComplaintEscalation escalation(OfficeId office, ComplaintEvent.Escalated escalated) {
        ComplaintEscalation.Builder wire = ComplaintEscalation.newBuilder()
                .setEscalateTime(timestamp(escalated.at()))
                .setFromClassification(classification(escalated.from()))
                .setToClassification(classification(escalated.to()));
        EscalationTrigger trigger = escalated.trigger();
        if (trigger instanceof EscalationTrigger.DeadlinePassed passed) {
            wire.setTrigger(ComplaintEscalationTrigger.COMPLAINT_ESCALATION_TRIGGER_DEADLINE_PASSED)
                    .setMissedTarget(target(passed.target()))
                    .setMissedDueTime(timestamp(passed.due()));
        } else if (trigger instanceof EscalationTrigger.DissatisfiedAtReturnVisit dissatisfied) {
            wire.setTrigger(ComplaintEscalationTrigger.COMPLAINT_ESCALATION_TRIGGER_DISSATISFIED_AT_RETURN_VISIT)
                    .setReturnVisitTime(timestamp(dissatisfied.visitedAt()));
        } else {
            wire.setTrigger(ComplaintEscalationTrigger.COMPLAINT_ESCALATION_TRIGGER_RAISED_AGAIN)
                    .setEarlierComplaint(name(office, ((EscalationTrigger.RaisedAgain) trigger).earlier()));
        }
        return wire.build();
    }

    /** One history line: the event's name, when, who, and its details in words (R-CO-9). */
    static ComplaintHistoryEntry history(OfficeId office, ComplaintEvent event) {
        ComplaintHistoryEntry.Builder wire = ComplaintHistoryEntry.newBuilder()
                .setEvent(EVENT_NAMES.get(event.getClass()))
                .setTime(timestamp(event.at()));
        by(event).forEach(by -> wire.setActor(staff(office, by)));
        return wire.setSummary(summary(office, event)).build();
    }

    private static Option<StaffId> by(ComplaintEvent event) {
        if (event instanceof ComplaintEvent.Registered e) {
            return Option.some(e.by());
        } else if (event instanceof ComplaintEvent.ImportantComplaintReported e) {
            return Option.some(e.by());
        } else if (event instanceof ComplaintEvent.StepTaken e) {
            return Option.some(e.by());
        } else if (event instanceof ComplaintEvent.ResponsibleDepartmentDetermined e) {
            return Option.some(e.by());
        } else if (event instanceof ComplaintEvent.PaymentStatusChecked e) {
            return Option.some(e.by());
        } else if (event instanceof ComplaintEvent.ReferredToDepartment e) {
            return Option.some(e.by());
        } else if (event instanceof ComplaintEvent.ReplyGiven e) {
            return Option.some(e.by());
        } else if (event instanceof ComplaintEvent.CommitmentAwaitingApproval e) {
            return Option.some(e.by());
        } else if (event instanceof ComplaintEvent.CommitmentApproved e) {
            return Option.some(e.by());
        } else if (event instanceof ComplaintEvent.ReturnVisited e) {
            return Option.some(e.by());
        } else if (event instanceof ComplaintEvent.ClassificationCorrected e) {
            return Option.some(e.by());
        } else if (event instanceof ComplaintEvent.WaitingForResident e) {
            return Option.some(e.by());
        } else if (event instanceof ComplaintEvent.ResidentWaitEnded e) {
            return Option.some(e.by());
        } else if (event instanceof ComplaintEvent.RepairerOnSite e) {
            return Option.some(e.by());
        } else if (event instanceof ComplaintEvent.RepairCompleted e) {
            return Option.some(e.by());
        } else if (event instanceof ComplaintEvent.Closed e) {
            return Option.some(e.by());
        }
        return Option.none();
    }

    private static String summary(OfficeId office, ComplaintEvent event) {
        if (event instanceof ComplaintEvent.Registered e) {
            return "registered for " + e.complainant() + " as " + e.classification();
        } else if (event instanceof ComplaintEvent.ImportantComplaintReported e) {
            return "important: reported to " + staff(office, e.supervisor());
        } else if (event instanceof ComplaintEvent.StepTaken e) {
            return e.action() + " → " + e.step();
        } else if (event instanceof ComplaintEvent.ResponsibleDepartmentDetermined e) {
            return "responsible department: " + e.department();
        } else if (event instanceof ComplaintEvent.PaymentStatusChecked e) {
            return "payment status: " + e.standing();
        } else if (event instanceof ComplaintEvent.ReferredToDepartment e) {
            return "referred to " + e.department();
        } else if (event instanceof ComplaintEvent.ReplyGiven e) {
            return "replied: " + e.reply().text() + e.reply().commitment().map(c -> " (commitment: " + c + ")").getOrElse("");
        } else if (event instanceof ComplaintEvent.CommitmentAwaitingApproval e) {
            return "commitment awaiting the office manager: " + e.reply().commitment().getOrElse("");
        } else if (event instanceof ComplaintEvent.CommitmentApproved e) {
            return "commitment approved: " + e.reply().commitment().getOrElse("");
        } else if (event instanceof ComplaintEvent.ReturnVisited e) {
            return e.satisfied() ? "return visit: satisfied" : "return visit: dissatisfied";
        } else if (event instanceof ComplaintEvent.ClassificationCorrected e) {
            return "class corrected from " + e.from() + " to " + e.to() + ": " + e.reason();
        } else if (event instanceof ComplaintEvent.Escalated e) {
            return "escalated from " + e.from() + " to " + e.to() + ": " + trigger(office, e.trigger());
        } else if (event instanceof ComplaintEvent.WaitingForResident e) {
            return "waiting for the resident: " + e.reason();
        } else if (event instanceof ComplaintEvent.ResidentWaitEnded) {
            return "the resident is available again";
        } else if (event instanceof ComplaintEvent.RepairerOnSite) {
            return "repairer on site";
        } else if (event instanceof ComplaintEvent.RepairCompleted) {
            return "repair completed";
        }
        return "closed";
    }

    private static String trigger(OfficeId office, EscalationTrigger trigger) {
        if (trigger instanceof EscalationTrigger.DeadlinePassed passed) {
            return "the " + passed.target() + " target due " + passed.due() + " passed";
        } else if (trigger instanceof EscalationTrigger.DissatisfiedAtReturnVisit) {
            return "dissatisfied at the return visit";
        }
        return "raised again after " + name(office, ((EscalationTrigger.RaisedAgain) trigger).earlier());
    }

    static ComplaintSuggestion suggestion(Suggestion suggestion) {
        ComplaintSuggestion.Builder wire = ComplaintSuggestion.newBuilder()
                .setClassification(classification(suggestion.classification()))
                .setSubject(subject(suggestion.subject()))
                .setCause(cause(suggestion.cause()))
                .setAsk(ask(suggestion.ask()));
        utility(suggestion.cause()).forEach(wire::setUtility);
        for (Suggestion.Evidence evidence : suggestion.evidence()) {
            wire.addEvidence(ComplaintSuggestionEvidence.newBuilder()
                    .setTerm(evidence.term())
                    .addAllLabels(evidence.labels().map(ComplaintWire::label)));
        }
        return wire.build();
    }

    /** A lexicon label in the lexicon's own text form, e.g. {@code subject:CLEANING}. */
    private static String label(Lexicon.Label label) {
        if (label instanceof Lexicon.Label.About about) {
            return "subject:" + about.subject().name();
        } else if (label instanceof Lexicon.Label.Asks asks) {
            return "ask:" + asks.ask().name();
        }
        Cause cause = ((Lexicon.Label.CausedBy) label).cause();
        return cause instanceof Cause.MunicipalUtility utility ? "cause:" + utility.utility().name() : "cause:COMPANY";
    }

    static RecurringProblem recurringProblem(org.propertydesk.domain.complaint.RecurringProblem problem) {
        return RecurringProblem.newBuilder()
                .setSubject(subject(problem.matter().subject()))
                .setLocation(problem.matter().location().value())
                .addAllComplaints(problem.complaints().map(id -> name(problem.office(), id)))
                .setWindowStartTime(timestamp(problem.from()))
                .setDetectTime(timestamp(problem.at()))
                .build();
    }

    static ComplaintHandledRate handledRate(OfficeId office, HandledRate rate) {
        return ComplaintHandledRate.newBuilder()
                .setName(HANDLED_RATE.format(office))
                .setClosedCount(rate.closed())
                .setTotalCount(rate.total())
                .setComplete(rate.isComplete())
                .build();
    }

    // ---- wire → domain (empty: unspecified or unknown) -----------------------------------------

    static Option<Subject> subject(ComplaintSubject wire) {
        return fromWire(Subject.class, "COMPLAINT_SUBJECT_", wire);
    }

    static Option<Ask> ask(ComplaintAsk wire) {
        return fromWire(Ask.class, "COMPLAINT_ASK_", wire);
    }

    static Option<Utility> utility(ComplaintUtility wire) {
        return fromWire(Utility.class, "COMPLAINT_UTILITY_", wire);
    }

    static Option<RepairUrgency> repairUrgency(ComplaintRepairUrgency wire) {
        return fromWire(RepairUrgency.class, "COMPLAINT_REPAIR_URGENCY_", wire);
    }

    static Option<CommunicativeKind> communicativeKind(ComplaintCommunicativeKind wire) {
        return fromWire(CommunicativeKind.class, "COMPLAINT_COMMUNICATIVE_KIND_", wire);
    }

    static Option<Department> department(ComplaintDepartment wire) {
        return fromWire(Department.class, "COMPLAINT_DEPARTMENT_", wire);
    }

    static Option<ComplaintDesk.Step> action(ComplaintAction wire) {
        return fromWire(ComplaintDesk.Step.class, "COMPLAINT_ACTION_", wire);
    }

    // ---- plumbing ------------------------------------------------------------------------------


    static Duration duration(java.time.Duration duration) {
        return Duration.newBuilder().setSeconds(duration.getSeconds()).setNanos(duration.getNano()).build();
    }


    private static final java.util.Map<String, ComplaintProcedureStep> STEPS = new java.util.concurrent.ConcurrentHashMap<>();


    /** Each event type's name on the wire, worked out once per type rather than once per history entry. */
    private static final ClassValue<String> EVENT_NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return upperSnake(type.getSimpleName());
        }
    };

    private static String upperSnake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }
}
