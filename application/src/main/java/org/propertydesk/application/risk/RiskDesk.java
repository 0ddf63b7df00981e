package org.propertydesk.application.risk;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Objects;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.risk.Addressee;
import org.propertydesk.domain.risk.ArrearsId;
import org.propertydesk.domain.risk.ConductAction;
import org.propertydesk.domain.risk.Evidence;
import org.propertydesk.domain.risk.HazardousWork;
import org.propertydesk.domain.risk.IncidentId;
import org.propertydesk.domain.risk.IncidentRecord;
import org.propertydesk.domain.risk.Notice;
import org.propertydesk.domain.risk.NoticeId;
import org.propertydesk.domain.risk.Particulars;
import org.propertydesk.domain.risk.RiskRejection;
import org.propertydesk.domain.risk.WorkOrderId;

/**
 * What the risk desk does (风险防范, R-RN-1..R-RN-9). Every command names the acting staff member and
 * their office, returns every rule that refused it, and throws
 * {@link org.propertydesk.application.kernel.NotFound} for an unknown actor or record.
 */
@PrimaryPort
public interface RiskDesk {

    /** Drafts and issues a notice in one step, with the evidence kept at issue (stub, utility notice). */
    Either<Rejections<RiskRejection>, Notice> issueNotice(IssueNotice command);

    /**
     * Checks a notice against its rules without issuing it, e.g. whether an outage notice is early
     * enough and reaches every shop and key unit (R-RN-7); empty when it would be issued.
     */
    Seq<RiskRejection> checkNotice(IssueNotice command);

    /** Proof of service for every addressee; a served payment demand restarts the arrears' limitation (R-RN-3). */
    Either<Rejections<RiskRejection>, Notice> recordService(RecordService command);

    Either<Rejections<RiskRejection>, Notice> addEvidence(AddEvidence command);

    Either<Rejections<RiskRejection>, Notice> closeNotice(NoticeCommand command);

    Either<Rejections<RiskRejection>, Notice> withdrawNotice(NoticeCommand command);

    /** Only a supervisor or above disposes of evidence, and only after its retention (R-RN-9). */
    Either<Rejections<RiskRejection>, Notice> disposeEvidence(NoticeCommand command);

    /** Takes an overdue fee from the vendor's ledger onto the desk. */
    Either<Rejections<RiskRejection>, org.propertydesk.domain.risk.Arrears> recordArrears(RecordArrears command);

    Either<Rejections<RiskRejection>, org.propertydesk.domain.risk.Arrears> settleArrears(SettleArrears command);

    /** Every arrears whose limitation ends within the warning window with no served demand (R-RN-3), soonest first. */
    Seq<DemandDue> demandsDue(OfficeId office, StaffId actor);

    HazardousWork planHazardousWork(PlanHazardousWork command);

    Either<Rejections<RiskRejection>, HazardousWork> registerWarning(RegisterWarning command);

    Either<Rejections<RiskRejection>, HazardousWork> startHazardousWork(WorkCommand command);

    Either<Rejections<RiskRejection>, HazardousWork> finishHazardousWork(WorkCommand command);

    /** Records what was done about an incident; unlawful conduct is refused with its lawful alternative (R-RN-8). */
    Either<Rejections<RiskRejection>, IncidentRecord> recordIncident(RecordIncident command);

    // ---- reads: any staff member of the office may look; an unknown actor or record is NotFound ----

    /** One notice of the office, with its evidence. */
    Notice notice(OfficeId office, StaffId actor, NoticeId notice);

    /** Every notice of the office, in a stable order (by id). */
    Seq<Notice> notices(OfficeId office, StaffId actor);

    /** One arrears of the office, settled or not. */
    org.propertydesk.domain.risk.Arrears arrears(OfficeId office, StaffId actor, ArrearsId arrears);

    /** Every unsettled arrears of the office, in a stable order (by id). */
    Seq<org.propertydesk.domain.risk.Arrears> outstandingArrears(OfficeId office, StaffId actor);

    HazardousWork hazardousWork(OfficeId office, StaffId actor, WorkOrderId workOrder);

    IncidentRecord incident(OfficeId office, StaffId actor, IncidentId incident);

    /** Every incident record of the office, oldest first (ties by id). */
    Seq<IncidentRecord> incidents(OfficeId office, StaffId actor);

    record IssueNotice(OfficeId office, StaffId actor, Particulars particulars, Seq<Addressee> addressees, Seq<Evidence> attachments) {
        public IssueNotice {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(particulars, "particulars");
            Objects.requireNonNull(addressees, "addressees");
            Objects.requireNonNull(attachments, "attachments");
        }
    }

    record RecordService(OfficeId office, StaffId actor, NoticeId notice, Seq<Evidence> proofs) {
        public RecordService {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(notice, "notice");
            Objects.requireNonNull(proofs, "proofs");
        }
    }

    record AddEvidence(OfficeId office, StaffId actor, NoticeId notice, Evidence evidence) {
        public AddEvidence {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(notice, "notice");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    record NoticeCommand(OfficeId office, StaffId actor, NoticeId notice) {
        public NoticeCommand {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(notice, "notice");
        }
    }

    /** @param fee the fee's reference in the vendor's ledger; @param debtor the unit that owes it */
    record RecordArrears(OfficeId office, StaffId actor, String fee, String debtor, LocalDate dueOn) {
        public RecordArrears {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(fee, "fee");
            Objects.requireNonNull(debtor, "debtor");
            Objects.requireNonNull(dueOn, "dueOn");
        }
    }

    record SettleArrears(OfficeId office, StaffId actor, ArrearsId arrears, LocalDate settledOn) {
        public SettleArrears {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(arrears, "arrears");
            Objects.requireNonNull(settledOn, "settledOn");
        }
    }

    /** One line of the demands-due list. */
    record DemandDue(ArrearsId arrears, String fee, String debtor, LocalDate dueOn, LocalDate limitationEnds) {}

    record PlanHazardousWork(OfficeId office, StaffId actor, String place, String hazard) {
        public PlanHazardousWork {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(hazard, "hazard");
        }
    }

    record RegisterWarning(OfficeId office, StaffId actor, WorkOrderId workOrder, NoticeId warning) {
        public RegisterWarning {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(workOrder, "workOrder");
            Objects.requireNonNull(warning, "warning");
        }
    }

    record WorkCommand(OfficeId office, StaffId actor, WorkOrderId workOrder) {
        public WorkCommand {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(workOrder, "workOrder");
        }
    }

    record RecordIncident(OfficeId office, StaffId actor, String description, Seq<ConductAction> actions) {
        public RecordIncident {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(actions, "actions");
        }
    }
}
