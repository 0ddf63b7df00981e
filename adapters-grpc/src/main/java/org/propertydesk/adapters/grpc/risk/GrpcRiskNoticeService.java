package org.propertydesk.adapters.grpc.risk;

import static org.propertydesk.adapters.grpc.risk.RiskMessages.ARREARS;
import static org.propertydesk.adapters.grpc.risk.RiskMessages.INCIDENT;
import static org.propertydesk.adapters.grpc.risk.RiskMessages.NOTICE;
import static org.propertydesk.adapters.grpc.risk.RiskMessages.OFFICE;
import static org.propertydesk.adapters.grpc.risk.RiskMessages.STAFF;
import static org.propertydesk.adapters.grpc.risk.RiskMessages.WORK;

import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.kernel.Etags;
import org.propertydesk.adapters.grpc.kernel.GrpcErrors;
import org.propertydesk.adapters.grpc.kernel.Mutations;
import org.propertydesk.adapters.grpc.kernel.PageRequest;
import org.propertydesk.adapters.grpc.kernel.ResourceName;
import org.propertydesk.adapters.grpc.v1.AddNoticeEvidenceRequest;
import org.propertydesk.adapters.grpc.v1.AddNoticeEvidenceResponse;
import org.propertydesk.adapters.grpc.v1.CheckNoticeRequest;
import org.propertydesk.adapters.grpc.v1.CheckNoticeResponse;
import org.propertydesk.adapters.grpc.v1.CloseNoticeRequest;
import org.propertydesk.adapters.grpc.v1.CloseNoticeResponse;
import org.propertydesk.adapters.grpc.v1.CreateArrearsRequest;
import org.propertydesk.adapters.grpc.v1.CreateArrearsResponse;
import org.propertydesk.adapters.grpc.v1.CreateHazardousWorkRequest;
import org.propertydesk.adapters.grpc.v1.CreateHazardousWorkResponse;
import org.propertydesk.adapters.grpc.v1.CreateIncidentRecordRequest;
import org.propertydesk.adapters.grpc.v1.CreateIncidentRecordResponse;
import org.propertydesk.adapters.grpc.v1.CreateNoticeRequest;
import org.propertydesk.adapters.grpc.v1.CreateNoticeResponse;
import org.propertydesk.adapters.grpc.v1.DisposeNoticeEvidenceRequest;
import org.propertydesk.adapters.grpc.v1.DisposeNoticeEvidenceResponse;
import org.propertydesk.adapters.grpc.v1.FinishHazardousWorkRequest;
import org.propertydesk.adapters.grpc.v1.FinishHazardousWorkResponse;
import org.propertydesk.adapters.grpc.v1.GetArrearsRequest;
import org.propertydesk.adapters.grpc.v1.GetArrearsResponse;
import org.propertydesk.adapters.grpc.v1.GetHazardousWorkRequest;
import org.propertydesk.adapters.grpc.v1.GetHazardousWorkResponse;
import org.propertydesk.adapters.grpc.v1.GetIncidentRecordRequest;
import org.propertydesk.adapters.grpc.v1.GetIncidentRecordResponse;
import org.propertydesk.adapters.grpc.v1.GetNoticeRequest;
import org.propertydesk.adapters.grpc.v1.GetNoticeResponse;
import org.propertydesk.adapters.grpc.v1.ListArrearsRequest;
import org.propertydesk.adapters.grpc.v1.ListArrearsResponse;
import org.propertydesk.adapters.grpc.v1.ListDemandsDueRequest;
import org.propertydesk.adapters.grpc.v1.ListDemandsDueResponse;
import org.propertydesk.adapters.grpc.v1.ListIncidentRecordsRequest;
import org.propertydesk.adapters.grpc.v1.ListIncidentRecordsResponse;
import org.propertydesk.adapters.grpc.v1.ListNoticesRequest;
import org.propertydesk.adapters.grpc.v1.ListNoticesResponse;
import org.propertydesk.adapters.grpc.v1.RecordNoticeServiceRequest;
import org.propertydesk.adapters.grpc.v1.RecordNoticeServiceResponse;
import org.propertydesk.adapters.grpc.v1.RegisterHazardWarningRequest;
import org.propertydesk.adapters.grpc.v1.RegisterHazardWarningResponse;
import org.propertydesk.adapters.grpc.v1.RiskNoticeServiceGrpc;
import org.propertydesk.adapters.grpc.v1.SettleArrearsRequest;
import org.propertydesk.adapters.grpc.v1.SettleArrearsResponse;
import org.propertydesk.adapters.grpc.v1.StartHazardousWorkRequest;
import org.propertydesk.adapters.grpc.v1.StartHazardousWorkResponse;
import org.propertydesk.adapters.grpc.v1.WithdrawNoticeRequest;
import org.propertydesk.adapters.grpc.v1.WithdrawNoticeResponse;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.application.kernel.RequestId;
import org.propertydesk.application.risk.RiskDesk;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.risk.Addressee;
import org.propertydesk.domain.risk.ArrearsId;
import org.propertydesk.domain.risk.ConductAction;
import org.propertydesk.domain.risk.Evidence;
import org.propertydesk.domain.risk.HazardousWork;
import org.propertydesk.domain.risk.IncidentId;
import org.propertydesk.domain.risk.Notice;
import org.propertydesk.domain.risk.NoticeId;
import org.propertydesk.domain.risk.Particulars;
import org.propertydesk.domain.risk.RiskRejection;
import org.propertydesk.domain.risk.WorkOrderId;

/**
 * {@code propertydesk.v1.RiskNoticeService} over the {@link RiskDesk}: reads each request into a
 * command (every malformed field reported at once), checks that every name is in the caller's
 * office, runs the command once per request id with the etag checked, and answers the result or
 * every rule that refused it.
 */
final class GrpcRiskNoticeService extends RiskNoticeServiceGrpc.RiskNoticeServiceImplBase {

    private static final String TYPE = GrpcErrors.DOMAIN + "/";
    private static final int MAX_ACTIONS = 50;
    private static final int DESCRIPTION = 4000;

    private final RiskDesk desk;
    private final Mutations mutations;

    GrpcRiskNoticeService(RiskDesk desk, Mutations mutations) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.mutations = Objects.requireNonNull(mutations, "mutations");
    }

    // ---- notices ---------------------------------------------------------------------------------

    /** A notice as a request describes it. */
    private record Draft(Particulars particulars, Seq<Addressee> addressees, Seq<Evidence> evidence) {}

    private static Draft draft(RiskInput input, boolean present, org.propertydesk.adapters.grpc.v1.Notice notice) {
        if (!present) {
            input.check.invalid("notice", "is required");
            return null;
        }
        Particulars particulars = input.particulars("notice", notice);
        Seq<Addressee> addressees = input.addressees("notice.addressees", notice.getAddresseesList());
        Seq<Evidence> evidence = input.evidence("notice.evidence", notice.getEvidenceList());
        return new Draft(particulars, addressees, evidence);
    }

    @Override
    public void createNotice(CreateNoticeRequest request, StreamObserver<CreateNoticeResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName parent = input.reference("parent", request.getParent(), OFFICE);
        Draft draft = draft(input, request.hasNotice(), request.getNotice());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = Caller.current();
        input.orThrow(caller);
        RiskDesk.IssueNotice command = new RiskDesk.IssueNotice(
                parent.office(), caller.staff(), draft.particulars(), draft.addressees(), draft.evidence());
        reply(observer, mutate(parent.office(), requestId, request, CreateNoticeResponse.parser(), () ->
                CreateNoticeResponse.newBuilder()
                        .setNotice(RiskMessages.notice(accepted(desk.issueNotice(command))))
                        .build()));
    }

    @Override
    public void checkNotice(CheckNoticeRequest request, StreamObserver<CheckNoticeResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName parent = input.reference("parent", request.getParent(), OFFICE);
        Draft draft = draft(input, request.hasNotice(), request.getNotice());
        Caller caller = Caller.current();
        input.malformedOrElsewhere(caller);
        // An addressee the domain refuses is reported alone: without it, the notice's own rules would mislead.
        Seq<RiskRejection> violations = !input.rejections().isEmpty()
                ? input.rejections()
                : found(parent.office(), () -> desk.checkNotice(new RiskDesk.IssueNotice(
                        parent.office(), caller.staff(), draft.particulars(), draft.addressees(), draft.evidence())));
        CheckNoticeResponse.Builder response = CheckNoticeResponse.newBuilder();
        violations.forEach(violation -> response.addViolations(RiskMessages.violation(violation)));
        reply(observer, response.build());
    }

    @Override
    public void getNotice(GetNoticeRequest request, StreamObserver<GetNoticeResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName name = input.reference("name", request.getName(), NOTICE);
        Caller caller = Caller.current();
        input.orThrow(caller);
        Notice notice = found(name.office(), () -> desk.notice(name.office(), caller.staff(), noticeId(name)));
        reply(observer, GetNoticeResponse.newBuilder().setNotice(RiskMessages.notice(notice)).build());
    }

    @Override
    public void listNotices(ListNoticesRequest request, StreamObserver<ListNoticesResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName parent = input.reference("parent", request.getParent(), OFFICE);
        PageRequest page = input.check.page(request.getPageSize(), request.getPageToken(), "notices|" + request.getParent());
        Caller caller = Caller.current();
        input.orThrow(caller);
        PageRequest.Page<Notice> notices = page.of(found(parent.office(), () -> desk.notices(parent.office(), caller.staff())));
        ListNoticesResponse.Builder response = ListNoticesResponse.newBuilder().setNextPageToken(notices.nextPageToken());
        notices.items().forEach(notice -> response.addNotices(RiskMessages.notice(notice)));
        reply(observer, response.build());
    }

    @Override
    public void recordNoticeService(RecordNoticeServiceRequest request, StreamObserver<RecordNoticeServiceResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName name = input.reference("name", request.getName(), NOTICE);
        Seq<Evidence> proofs = input.evidence("proofs", request.getProofsList());
        Option<Long> etag = input.check.etag("etag", request.getEtag());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = Caller.current();
        input.orThrow(caller);
        reply(observer, mutate(name.office(), requestId, request, RecordNoticeServiceResponse.parser(), () ->
                RecordNoticeServiceResponse.newBuilder().setNotice(RiskMessages.notice(onNotice(name, caller, etag, id ->
                        desk.recordService(new RiskDesk.RecordService(name.office(), caller.staff(), id, proofs))))).build()));
    }

    @Override
    public void addNoticeEvidence(AddNoticeEvidenceRequest request, StreamObserver<AddNoticeEvidenceResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName name = input.reference("name", request.getName(), NOTICE);
        Evidence evidence = request.hasEvidence()
                ? input.evidence("evidence", request.getEvidence())
                : missing(input, "evidence");
        Option<Long> etag = input.check.etag("etag", request.getEtag());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = Caller.current();
        input.orThrow(caller);
        reply(observer, mutate(name.office(), requestId, request, AddNoticeEvidenceResponse.parser(), () ->
                AddNoticeEvidenceResponse.newBuilder().setNotice(RiskMessages.notice(onNotice(name, caller, etag, id ->
                        desk.addEvidence(new RiskDesk.AddEvidence(name.office(), caller.staff(), id, evidence))))).build()));
    }

    @Override
    public void closeNotice(CloseNoticeRequest request, StreamObserver<CloseNoticeResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName name = input.reference("name", request.getName(), NOTICE);
        Option<Long> etag = input.check.etag("etag", request.getEtag());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = Caller.current();
        input.orThrow(caller);
        reply(observer, mutate(name.office(), requestId, request, CloseNoticeResponse.parser(), () ->
                CloseNoticeResponse.newBuilder().setNotice(RiskMessages.notice(onNotice(name, caller, etag, id ->
                        desk.closeNotice(new RiskDesk.NoticeCommand(name.office(), caller.staff(), id))))).build()));
    }

    @Override
    public void withdrawNotice(WithdrawNoticeRequest request, StreamObserver<WithdrawNoticeResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName name = input.reference("name", request.getName(), NOTICE);
        Option<Long> etag = input.check.etag("etag", request.getEtag());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = Caller.current();
        input.orThrow(caller);
        reply(observer, mutate(name.office(), requestId, request, WithdrawNoticeResponse.parser(), () ->
                WithdrawNoticeResponse.newBuilder().setNotice(RiskMessages.notice(onNotice(name, caller, etag, id ->
                        desk.withdrawNotice(new RiskDesk.NoticeCommand(name.office(), caller.staff(), id))))).build()));
    }

    @Override
    public void disposeNoticeEvidence(DisposeNoticeEvidenceRequest request, StreamObserver<DisposeNoticeEvidenceResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName name = input.reference("name", request.getName(), NOTICE);
        Option<Long> etag = input.check.etag("etag", request.getEtag());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = Caller.current();
        input.orThrow(caller);
        reply(observer, mutate(name.office(), requestId, request, DisposeNoticeEvidenceResponse.parser(), () ->
                DisposeNoticeEvidenceResponse.newBuilder().setNotice(RiskMessages.notice(onNotice(name, caller, etag, id ->
                        desk.disposeEvidence(new RiskDesk.NoticeCommand(name.office(), caller.staff(), id))))).build()));
    }

    /** Runs a command on an existing notice, sent at {@code etag} if one was sent; every command moves the version by one. */
    private Notice onNotice(ResourceName name, Caller caller, Option<Long> etag,
            Function<NoticeId, Either<Rejections<RiskRejection>, Notice>> command) {
        NoticeId id = noticeId(name);
        if (etag.isDefined()) {
            Etags.require(etag, desk.notice(name.office(), caller.staff(), id).version(), name.name());
        }
        Notice changed = accepted(command.apply(id));
        Etags.confirm(etag, changed.version(), name.name());
        return changed;
    }

    // ---- arrears ---------------------------------------------------------------------------------

    @Override
    public void createArrears(CreateArrearsRequest request, StreamObserver<CreateArrearsResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName parent = input.reference("parent", request.getParent(), OFFICE);
        String fee = null;
        String debtor = null;
        LocalDate dueOn = null;
        if (request.hasArrears()) {
            fee = input.check.text("arrears.fee", request.getArrears().getFee(), RiskInput.SHORT_TEXT);
            debtor = input.check.text("arrears.debtor", request.getArrears().getDebtor(), RiskInput.SHORT_TEXT);
            dueOn = input.check.date("arrears.due_on", request.getArrears().getDueOn());
        } else {
            input.check.invalid("arrears", "is required");
        }
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = Caller.current();
        input.orThrow(caller);
        RiskDesk.RecordArrears command = new RiskDesk.RecordArrears(parent.office(), caller.staff(), fee, debtor, dueOn);
        reply(observer, mutate(parent.office(), requestId, request, CreateArrearsResponse.parser(), () ->
                CreateArrearsResponse.newBuilder().setArrears(RiskMessages.arrears(accepted(desk.recordArrears(command)))).build()));
    }

    @Override
    public void getArrears(GetArrearsRequest request, StreamObserver<GetArrearsResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName name = input.reference("name", request.getName(), ARREARS);
        Caller caller = Caller.current();
        input.orThrow(caller);
        var arrears = found(name.office(), () -> desk.arrears(name.office(), caller.staff(), arrearsId(name)));
        reply(observer, GetArrearsResponse.newBuilder().setArrears(RiskMessages.arrears(arrears)).build());
    }

    @Override
    public void listArrears(ListArrearsRequest request, StreamObserver<ListArrearsResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName parent = input.reference("parent", request.getParent(), OFFICE);
        PageRequest page = input.check.page(request.getPageSize(), request.getPageToken(), "arrears|" + request.getParent());
        Caller caller = Caller.current();
        input.orThrow(caller);
        var arrears = page.of(found(parent.office(), () -> desk.outstandingArrears(parent.office(), caller.staff())));
        ListArrearsResponse.Builder response = ListArrearsResponse.newBuilder().setNextPageToken(arrears.nextPageToken());
        arrears.items().forEach(owed -> response.addArrears(RiskMessages.arrears(owed)));
        reply(observer, response.build());
    }

    @Override
    public void settleArrears(SettleArrearsRequest request, StreamObserver<SettleArrearsResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName name = input.reference("name", request.getName(), ARREARS);
        LocalDate settledOn = input.check.date("settled_on", request.getSettledOn());
        Option<Long> etag = input.check.etag("etag", request.getEtag());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = Caller.current();
        input.orThrow(caller);
        ArrearsId id = arrearsId(name);
        reply(observer, mutate(name.office(), requestId, request, SettleArrearsResponse.parser(), () -> {
            if (etag.isDefined()) {
                Etags.require(etag, desk.arrears(name.office(), caller.staff(), id).version(), name.name());
            }
            var settled = accepted(desk.settleArrears(new RiskDesk.SettleArrears(name.office(), caller.staff(), id, settledOn)));
            Etags.confirm(etag, settled.version(), name.name());
            return SettleArrearsResponse.newBuilder().setArrears(RiskMessages.arrears(settled)).build();
        }));
    }

    @Override
    public void listDemandsDue(ListDemandsDueRequest request, StreamObserver<ListDemandsDueResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName parent = input.reference("parent", request.getParent(), OFFICE);
        PageRequest page = input.check.page(request.getPageSize(), request.getPageToken(), "demandsDue|" + request.getParent());
        Caller caller = Caller.current();
        input.orThrow(caller);
        var due = page.of(found(parent.office(), () -> desk.demandsDue(parent.office(), caller.staff())));
        ListDemandsDueResponse.Builder response = ListDemandsDueResponse.newBuilder().setNextPageToken(due.nextPageToken());
        due.items().forEach(line -> response.addDemandsDue(RiskMessages.demandDue(parent.office(), line)));
        reply(observer, response.build());
    }

    // ---- hazardous work --------------------------------------------------------------------------

    @Override
    public void createHazardousWork(CreateHazardousWorkRequest request, StreamObserver<CreateHazardousWorkResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName parent = input.reference("parent", request.getParent(), OFFICE);
        String place = null;
        String hazard = null;
        if (request.hasHazardousWork()) {
            place = input.check.text("hazardous_work.place", request.getHazardousWork().getPlace(), RiskInput.SHORT_TEXT);
            hazard = input.check.text("hazardous_work.hazard", request.getHazardousWork().getHazard(), RiskInput.SHORT_TEXT);
        } else {
            input.check.invalid("hazardous_work", "is required");
        }
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = Caller.current();
        input.orThrow(caller);
        RiskDesk.PlanHazardousWork command = new RiskDesk.PlanHazardousWork(parent.office(), caller.staff(), place, hazard);
        reply(observer, mutate(parent.office(), requestId, request, CreateHazardousWorkResponse.parser(), () ->
                CreateHazardousWorkResponse.newBuilder().setHazardousWork(RiskMessages.work(desk.planHazardousWork(command))).build()));
    }

    @Override
    public void getHazardousWork(GetHazardousWorkRequest request, StreamObserver<GetHazardousWorkResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName name = input.reference("name", request.getName(), WORK);
        Caller caller = Caller.current();
        input.orThrow(caller);
        HazardousWork work = found(name.office(), () -> desk.hazardousWork(name.office(), caller.staff(), workId(name)));
        reply(observer, GetHazardousWorkResponse.newBuilder().setHazardousWork(RiskMessages.work(work)).build());
    }

    @Override
    public void registerHazardWarning(RegisterHazardWarningRequest request, StreamObserver<RegisterHazardWarningResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName name = input.reference("name", request.getName(), WORK);
        ResourceName warning = input.reference("warning", request.getWarning(), NOTICE);
        Option<Long> etag = input.check.etag("etag", request.getEtag());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = Caller.current();
        input.orThrow(caller);
        reply(observer, mutate(name.office(), requestId, request, RegisterHazardWarningResponse.parser(), () ->
                RegisterHazardWarningResponse.newBuilder().setHazardousWork(RiskMessages.work(onWork(name, caller, etag, id ->
                        desk.registerWarning(new RiskDesk.RegisterWarning(name.office(), caller.staff(), id, noticeId(warning))))))
                        .build()));
    }

    @Override
    public void startHazardousWork(StartHazardousWorkRequest request, StreamObserver<StartHazardousWorkResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName name = input.reference("name", request.getName(), WORK);
        Option<Long> etag = input.check.etag("etag", request.getEtag());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = Caller.current();
        input.orThrow(caller);
        reply(observer, mutate(name.office(), requestId, request, StartHazardousWorkResponse.parser(), () ->
                StartHazardousWorkResponse.newBuilder().setHazardousWork(RiskMessages.work(onWork(name, caller, etag, id ->
                        desk.startHazardousWork(new RiskDesk.WorkCommand(name.office(), caller.staff(), id))))).build()));
    }

    @Override
    public void finishHazardousWork(FinishHazardousWorkRequest request, StreamObserver<FinishHazardousWorkResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName name = input.reference("name", request.getName(), WORK);
        Option<Long> etag = input.check.etag("etag", request.getEtag());
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = Caller.current();
        input.orThrow(caller);
        reply(observer, mutate(name.office(), requestId, request, FinishHazardousWorkResponse.parser(), () ->
                FinishHazardousWorkResponse.newBuilder().setHazardousWork(RiskMessages.work(onWork(name, caller, etag, id ->
                        desk.finishHazardousWork(new RiskDesk.WorkCommand(name.office(), caller.staff(), id))))).build()));
    }

    private HazardousWork onWork(ResourceName name, Caller caller, Option<Long> etag,
            Function<WorkOrderId, Either<Rejections<RiskRejection>, HazardousWork>> command) {
        WorkOrderId id = workId(name);
        if (etag.isDefined()) {
            Etags.require(etag, desk.hazardousWork(name.office(), caller.staff(), id).version(), name.name());
        }
        HazardousWork changed = accepted(command.apply(id));
        Etags.confirm(etag, changed.version(), name.name());
        return changed;
    }

    // ---- incidents -------------------------------------------------------------------------------

    @Override
    public void createIncidentRecord(CreateIncidentRecordRequest request, StreamObserver<CreateIncidentRecordResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName parent = input.reference("parent", request.getParent(), OFFICE);
        String description = null;
        List<ConductAction> actions = List.empty();
        if (request.hasIncidentRecord()) {
            var record = request.getIncidentRecord();
            description = input.check.text("incident_record.description", record.getDescription(), DESCRIPTION);
            if (input.check.require(record.getActionsCount() <= MAX_ACTIONS, "incident_record.actions",
                    "must hold at most " + MAX_ACTIONS + " actions")) {
                for (int i = 0; i < record.getActionsCount(); i++) {
                    ConductAction action = input.check.choice("incident_record.actions[" + i + "]", record.getActions(i),
                            value -> RiskMessages.fromProto(value, ConductAction.class, "CONDUCT_ACTION_"));
                    if (action != null) {
                        actions = actions.append(action);
                    }
                }
            }
        } else {
            input.check.invalid("incident_record", "is required");
        }
        Option<RequestId> requestId = input.check.requestId("request_id", request.getRequestId());
        Caller caller = Caller.current();
        input.orThrow(caller);
        RiskDesk.RecordIncident command = new RiskDesk.RecordIncident(parent.office(), caller.staff(), description, actions);
        reply(observer, mutate(parent.office(), requestId, request, CreateIncidentRecordResponse.parser(), () ->
                CreateIncidentRecordResponse.newBuilder()
                        .setIncidentRecord(RiskMessages.incident(accepted(desk.recordIncident(command))))
                        .build()));
    }

    @Override
    public void getIncidentRecord(GetIncidentRecordRequest request, StreamObserver<GetIncidentRecordResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName name = input.reference("name", request.getName(), INCIDENT);
        Caller caller = Caller.current();
        input.orThrow(caller);
        var incident = found(name.office(), () ->
                desk.incident(name.office(), caller.staff(), name.id("incident_record", IncidentId::new)));
        reply(observer, GetIncidentRecordResponse.newBuilder().setIncidentRecord(RiskMessages.incident(incident)).build());
    }

    @Override
    public void listIncidentRecords(ListIncidentRecordsRequest request, StreamObserver<ListIncidentRecordsResponse> observer) {
        RiskInput input = new RiskInput();
        ResourceName parent = input.reference("parent", request.getParent(), OFFICE);
        PageRequest page = input.check.page(request.getPageSize(), request.getPageToken(), "incidentRecords|" + request.getParent());
        Caller caller = Caller.current();
        input.orThrow(caller);
        var incidents = page.of(found(parent.office(), () -> desk.incidents(parent.office(), caller.staff())));
        ListIncidentRecordsResponse.Builder response = ListIncidentRecordsResponse.newBuilder()
                .setNextPageToken(incidents.nextPageToken());
        incidents.items().forEach(incident -> response.addIncidentRecords(RiskMessages.incident(incident)));
        reply(observer, response.build());
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private <R extends Message> R mutate(OfficeId office, Option<RequestId> requestId, Message request, Parser<R> parser, Supplier<R> work) {
        return found(office, () -> mutations.once(office, requestId, request, parser, work));
    }

    private static <T> T accepted(Either<Rejections<RiskRejection>, T> result) {
        return result.getOrElseThrow(GrpcErrors::rejected);
    }

    private static <T> T missing(RiskInput input, String field) {
        input.check.invalid(field, "is required");
        return null;
    }

    /** Runs a desk call; a record the office does not have is NOT_FOUND naming it as a resource name. */
    private static <T> T found(OfficeId office, Supplier<T> call) {
        try {
            return call.get();
        } catch (NotFound missing) {
            throw notFound(office, missing);
        }
    }

    private static StatusRuntimeException notFound(OfficeId office, NotFound missing) {
        String id = missing.resource();
        switch (missing.resourceType()) {
            case "notice":
                return GrpcErrors.notFound(TYPE + "Notice", NOTICE.format(office, id));
            case "arrears":
                return GrpcErrors.notFound(TYPE + "Arrears", ARREARS.format(office, id));
            case "hazardous work order":
                return GrpcErrors.notFound(TYPE + "HazardousWork", WORK.format(office, id));
            case "incident record":
                return GrpcErrors.notFound(TYPE + "IncidentRecord", INCIDENT.format(office, id));
            case "staff member":
                return GrpcErrors.notFound(TYPE + "StaffMember", STAFF.format(office, id));
            default:
                return GrpcErrors.notFound(TYPE + missing.resourceType(), id);
        }
    }

    private static NoticeId noticeId(ResourceName name) {
        return name.id("notice", NoticeId::new);
    }

    private static ArrearsId arrearsId(ResourceName name) {
        return name.id("arrears", ArrearsId::new);
    }

    private static WorkOrderId workId(ResourceName name) {
        return name.id("hazardous_work", WorkOrderId::new);
    }

    private static <R> void reply(StreamObserver<R> observer, R response) {
        observer.onNext(response);
        observer.onCompleted();
    }
}
