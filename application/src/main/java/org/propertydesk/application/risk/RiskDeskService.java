package org.propertydesk.application.risk;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.propertydesk.application.kernel.Calendar;
import org.propertydesk.application.kernel.Clock;
import org.propertydesk.application.kernel.Directory;
import org.propertydesk.application.kernel.Identities;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.application.kernel.Outbox;
import org.propertydesk.application.kernel.Transactions;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.risk.ArrearsId;
import org.propertydesk.domain.risk.HazardousWork;
import org.propertydesk.domain.risk.IncidentId;
import org.propertydesk.domain.risk.IncidentRecord;
import org.propertydesk.domain.risk.LimitationPolicy;
import org.propertydesk.domain.risk.Notice;
import org.propertydesk.domain.risk.NoticeId;
import org.propertydesk.domain.risk.NoticeKind;
import org.propertydesk.domain.risk.Particulars;
import org.propertydesk.domain.risk.RiskOutcome;
import org.propertydesk.domain.risk.RiskPolicy;
import org.propertydesk.domain.risk.RiskRejection;
import org.propertydesk.domain.risk.WorkOrderId;

/**
 * The risk desk over its ports. Each use case looks the actor up in the office's directory, checks
 * their role, runs in one unit of work, takes the time from the clock, decides before it writes
 * and enqueues the domain events. Operators (security, cleaning, repair) only register warning
 * signs; evidence is disposed of by supervisors or above only.
 */
public final class RiskDeskService implements RiskDesk {

    private static final NoticeId PROBE = new NoticeId(new UUID(0, 0));

    private final Directory directory;
    private final Calendar calendar;
    private final Clock clock;
    private final Identities identities;
    private final Transactions transactions;
    private final Outbox outbox;
    private final Notices notices;
    private final Arrears arrears;
    private final HazardousWorks works;
    private final Incidents incidents;
    private final Recipients recipients;
    private final RiskPolicy policy;
    private final LimitationPolicy limitation;

    public RiskDeskService(
            Directory directory,
            Calendar calendar,
            Clock clock,
            Identities identities,
            Transactions transactions,
            Outbox outbox,
            Notices notices,
            Arrears arrears,
            HazardousWorks works,
            Incidents incidents,
            Recipients recipients,
            RiskPolicy policy,
            LimitationPolicy limitation) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.arrears = Objects.requireNonNull(arrears, "arrears");
        this.works = Objects.requireNonNull(works, "works");
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.recipients = Objects.requireNonNull(recipients, "recipients");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.limitation = Objects.requireNonNull(limitation, "limitation");
    }

    @Override
    public Either<Rejections<RiskRejection>, Notice> issueNotice(IssueNotice command) {
        return transactions.inTransaction(() -> {
            StaffMember actor = actor(command.office(), command.actor());
            requireArrearsOf(command.office(), command.particulars());
            Instant now = clock.now();
            Notice draft = Notice.draft(new NoticeId(identities.next()), command.office(), actor.id(),
                    command.particulars(), command.addressees(), now);
            return guarded(mayHandle(actor, draft.kind()),
                    () -> draft.issue(now, command.attachments(), recipients.of(command.office()), policy))
                    .map(outcome -> {
                        notices.add(outcome.state());
                        return published(command.office(), outcome);
                    });
        });
    }

    @Override
    public Seq<RiskRejection> checkNotice(IssueNotice command) {
        return transactions.inTransaction(() -> {
            StaffMember actor = actor(command.office(), command.actor());
            Instant now = clock.now();
            Notice draft = Notice.draft(PROBE, command.office(), actor.id(), command.particulars(), command.addressees(), now);
            return guarded(mayHandle(actor, draft.kind()),
                    () -> draft.issue(now, command.attachments(), recipients.of(command.office()), policy))
                    .fold(Rejections::reasons, issued -> List.empty());
        });
    }

    @Override
    public Either<Rejections<RiskRejection>, Notice> recordService(RecordService command) {
        return transactions.inTransaction(() -> {
            StaffMember actor = actor(command.office(), command.actor());
            Notice notice = notice(command.office(), command.notice());
            Instant now = clock.now();
            Either<Rejections<RiskRejection>, RiskOutcome<Notice>> served =
                    guarded(mayHandle(actor, notice.kind()), () -> notice.recordService(now, command.proofs()));
            if (served.isRight() && notice.particulars() instanceof Particulars.ArrearsDemand demand) {
                org.propertydesk.domain.risk.Arrears owed = arrearsOf(command.office(), demand.arrears());
                LocalDate servedOn = served.get().state().servedAt().get().atZone(zone(command.office())).toLocalDate();
                var restarted = owed.recordServedDemand(notice.id(), servedOn, limitation, now);
                if (restarted.isLeft()) {
                    return Either.left(restarted.getLeft());
                }
                arrears.update(restarted.get().state(), owed.version());
                notices.update(served.get().state(), notice.version());
                outbox.enqueue(command.office(), served.get().events());
                outbox.enqueue(command.office(), restarted.get().events());
                return Either.right(served.get().state());
            }
            return served.map(outcome -> {
                notices.update(outcome.state(), notice.version());
                return published(command.office(), outcome);
            });
        });
    }

    @Override
    public Either<Rejections<RiskRejection>, Notice> addEvidence(AddEvidence command) {
        return onNotice(command.office(), command.actor(), command.notice(), false,
                (notice, now) -> notice.addEvidence(command.evidence(), now));
    }

    @Override
    public Either<Rejections<RiskRejection>, Notice> closeNotice(NoticeCommand command) {
        return onNotice(command.office(), command.actor(), command.notice(), false, (notice, now) -> notice.close(now));
    }

    @Override
    public Either<Rejections<RiskRejection>, Notice> withdrawNotice(NoticeCommand command) {
        return onNotice(command.office(), command.actor(), command.notice(), false, (notice, now) -> notice.withdraw(now));
    }

    @Override
    public Either<Rejections<RiskRejection>, Notice> disposeEvidence(NoticeCommand command) {
        ZoneId zone = zone(command.office());
        return onNotice(command.office(), command.actor(), command.notice(), true,
                (notice, now) -> notice.disposeEvidence(now, policy, zone));
    }

    private Either<Rejections<RiskRejection>, Notice> onNotice(
            OfficeId office,
            StaffId actorId,
            NoticeId id,
            boolean managersOnly,
            java.util.function.BiFunction<Notice, Instant, Either<Rejections<RiskRejection>, RiskOutcome<Notice>>> step) {
        return transactions.inTransaction(() -> {
            StaffMember actor = actor(office, actorId);
            Notice notice = notice(office, id);
            Seq<RiskRejection> refusals = managersOnly && !actor.role().isManagerial()
                    ? List.of(new RiskRejection.RoleMayNot(actor.id(), actor.role(), "dispose of a notice's evidence", Rule.R_RN_9))
                    : mayHandle(actor, notice.kind());
            Instant now = clock.now();
            return guarded(refusals, () -> step.apply(notice, now)).map(outcome -> {
                notices.update(outcome.state(), notice.version());
                return published(office, outcome);
            });
        });
    }

    @Override
    public Either<Rejections<RiskRejection>, org.propertydesk.domain.risk.Arrears> recordArrears(RecordArrears command) {
        return transactions.inTransaction(() -> {
            StaffMember actor = actor(command.office(), command.actor());
            return guarded(mayHandle(actor, NoticeKind.ARREARS_DEMAND), () -> Either.right(org.propertydesk.domain.risk.Arrears.record(
                            new ArrearsId(identities.next()), command.office(), command.fee(), command.debtor(),
                            command.dueOn(), clock.now())))
                    .map(outcome -> {
                        arrears.add(outcome.state());
                        return published(command.office(), outcome);
                    });
        });
    }

    @Override
    public Either<Rejections<RiskRejection>, org.propertydesk.domain.risk.Arrears> settleArrears(SettleArrears command) {
        return transactions.inTransaction(() -> {
            StaffMember actor = actor(command.office(), command.actor());
            org.propertydesk.domain.risk.Arrears owed = arrearsOf(command.office(), command.arrears());
            return guarded(mayHandle(actor, NoticeKind.ARREARS_DEMAND), () -> owed.settle(command.settledOn(), clock.now()))
                    .map(outcome -> {
                        arrears.update(outcome.state(), owed.version());
                        return published(command.office(), outcome);
                    });
        });
    }

    @Override
    public Seq<DemandDue> demandsDue(OfficeId office, StaffId actorId) {
        return transactions.inTransaction(() -> {
            actor(office, actorId);
            LocalDate today = clock.now().atZone(zone(office)).toLocalDate();
            return limitation.demandsDue(arrears.outstanding(office), today)
                    .map(owed -> new DemandDue(owed.id(), owed.fee(), owed.debtor(), owed.dueOn(), owed.limitationEnds(limitation)))
                    .sortBy(DemandDue::limitationEnds);
        });
    }

    @Override
    public HazardousWork planHazardousWork(PlanHazardousWork command) {
        return transactions.inTransaction(() -> {
            actor(command.office(), command.actor());
            RiskOutcome<HazardousWork> planned = HazardousWork.plan(
                    new WorkOrderId(identities.next()), command.office(), command.place(), command.hazard(), clock.now());
            works.add(planned.state());
            return published(command.office(), planned);
        });
    }

    @Override
    public Either<Rejections<RiskRejection>, HazardousWork> registerWarning(RegisterWarning command) {
        return transactions.inTransaction(() -> {
            actor(command.office(), command.actor());
            HazardousWork work = work(command.office(), command.workOrder());
            Notice sign = notice(command.office(), command.warning());
            return saved(command.office(), work, work.registerWarning(sign, clock.now()));
        });
    }

    @Override
    public Either<Rejections<RiskRejection>, HazardousWork> startHazardousWork(WorkCommand command) {
        return transactions.inTransaction(() -> {
            actor(command.office(), command.actor());
            HazardousWork work = work(command.office(), command.workOrder());
            return saved(command.office(), work, work.start(clock.now()));
        });
    }

    @Override
    public Either<Rejections<RiskRejection>, HazardousWork> finishHazardousWork(WorkCommand command) {
        return transactions.inTransaction(() -> {
            actor(command.office(), command.actor());
            HazardousWork work = work(command.office(), command.workOrder());
            return saved(command.office(), work, work.finish(clock.now()));
        });
    }

    @Override
    public Either<Rejections<RiskRejection>, IncidentRecord> recordIncident(RecordIncident command) {
        return transactions.inTransaction(() -> {
            StaffMember actor = actor(command.office(), command.actor());
            return IncidentRecord.record(new IncidentId(identities.next()), command.office(), actor.id(),
                            command.description(), command.actions(), clock.now())
                    .map(outcome -> {
                        incidents.add(outcome.state());
                        return published(command.office(), outcome);
                    });
        });
    }

    @Override
    public Notice notice(OfficeId office, StaffId actor, NoticeId id) {
        return transactions.inTransaction(() -> {
            actor(office, actor);
            return notice(office, id);
        });
    }

    @Override
    public Seq<Notice> notices(OfficeId office, StaffId actor) {
        return transactions.inTransaction(() -> {
            actor(office, actor);
            return notices.all(office);
        });
    }

    @Override
    public org.propertydesk.domain.risk.Arrears arrears(OfficeId office, StaffId actor, ArrearsId id) {
        return transactions.inTransaction(() -> {
            actor(office, actor);
            return arrearsOf(office, id);
        });
    }

    @Override
    public Seq<org.propertydesk.domain.risk.Arrears> outstandingArrears(OfficeId office, StaffId actor) {
        return transactions.inTransaction(() -> {
            actor(office, actor);
            return arrears.outstanding(office);
        });
    }

    @Override
    public HazardousWork hazardousWork(OfficeId office, StaffId actor, WorkOrderId id) {
        return transactions.inTransaction(() -> {
            actor(office, actor);
            return work(office, id);
        });
    }

    @Override
    public IncidentRecord incident(OfficeId office, StaffId actor, IncidentId id) {
        return transactions.inTransaction(() -> {
            actor(office, actor);
            return incidents.find(office, id).getOrElseThrow(() -> new NotFound("incident record", id.toString()));
        });
    }

    @Override
    public Seq<IncidentRecord> incidents(OfficeId office, StaffId actor) {
        return transactions.inTransaction(() -> {
            actor(office, actor);
            return incidents.all(office).sorted(java.util.Comparator.comparing(IncidentRecord::at)
                    .thenComparing(incident -> incident.id().value()));
        });
    }

    private Either<Rejections<RiskRejection>, HazardousWork> saved(
            OfficeId office, HazardousWork before, Either<Rejections<RiskRejection>, RiskOutcome<HazardousWork>> result) {
        return result.map(outcome -> {
            works.update(outcome.state(), before.version());
            return published(office, outcome);
        });
    }

    /** Operators (秩序维护员, 保洁员, 维修员) only put up warning signs; other notices are the desk's. */
    private static Seq<RiskRejection> mayHandle(StaffMember actor, NoticeKind kind) {
        return actor.role().isOperator() && kind != NoticeKind.SAFETY_WARNING
                ? List.of(new RiskRejection.RoleMayNot(actor.id(), actor.role(), "handle a " + kind + " notice", kind.rule()))
                : List.empty();
    }

    /** Permission refusals first, then the rule's own reasons, which are evaluated either way so all are reported. */
    private static <T> Either<Rejections<RiskRejection>, T> guarded(
            Seq<RiskRejection> refusals, Supplier<Either<Rejections<RiskRejection>, T>> decision) {
        Either<Rejections<RiskRejection>, T> result = decision.get();
        if (refusals.isEmpty()) {
            return result;
        }
        Seq<RiskRejection> more = result.fold(Rejections::reasons, ok -> List.empty());
        return Either.left(new Rejections<>(List.ofAll(refusals).appendAll(more)));
    }

    private <T> T published(OfficeId office, RiskOutcome<T> outcome) {
        outbox.enqueue(office, outcome.events());
        return outcome.state();
    }

    private StaffMember actor(OfficeId office, StaffId staff) {
        return directory.staffMember(office, staff).getOrElseThrow(() -> new NotFound("staff member", staff.toString()));
    }

    private Notice notice(OfficeId office, NoticeId id) {
        return notices.find(office, id).getOrElseThrow(() -> new NotFound("notice", id.toString()));
    }

    private HazardousWork work(OfficeId office, WorkOrderId id) {
        return works.find(office, id).getOrElseThrow(() -> new NotFound("hazardous work order", id.toString()));
    }

    private org.propertydesk.domain.risk.Arrears arrearsOf(OfficeId office, ArrearsId id) {
        return arrears.find(office, id).getOrElseThrow(() -> new NotFound("arrears", id.toString()));
    }

    private void requireArrearsOf(OfficeId office, Particulars particulars) {
        if (particulars instanceof Particulars.ArrearsDemand demand) {
            arrearsOf(office, demand.arrears());
        }
    }

    private ZoneId zone(OfficeId office) {
        return calendar.of(office).map(BusinessCalendar::zone)
                .getOrElseThrow(() -> new NotFound("business calendar", office.toString()));
    }
}
