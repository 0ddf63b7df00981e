package org.propertydesk.adapters.jdbc.complaint;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.domain.complaint.Classification;
import org.propertydesk.domain.complaint.CommunicativeKind;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.ComplaintEvent;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.EscalationTrigger;
import org.propertydesk.domain.complaint.IntakeFacts;
import org.propertydesk.domain.complaint.PaymentStanding;
import org.propertydesk.domain.complaint.Reply;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.complaint.Target;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * A complaint's events as rows of {@code pd_complaint_event} and back: one column per kind of
 * fact, each event type filling its own (the migration lists which). The registration's facts and
 * complainant live on the complaint's own row and are handed in when its event is read back.
 */
final class ComplaintEventRows {

    /** The columns of {@code pd_complaint_event}, in the order {@link #values} gives them. */
    static final String COLUMNS = "office_id, complaint_id, sequence, event_type, at_second, at_nano, by_id, supervisor_id,"
            + " action, step, department, standing, reply_text, commitment, satisfied, reason, from_kind, from_value,"
            + " to_kind, to_value, trigger_kind, trigger_target, trigger_second, trigger_nano, trigger_complaint_id";

    /** One row's placeholders, in the order of {@link #COLUMNS}. */
    static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final String INSERT = "insert into pd_complaint_event (" + COLUMNS + ") values " + ROW;

    private static final String EFFECTIVE = "EFFECTIVE";
    private static final String COMMUNICATIVE = "COMMUNICATIVE";
    private static final String DEADLINE_PASSED = "DEADLINE_PASSED";
    private static final String DISSATISFIED = "DISSATISFIED_AT_RETURN_VISIT";
    private static final String RAISED_AGAIN = "RAISED_AGAIN";

    private ComplaintEventRows() {}

    /** The parameters of {@link #INSERT} for the event at {@code sequence} of its complaint's history. */
    static Object[] values(ComplaintEvent event, int sequence) {
        Row row = new Row(event, sequence);
        if (event instanceof ComplaintEvent.Registered registered) {
            row.by(registered.by()).to(registered.classification());
        } else if (event instanceof ComplaintEvent.ImportantComplaintReported reported) {
            row.by(reported.by()).set(Column.SUPERVISOR_ID, Sql.id(reported.supervisor().value()));
        } else if (event instanceof ComplaintEvent.StepTaken step) {
            row.by(step.by()).set(Column.ACTION, step.action()).set(Column.STEP, step.step());
        } else if (event instanceof ComplaintEvent.ResponsibleDepartmentDetermined determined) {
            row.by(determined.by()).set(Column.DEPARTMENT, determined.department().name());
        } else if (event instanceof ComplaintEvent.PaymentStatusChecked checked) {
            row.by(checked.by()).set(Column.STANDING, checked.standing().name());
        } else if (event instanceof ComplaintEvent.ReferredToDepartment referred) {
            row.by(referred.by()).set(Column.DEPARTMENT, referred.department().name());
        } else if (event instanceof ComplaintEvent.ReplyGiven given) {
            row.by(given.by()).reply(given.reply());
        } else if (event instanceof ComplaintEvent.CommitmentAwaitingApproval awaiting) {
            row.by(awaiting.by()).reply(awaiting.reply());
        } else if (event instanceof ComplaintEvent.CommitmentApproved approved) {
            row.by(approved.by()).reply(approved.reply());
        } else if (event instanceof ComplaintEvent.ReturnVisited visited) {
            row.by(visited.by()).set(Column.SATISFIED, visited.satisfied());
        } else if (event instanceof ComplaintEvent.ClassificationCorrected corrected) {
            row.by(corrected.by()).from(corrected.from()).to(corrected.to()).set(Column.REASON, corrected.reason());
        } else if (event instanceof ComplaintEvent.Escalated escalated) {
            row.from(escalated.from()).to(escalated.to()).trigger(escalated.trigger());
        } else if (event instanceof ComplaintEvent.WaitingForResident waiting) {
            row.by(waiting.by()).set(Column.REASON, waiting.reason());
        } else if (event instanceof ComplaintEvent.ResidentWaitEnded ended) {
            row.by(ended.by());
        } else if (event instanceof ComplaintEvent.RepairerOnSite onSite) {
            row.by(onSite.by());
        } else if (event instanceof ComplaintEvent.RepairCompleted completed) {
            row.by(completed.by());
        } else if (event instanceof ComplaintEvent.Closed closed) {
            row.by(closed.by());
        } else {
            throw new IllegalArgumentException("no columns for complaint event " + event.getClass().getName());
        }
        return row.values;
    }

    /**
     * The event a row holds; {@code complainant} and {@code facts} are the complaint's, needed by
     * its registration.
     */
    static ComplaintEvent event(ResultSet row, ComplainantId complainant, IntakeFacts facts) throws SQLException {
        ComplaintId complaint = Sql.id(row, "complaint_id", ComplaintId::new);
        OfficeId office = Sql.id(row, "office_id", OfficeId::new);
        Instant at = instant(row, "at_second", "at_nano");
        StaffId by = Sql.id(row, "by_id", StaffId::new);
        String type = row.getString("event_type");
        switch (type) {
            case "Registered":
                return new ComplaintEvent.Registered(complaint, office, complainant, facts, classification(row, "to_kind", "to_value"), by, at);
            case "ImportantComplaintReported":
                return new ComplaintEvent.ImportantComplaintReported(complaint, office, Sql.id(row, "supervisor_id", StaffId::new), by, at);
            case "StepTaken":
                return new ComplaintEvent.StepTaken(complaint, office, row.getString("action"), row.getString("step"), by, at);
            case "ResponsibleDepartmentDetermined":
                return new ComplaintEvent.ResponsibleDepartmentDetermined(complaint, office, department(row), by, at);
            case "PaymentStatusChecked":
                return new ComplaintEvent.PaymentStatusChecked(complaint, office, PaymentStanding.valueOf(row.getString("standing")), by, at);
            case "ReferredToDepartment":
                return new ComplaintEvent.ReferredToDepartment(complaint, office, department(row), by, at);
            case "ReplyGiven":
                return new ComplaintEvent.ReplyGiven(complaint, office, reply(row), by, at);
            case "CommitmentAwaitingApproval":
                return new ComplaintEvent.CommitmentAwaitingApproval(complaint, office, reply(row), by, at);
            case "CommitmentApproved":
                return new ComplaintEvent.CommitmentApproved(complaint, office, reply(row), by, at);
            case "ReturnVisited":
                return new ComplaintEvent.ReturnVisited(complaint, office, row.getBoolean("satisfied"), by, at);
            case "ClassificationCorrected":
                return new ComplaintEvent.ClassificationCorrected(complaint, office, classification(row, "from_kind", "from_value"),
                        classification(row, "to_kind", "to_value"), row.getString("reason"), by, at);
            case "Escalated":
                return new ComplaintEvent.Escalated(complaint, office, classification(row, "from_kind", "from_value"),
                        classification(row, "to_kind", "to_value"), trigger(row), at);
            case "WaitingForResident":
                return new ComplaintEvent.WaitingForResident(complaint, office, row.getString("reason"), by, at);
            case "ResidentWaitEnded":
                return new ComplaintEvent.ResidentWaitEnded(complaint, office, by, at);
            case "RepairerOnSite":
                return new ComplaintEvent.RepairerOnSite(complaint, office, by, at);
            case "RepairCompleted":
                return new ComplaintEvent.RepairCompleted(complaint, office, by, at);
            case "Closed":
                return new ComplaintEvent.Closed(complaint, office, by, at);
            default:
                throw new IllegalStateException("unknown complaint event type in pd_complaint_event: " + type);
        }
    }

    /** The kind column of a class: effective or communicative. */
    static String kindOf(Classification classification) {
        return classification.isEffective() ? EFFECTIVE : COMMUNICATIVE;
    }

    /** The value column of a class: its subject (effective) or its kind (communicative). */
    static String valueOf(Classification classification) {
        return classification instanceof Classification.Effective effective
                ? effective.subject().name()
                : ((Classification.Communicative) classification).kind().name();
    }

    static Classification classification(ResultSet row, String kindColumn, String valueColumn) throws SQLException {
        String kind = row.getString(kindColumn);
        String value = row.getString(valueColumn);
        return EFFECTIVE.equals(kind)
                ? new Classification.Effective(Subject.valueOf(value))
                : new Classification.Communicative(CommunicativeKind.valueOf(value));
    }

    static Instant instant(ResultSet row, String secondColumn, String nanoColumn) throws SQLException {
        long second = row.getLong(secondColumn);
        return row.wasNull() ? null : Instant.ofEpochSecond(second, row.getInt(nanoColumn));
    }

    private static Department department(ResultSet row) throws SQLException {
        return Department.valueOf(row.getString("department"));
    }

    private static Reply reply(ResultSet row) throws SQLException {
        return new Reply(row.getString("reply_text"), Option.of(row.getString("commitment")));
    }

    private static EscalationTrigger trigger(ResultSet row) throws SQLException {
        String kind = row.getString("trigger_kind");
        switch (kind) {
            case DEADLINE_PASSED:
                return new EscalationTrigger.DeadlinePassed(Target.valueOf(row.getString("trigger_target")),
                        instant(row, "trigger_second", "trigger_nano"));
            case DISSATISFIED:
                return new EscalationTrigger.DissatisfiedAtReturnVisit(instant(row, "trigger_second", "trigger_nano"));
            case RAISED_AGAIN:
                return new EscalationTrigger.RaisedAgain(Sql.id(row, "trigger_complaint_id", ComplaintId::new));
            default:
                throw new IllegalStateException("unknown escalation trigger in pd_complaint_event: " + kind);
        }
    }

    /** The insert's columns by position, so each event type names only what it fills. */
    private enum Column {
        OFFICE_ID, COMPLAINT_ID, SEQUENCE, EVENT_TYPE, AT_SECOND, AT_NANO, BY_ID, SUPERVISOR_ID, ACTION, STEP, DEPARTMENT,
        STANDING, REPLY_TEXT, COMMITMENT, SATISFIED, REASON, FROM_KIND, FROM_VALUE, TO_KIND, TO_VALUE, TRIGGER_KIND,
        TRIGGER_TARGET, TRIGGER_SECOND, TRIGGER_NANO, TRIGGER_COMPLAINT_ID
    }

    /** One row being filled; columns an event does not have stay null. */
    private static final class Row {
        final Object[] values = new Object[Column.values().length];

        Row(ComplaintEvent event, int sequence) {
            set(Column.OFFICE_ID, Sql.id(event.office().value()));
            set(Column.COMPLAINT_ID, Sql.id(event.complaint().value()));
            set(Column.SEQUENCE, sequence);
            set(Column.EVENT_TYPE, event.getClass().getSimpleName());
            set(Column.AT_SECOND, event.at().getEpochSecond());
            set(Column.AT_NANO, event.at().getNano());
        }

        Row set(Column column, Object value) {
            values[column.ordinal()] = value;
            return this;
        }

        Row by(StaffId staff) {
            return set(Column.BY_ID, Sql.id(staff.value()));
        }

        Row reply(Reply reply) {
            return set(Column.REPLY_TEXT, reply.text()).set(Column.COMMITMENT, reply.commitment().getOrNull());
        }

        Row from(Classification classification) {
            return set(Column.FROM_KIND, kindOf(classification)).set(Column.FROM_VALUE, valueOf(classification));
        }

        Row to(Classification classification) {
            return set(Column.TO_KIND, kindOf(classification)).set(Column.TO_VALUE, valueOf(classification));
        }

        Row trigger(EscalationTrigger trigger) {
            if (trigger instanceof EscalationTrigger.DeadlinePassed passed) {
                return set(Column.TRIGGER_KIND, DEADLINE_PASSED).set(Column.TRIGGER_TARGET, passed.target().name())
                        .set(Column.TRIGGER_SECOND, passed.due().getEpochSecond()).set(Column.TRIGGER_NANO, passed.due().getNano());
            }
            if (trigger instanceof EscalationTrigger.DissatisfiedAtReturnVisit dissatisfied) {
                return set(Column.TRIGGER_KIND, DISSATISFIED).set(Column.TRIGGER_SECOND, dissatisfied.visitedAt().getEpochSecond())
                        .set(Column.TRIGGER_NANO, dissatisfied.visitedAt().getNano());
            }
            UUID earlier = ((EscalationTrigger.RaisedAgain) trigger).earlier().value();
            return set(Column.TRIGGER_KIND, RAISED_AGAIN).set(Column.TRIGGER_COMPLAINT_ID, Sql.id(earlier));
        }
    }
}
