package org.propertydesk.adapters.grpc.handover;

import static org.propertydesk.adapters.grpc.handover.HandoverMessages.DUTY_LOG;
import static org.propertydesk.adapters.grpc.handover.HandoverMessages.ENTRY;
import static org.propertydesk.adapters.grpc.handover.HandoverMessages.HANDOVER;
import static org.propertydesk.adapters.grpc.handover.HandoverMessages.INCIDENT;
import static org.propertydesk.adapters.grpc.handover.HandoverMessages.POST;
import static org.propertydesk.adapters.grpc.handover.HandoverMessages.QUESTION;

import io.grpc.stub.StreamObserver;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.kernel.Etags;
import org.propertydesk.adapters.grpc.kernel.GrpcErrors;
import org.propertydesk.adapters.grpc.kernel.Mutations;
import org.propertydesk.adapters.grpc.kernel.PageRequest;
import org.propertydesk.adapters.grpc.kernel.RequestCheck;
import org.propertydesk.adapters.grpc.kernel.RequestFields;
import org.propertydesk.adapters.grpc.kernel.ResourceName;
import org.propertydesk.adapters.grpc.v1.AnswerHandoverQuestionRequest;
import org.propertydesk.adapters.grpc.v1.AnswerHandoverQuestionResponse;
import org.propertydesk.adapters.grpc.v1.ArriveForHandoverRequest;
import org.propertydesk.adapters.grpc.v1.ArriveForHandoverResponse;
import org.propertydesk.adapters.grpc.v1.AskHandoverQuestionRequest;
import org.propertydesk.adapters.grpc.v1.AskHandoverQuestionResponse;
import org.propertydesk.adapters.grpc.v1.BeginHandoverCountRequest;
import org.propertydesk.adapters.grpc.v1.BeginHandoverCountResponse;
import org.propertydesk.adapters.grpc.v1.CarryOverDutyMatterRequest;
import org.propertydesk.adapters.grpc.v1.CarryOverDutyMatterResponse;
import org.propertydesk.adapters.grpc.v1.CloseOutDutyMatterRequest;
import org.propertydesk.adapters.grpc.v1.CloseOutDutyMatterResponse;
import org.propertydesk.adapters.grpc.v1.CompleteHandoverPreparationRequest;
import org.propertydesk.adapters.grpc.v1.CompleteHandoverPreparationResponse;
import org.propertydesk.adapters.grpc.v1.CountHandoverItemRequest;
import org.propertydesk.adapters.grpc.v1.CountHandoverItemResponse;
import org.propertydesk.adapters.grpc.v1.CreateHandoverRequest;
import org.propertydesk.adapters.grpc.v1.CreateHandoverResponse;
import org.propertydesk.adapters.grpc.v1.CreateIncidentRequest;
import org.propertydesk.adapters.grpc.v1.CreateIncidentResponse;
import org.propertydesk.adapters.grpc.v1.DeclareIncomingUnfitRequest;
import org.propertydesk.adapters.grpc.v1.DeclareIncomingUnfitResponse;
import org.propertydesk.adapters.grpc.v1.GetDutyLogRequest;
import org.propertydesk.adapters.grpc.v1.GetDutyLogResponse;
import org.propertydesk.adapters.grpc.v1.GetHandoverRequest;
import org.propertydesk.adapters.grpc.v1.GetHandoverResponse;
import org.propertydesk.adapters.grpc.v1.GetIncidentRequest;
import org.propertydesk.adapters.grpc.v1.GetIncidentResponse;
import org.propertydesk.adapters.grpc.v1.HandoverEquipmentStatus;
import org.propertydesk.adapters.grpc.v1.HandoverItem;
import org.propertydesk.adapters.grpc.v1.HandoverServiceGrpc;
import org.propertydesk.adapters.grpc.v1.ListHandoversRequest;
import org.propertydesk.adapters.grpc.v1.ListHandoversResponse;
import org.propertydesk.adapters.grpc.v1.ListOpenIncidentsRequest;
import org.propertydesk.adapters.grpc.v1.ListOpenIncidentsResponse;
import org.propertydesk.adapters.grpc.v1.LogDutyMatterRequest;
import org.propertydesk.adapters.grpc.v1.LogDutyMatterResponse;
import org.propertydesk.adapters.grpc.v1.NoteHandoverEquipmentRequest;
import org.propertydesk.adapters.grpc.v1.NoteHandoverEquipmentResponse;
import org.propertydesk.adapters.grpc.v1.RefuseHandoverRequest;
import org.propertydesk.adapters.grpc.v1.RefuseHandoverResponse;
import org.propertydesk.adapters.grpc.v1.ResolveIncidentRequest;
import org.propertydesk.adapters.grpc.v1.ResolveIncidentResponse;
import org.propertydesk.adapters.grpc.v1.SettleHandoverRequest;
import org.propertydesk.adapters.grpc.v1.SettleHandoverResponse;
import org.propertydesk.adapters.grpc.v1.SignHandoverRequest;
import org.propertydesk.adapters.grpc.v1.SignHandoverResponse;
import org.propertydesk.adapters.grpc.v1.SubstituteIncomingRequest;
import org.propertydesk.adapters.grpc.v1.SubstituteIncomingResponse;
import org.propertydesk.adapters.grpc.v1.WhoIsResponsibleForPostRequest;
import org.propertydesk.adapters.grpc.v1.WhoIsResponsibleForPostResponse;
import org.propertydesk.application.handover.HandoverDesk;
import org.propertydesk.application.kernel.RequestId;
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
import org.propertydesk.domain.handover.ItemCategory;
import org.propertydesk.domain.handover.ItemId;
import org.propertydesk.domain.handover.QuestionId;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Rejection;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;

/**
 * {@code propertydesk.v1.HandoverService} over the {@link HandoverDesk}: checks every field of a
 * request, holds every resource name to the caller's office, runs mutating calls once per request
 * id and against the etag of the handover, duty log or incident they change, and maps the desk's
 * answers to messages. Texts that a rule judges when blank (R-HO-1's cause, course and result, a
 * question, an answer …) reach the desk as they are, so the refusal names the rule. The acting
 * staff member is always the caller.
 */
final class GrpcHandoverService extends HandoverServiceGrpc.HandoverServiceImplBase {

    private static final String HANDOVER_TYPE = "propertydesk.org/Handover";
    private static final String QUESTION_TYPE = "propertydesk.org/HandoverQuestion";
    private static final String ENTRY_TYPE = "propertydesk.org/DutyLogEntry";
    private static final String INCIDENT_TYPE = "propertydesk.org/Incident";
    private static final int MAX_NAME = 200;
    private static final int MAX_TEXT = 2000;
    private static final int MAX_REGISTER = 500;
    private static final int MAX_DEPARTMENTS = 16;

    private final HandoverDesk desk;
    private final Mutations mutations;

    GrpcHandoverService(HandoverDesk desk, Mutations mutations) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.mutations = Objects.requireNonNull(mutations, "mutations");
    }

    // ---- duty log ----------------------------------------------------------------------------

    @Override
    public void getDutyLog(GetDutyLogRequest request, StreamObserver<GetDutyLogResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), DUTY_LOG);
        Caller caller = fields.caller();
        PostId post = name.id("post", PostId::new);
        Option<DutyLog> log = accepted(desk.dutyLog(name.office(), caller.staff(), post));
        respond(observer, GetDutyLogResponse.newBuilder().setDutyLog(HandoverMessages.dutyLog(name.office(), post, log)).build());
    }

    @Override
    public void logDutyMatter(LogDutyMatterRequest request, StreamObserver<LogDutyMatterResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName parent = fields.name("parent", request.getParent(), DUTY_LOG);
        EntryKind kind = check.choice("kind", request.getKind(), HandoverMessages::entryKind);
        String cause = fields.anyText("cause", request.getCause(), MAX_TEXT);
        String course = fields.anyText("course", request.getCourse(), MAX_TEXT);
        String result = fields.anyText("result", request.getResult(), MAX_TEXT);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        Caller caller = fields.caller();
        PostId post = parent.id("post", PostId::new);
        respond(observer, mutations.once(parent.office(), requestId, request, LogDutyMatterResponse.parser(), () -> {
            Option<DutyLog> before = accepted(desk.dutyLog(parent.office(), caller.staff(), post));
            Etags.require(etag, versionOf(before), parent.name());
            HandoverDesk.Logged logged = accepted(desk.log(new HandoverDesk.LogMatter(
                    parent.office(), caller.staff(), post, kind, cause, course, result, request.getOpen())));
            Etags.confirm(etag, logged.log().version(), parent.name());
            return LogDutyMatterResponse.newBuilder()
                    .setEntry(HandoverMessages.entryName(parent.office(), post, logged.entry()))
                    .setDutyLog(HandoverMessages.dutyLog(parent.office(), post, Option.some(logged.log())))
                    .build();
        }));
    }

    @Override
    public void closeOutDutyMatter(CloseOutDutyMatterRequest request, StreamObserver<CloseOutDutyMatterResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), ENTRY);
        String result = fields.anyText("result", request.getResult(), MAX_TEXT);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        Caller caller = fields.caller();
        respond(observer, mutations.once(name.office(), requestId, request, CloseOutDutyMatterResponse.parser(), () ->
                CloseOutDutyMatterResponse.newBuilder().setDutyLog(onEntry(caller, name, etag, (post, entry) ->
                        desk.closeOut(new HandoverDesk.CloseOut(name.office(), caller.staff(), post, entry, result)))).build()));
    }

    @Override
    public void carryOverDutyMatter(CarryOverDutyMatterRequest request, StreamObserver<CarryOverDutyMatterResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), ENTRY);
        String reason = fields.anyText("reason", request.getReason(), MAX_TEXT);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        Caller caller = fields.caller();
        respond(observer, mutations.once(name.office(), requestId, request, CarryOverDutyMatterResponse.parser(), () ->
                CarryOverDutyMatterResponse.newBuilder().setDutyLog(onEntry(caller, name, etag, (post, entry) ->
                        desk.carryOver(new HandoverDesk.CarryOver(name.office(), caller.staff(), post, entry, reason)))).build()));
    }

    // ---- handovers ---------------------------------------------------------------------------

    @Override
    public void createHandover(CreateHandoverRequest request, StreamObserver<CreateHandoverResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName parent = fields.name("parent", request.getParent(), RequestFields.OFFICE);
        ResourceName post = null;
        Seq<Item> register = List.empty();
        if (!request.hasHandover()) {
            check.invalid("handover", "is required");
        } else {
            post = fields.name("handover.post", request.getHandover().getPost(), POST);
            register = register(fields, check, request.getHandover().getRegisterList());
        }
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        Caller caller = fields.caller();
        PostId postId = post.id("post", PostId::new);
        Seq<Item> items = register;
        respond(observer, mutations.once(parent.office(), requestId, request, CreateHandoverResponse.parser(), () -> {
            Handover prepared = accepted(desk.prepare(new HandoverDesk.Prepare(parent.office(), caller.staff(), postId, items)));
            return CreateHandoverResponse.newBuilder().setHandover(HandoverMessages.handover(prepared)).build();
        }));
    }

    @Override
    public void getHandover(GetHandoverRequest request, StreamObserver<GetHandoverResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), HANDOVER);
        Caller caller = fields.caller();
        respond(observer, GetHandoverResponse.newBuilder().setHandover(HandoverMessages.handover(readHandover(caller, name))).build());
    }

    @Override
    public void listHandovers(ListHandoversRequest request, StreamObserver<ListHandoversResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName parent = fields.name("parent", request.getParent(), RequestFields.OFFICE);
        ResourceName post = fields.name("post", request.getPost(), POST);
        PageRequest page = check.page(request.getPageSize(), request.getPageToken(),
                String.join("|", "handovers", request.getParent(), request.getPost()));
        Caller caller = fields.caller();
        PageRequest.Page<Handover> handovers = page.of(accepted(desk.handoversOf(parent.office(), caller.staff(), post.id("post", PostId::new))));
        ListHandoversResponse.Builder response = ListHandoversResponse.newBuilder().setNextPageToken(handovers.nextPageToken());
        handovers.items().forEach(handover -> response.addHandovers(HandoverMessages.handover(handover)));
        respond(observer, response.build());
    }

    @Override
    public void completeHandoverPreparation(
            CompleteHandoverPreparationRequest request, StreamObserver<CompleteHandoverPreparationResponse> observer) {
        Act act = act(request.getName(), request.getEtag(), request.getRequestId());
        respond(observer, mutations.once(act.name.office(), act.requestId, request, CompleteHandoverPreparationResponse.parser(), () ->
                CompleteHandoverPreparationResponse.newBuilder().setHandover(onHandover(act, 1, handover ->
                        desk.completePreparation(act.command(handover)))).build()));
    }

    @Override
    public void arriveForHandover(ArriveForHandoverRequest request, StreamObserver<ArriveForHandoverResponse> observer) {
        Act act = act(request.getName(), request.getEtag(), request.getRequestId());
        respond(observer, mutations.once(act.name.office(), act.requestId, request, ArriveForHandoverResponse.parser(), () ->
                ArriveForHandoverResponse.newBuilder().setHandover(onHandover(act, 1, handover ->
                        desk.arrive(act.command(handover)))).build()));
    }

    @Override
    public void beginHandoverCount(BeginHandoverCountRequest request, StreamObserver<BeginHandoverCountResponse> observer) {
        Act act = act(request.getName(), request.getEtag(), request.getRequestId());
        respond(observer, mutations.once(act.name.office(), act.requestId, request, BeginHandoverCountResponse.parser(), () ->
                BeginHandoverCountResponse.newBuilder().setHandover(onHandover(act, 1, handover ->
                        desk.beginCount(act.command(handover)))).build()));
    }

    @Override
    public void countHandoverItem(CountHandoverItemRequest request, StreamObserver<CountHandoverItemResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), HANDOVER);
        ItemId item = check.uuid("item_id", request.getItemId(), ItemId::new);
        Condition condition = check.choice("condition", request.getCondition(), HandoverMessages::condition);
        String explanation = fields.anyText("explanation", request.getExplanation(), MAX_TEXT);
        Act act = act(check, fields, name, request.getEtag(), request.getRequestId());
        respond(observer, mutations.once(name.office(), act.requestId, request, CountHandoverItemResponse.parser(), () ->
                CountHandoverItemResponse.newBuilder().setHandover(onHandover(act, 1, handover -> desk.count(new HandoverDesk.CountItem(
                        name.office(), act.caller.staff(), handover, item, condition, request.getCounted(),
                        Option.of(explanation).filter(text -> !text.isEmpty()))))).build()));
    }

    @Override
    public void askHandoverQuestion(AskHandoverQuestionRequest request, StreamObserver<AskHandoverQuestionResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), HANDOVER);
        String text = fields.anyText("text", request.getText(), MAX_TEXT);
        Act act = act(check, fields, name, request.getEtag(), request.getRequestId());
        respond(observer, mutations.once(name.office(), act.requestId, request, AskHandoverQuestionResponse.parser(), () -> {
            QuestionId[] asked = new QuestionId[1];
            org.propertydesk.adapters.grpc.v1.Handover handover = onHandover(act, 1,
                    id -> desk.ask(new HandoverDesk.Ask(name.office(), act.caller.staff(), id, text)).map(result -> {
                        asked[0] = result.question();
                        return result.handover();
                    }));
            return AskHandoverQuestionResponse.newBuilder()
                    .setQuestion(HandoverMessages.questionName(name.office(), name.id("handover", HandoverId::new), asked[0]))
                    .setHandover(handover)
                    .build();
        }));
    }

    @Override
    public void answerHandoverQuestion(AnswerHandoverQuestionRequest request, StreamObserver<AnswerHandoverQuestionResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), QUESTION);
        String answer = fields.anyText("answer", request.getAnswer(), MAX_TEXT);
        Act act = act(check, fields, name, request.getEtag(), request.getRequestId());
        respond(observer, mutations.once(name.office(), act.requestId, request, AnswerHandoverQuestionResponse.parser(), () -> {
            QuestionId question = name.id("question", QuestionId::new);
            return AnswerHandoverQuestionResponse.newBuilder().setHandover(onHandover(act, 1, current -> {
                boolean asked = HandoverMessages.countOf(current)
                        .exists(count -> count.questions().exists(candidate -> candidate.id().equals(question)));
                if (!asked) {
                    throw GrpcErrors.notFound(QUESTION_TYPE, name.name());
                }
                return desk.answer(new HandoverDesk.Answer(name.office(), act.caller.staff(), current.id(), question, answer));
            }, Function.identity())).build();
        }));
    }

    @Override
    public void refuseHandover(RefuseHandoverRequest request, StreamObserver<RefuseHandoverResponse> observer) {
        Act act = act(request.getName(), request.getEtag(), request.getRequestId());
        // A refusal goes to the superior at once: refused, then escalated, two versions on.
        respond(observer, mutations.once(act.name.office(), act.requestId, request, RefuseHandoverResponse.parser(), () ->
                RefuseHandoverResponse.newBuilder().setHandover(onHandover(act, 2, handover ->
                        desk.refuse(act.command(handover)))).build()));
    }

    @Override
    public void settleHandover(SettleHandoverRequest request, StreamObserver<SettleHandoverResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), HANDOVER);
        String ruling = fields.anyText("ruling", request.getRuling(), MAX_TEXT);
        Act act = act(check, fields, name, request.getEtag(), request.getRequestId());
        respond(observer, mutations.once(name.office(), act.requestId, request, SettleHandoverResponse.parser(), () ->
                SettleHandoverResponse.newBuilder().setHandover(onHandover(act, 1, handover ->
                        desk.settle(new HandoverDesk.Settle(name.office(), act.caller.staff(), handover, ruling)))).build()));
    }

    @Override
    public void declareIncomingUnfit(DeclareIncomingUnfitRequest request, StreamObserver<DeclareIncomingUnfitResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), HANDOVER);
        String signs = fields.anyText("signs", request.getSigns(), MAX_TEXT);
        Act act = act(check, fields, name, request.getEtag(), request.getRequestId());
        respond(observer, mutations.once(name.office(), act.requestId, request, DeclareIncomingUnfitResponse.parser(), () ->
                DeclareIncomingUnfitResponse.newBuilder().setHandover(onHandover(act, 1, handover ->
                        desk.declareUnfit(new HandoverDesk.DeclareUnfit(name.office(), act.caller.staff(), handover, signs)))).build()));
    }

    @Override
    public void substituteIncoming(SubstituteIncomingRequest request, StreamObserver<SubstituteIncomingResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), HANDOVER);
        ResourceName substitute = fields.name("substitute", request.getSubstitute(), RequestFields.STAFF);
        Act act = act(check, fields, name, request.getEtag(), request.getRequestId());
        StaffId standIn = substitute.id("staff", StaffId::new);
        respond(observer, mutations.once(name.office(), act.requestId, request, SubstituteIncomingResponse.parser(), () ->
                SubstituteIncomingResponse.newBuilder().setHandover(onHandover(act, 1, handover ->
                        desk.substitute(new HandoverDesk.Substitute(name.office(), act.caller.staff(), handover, standIn)))).build()));
    }

    @Override
    public void noteHandoverEquipment(NoteHandoverEquipmentRequest request, StreamObserver<NoteHandoverEquipmentResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), HANDOVER);
        String equipment = fields.anyText("equipment", request.getEquipment(), MAX_NAME);
        Boolean steady = check.choice("status", request.getStatus(), GrpcHandoverService::steady);
        Act act = act(check, fields, name, request.getEtag(), request.getRequestId());
        respond(observer, mutations.once(name.office(), act.requestId, request, NoteHandoverEquipmentResponse.parser(), () ->
                NoteHandoverEquipmentResponse.newBuilder().setHandover(onHandover(act, 1, handover -> desk.noteEquipment(
                        new HandoverDesk.NoteEquipment(name.office(), act.caller.staff(), handover, equipment, steady)))).build()));
    }

    @Override
    public void signHandover(SignHandoverRequest request, StreamObserver<SignHandoverResponse> observer) {
        Act act = act(request.getName(), request.getEtag(), request.getRequestId());
        respond(observer, mutations.once(act.name.office(), act.requestId, request, SignHandoverResponse.parser(), () ->
                SignHandoverResponse.newBuilder().setHandover(onHandover(act, 1, handover ->
                        desk.sign(act.command(handover)))).build()));
    }

    @Override
    public void whoIsResponsibleForPost(WhoIsResponsibleForPostRequest request, StreamObserver<WhoIsResponsibleForPostResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName post = fields.name("post", request.getPost(), POST);
        Instant time = fields.instant("time", request.hasTime(), request.getTime());
        fields.caller();
        Option<StaffId> responsible = desk.responsibleFor(post.office(), post.id("post", PostId::new), time);
        respond(observer, WhoIsResponsibleForPostResponse.newBuilder()
                .setStaff(responsible.map(staff -> HandoverMessages.staffName(post.office(), staff)).getOrElse(""))
                .build());
    }

    // ---- incidents ---------------------------------------------------------------------------

    @Override
    public void createIncident(CreateIncidentRequest request, StreamObserver<CreateIncidentResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName parent = fields.name("parent", request.getParent(), RequestFields.OFFICE);
        IncidentKind kind = null;
        Set<Department> concerned = HashSet.empty();
        String description = null;
        if (!request.hasIncident()) {
            check.invalid("incident", "is required");
        } else {
            org.propertydesk.adapters.grpc.v1.Incident incident = request.getIncident();
            kind = check.choice("incident.kind", incident.getKind(), HandoverMessages::kind);
            if (incident.getConcernedDepartmentsCount() > MAX_DEPARTMENTS) {
                check.invalid("incident.concerned_departments", "must name at most " + MAX_DEPARTMENTS + " departments");
            } else {
                for (int i = 0; i < incident.getConcernedDepartmentsCount(); i++) {
                    Department department = check.choice("incident.concerned_departments[" + i + "]",
                            incident.getConcernedDepartments(i), HandoverMessages::department);
                    concerned = department == null ? concerned : concerned.add(department);
                }
            }
            description = fields.anyText("incident.description", incident.getDescription(), MAX_TEXT);
        }
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        Caller caller = fields.caller();
        IncidentKind reported = kind;
        Set<Department> reaching = concerned;
        String what = description;
        respond(observer, mutations.once(parent.office(), requestId, request, CreateIncidentResponse.parser(), () -> {
            Incident incident = accepted(desk.reportIncident(
                    new HandoverDesk.ReportIncident(parent.office(), caller.staff(), reported, reaching, what)));
            return CreateIncidentResponse.newBuilder().setIncident(HandoverMessages.incident(incident)).build();
        }));
    }

    @Override
    public void getIncident(GetIncidentRequest request, StreamObserver<GetIncidentResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), INCIDENT);
        Caller caller = fields.caller();
        respond(observer, GetIncidentResponse.newBuilder().setIncident(HandoverMessages.incident(readIncident(caller, name))).build());
    }

    @Override
    public void listOpenIncidents(ListOpenIncidentsRequest request, StreamObserver<ListOpenIncidentsResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName parent = fields.name("parent", request.getParent(), RequestFields.OFFICE);
        PageRequest page = check.page(request.getPageSize(), request.getPageToken(), String.join("|", "open incidents", request.getParent()));
        Caller caller = fields.caller();
        PageRequest.Page<Incident> incidents = page.of(accepted(desk.openIncidents(parent.office(), caller.staff())));
        ListOpenIncidentsResponse.Builder response = ListOpenIncidentsResponse.newBuilder().setNextPageToken(incidents.nextPageToken());
        incidents.items().forEach(incident -> response.addIncidents(HandoverMessages.incident(incident)));
        respond(observer, response.build());
    }

    @Override
    public void resolveIncident(ResolveIncidentRequest request, StreamObserver<ResolveIncidentResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), INCIDENT);
        String summary = fields.anyText("summary", request.getSummary(), MAX_TEXT);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        Caller caller = fields.caller();
        respond(observer, mutations.once(name.office(), requestId, request, ResolveIncidentResponse.parser(), () -> {
            Incident current = readIncident(caller, name);
            Etags.require(etag, current.version(), name.name());
            Incident resolved = accepted(desk.resolveIncident(
                    new HandoverDesk.ResolveIncident(name.office(), caller.staff(), current.id(), summary)));
            Etags.confirm(etag, resolved.version(), name.name());
            return ResolveIncidentResponse.newBuilder().setIncident(HandoverMessages.incident(resolved)).build();
        }));
    }

    // ---- one handover, one log, one incident -------------------------------------------------

    /** A checked command on one handover: its name (of the handover, or of one of its questions), etag, request id and caller. */
    private static final class Act {
        final ResourceName name;
        final Option<Long> etag;
        final Option<RequestId> requestId;
        final Caller caller;

        Act(ResourceName name, Option<Long> etag, Option<RequestId> requestId, Caller caller) {
            this.name = name;
            this.etag = etag;
            this.requestId = requestId;
            this.caller = caller;
        }

        HandoverDesk.Act command(HandoverId handover) {
            return new HandoverDesk.Act(name.office(), caller.staff(), handover);
        }
    }

    private static Act act(String name, String etag, String requestId) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        return act(check, fields, fields.name("name", name, HANDOVER), etag, requestId);
    }

    private static Act act(RequestCheck check, RequestFields fields, ResourceName name, String etag, String requestId) {
        Option<Long> version = check.etag("etag", etag);
        Option<RequestId> id = check.requestId("request_id", requestId);
        Caller caller = fields.caller();
        return new Act(name, version, id, caller);
    }

    private org.propertydesk.adapters.grpc.v1.Handover onHandover(
            Act act, int steps, Function<HandoverId, Either<Rejections<HandoverRejection>, Handover>> command) {
        return onHandover(act, steps, current -> command.apply(current.id()), Function.identity());
    }

    /**
     * Runs {@code command} on the handover {@code act} names, at the etag the caller sent (if any):
     * each command moves it {@code steps} versions on.
     */
    private <T> org.propertydesk.adapters.grpc.v1.Handover onHandover(
            Act act, int steps, Function<Handover, Either<Rejections<HandoverRejection>, T>> command, Function<T, Handover> handover) {
        Handover current = readHandover(act.caller, act.name);
        String name = HandoverMessages.handoverName(act.name.office(), current.id());
        Etags.require(act.etag, current.version(), name);
        Handover after = handover.apply(accepted(command.apply(current)));
        Etags.confirm(act.etag.map(version -> version + steps - 1), after.version(), name);
        return HandoverMessages.handover(after);
    }

    private Handover readHandover(Caller caller, ResourceName name) {
        HandoverId id = name.id("handover", HandoverId::new);
        return found(HANDOVER_TYPE, HandoverMessages.handoverName(name.office(), id), "handover",
                () -> accepted(desk.handover(name.office(), caller.staff(), id)));
    }

    private Incident readIncident(Caller caller, ResourceName name) {
        return found(INCIDENT_TYPE, name.name(), "incident",
                () -> accepted(desk.incident(name.office(), caller.staff(), name.id("incident", IncidentId::new))));
    }

    /** Runs {@code command} on the duty-log matter {@code name} names, at the log's etag the caller sent (if any). */
    private org.propertydesk.adapters.grpc.v1.DutyLog onEntry(Caller caller, ResourceName name, Option<Long> etag,
            java.util.function.BiFunction<PostId, EntryId, Either<Rejections<HandoverRejection>, DutyLog>> command) {
        PostId post = name.id("post", PostId::new);
        EntryId entry = name.id("entry", EntryId::new);
        Option<DutyLog> before = accepted(desk.dutyLog(name.office(), caller.staff(), post));
        if (!before.exists(log -> log.find(entry).isDefined())) {
            throw GrpcErrors.notFound(ENTRY_TYPE, name.name());
        }
        String log = HandoverMessages.dutyLogName(name.office(), post);
        Etags.require(etag, versionOf(before), log);
        DutyLog after = accepted(command.apply(post, entry));
        Etags.confirm(etag, after.version(), log);
        return HandoverMessages.dutyLog(name.office(), post, Option.some(after));
    }

    /** The version of a post's duty log; 0 before anything was written into it. */
    private static long versionOf(Option<DutyLog> log) {
        return log.map(DutyLog::version).getOrElse(0L);
    }

    /** The desk's answer, with an unknown record of {@code kind} reported under its resource name. */
    private static <T> T found(String type, String name, String kind, Supplier<T> read) {
        return GrpcErrors.found(kind, type, name, read);
    }

    private static <T> T accepted(Either<? extends Rejections<? extends Rejection>, T> result) {
        return GrpcErrors.accepted(result);
    }

    private static <R> void respond(StreamObserver<R> observer, R response) {
        observer.onNext(response);
        observer.onCompleted();
    }

    // ---- parsing -----------------------------------------------------------------------------

    private static Option<Boolean> steady(HandoverEquipmentStatus status) {
        switch (status) {
            case HANDOVER_EQUIPMENT_STATUS_STARTING_OR_STOPPING:
                return Option.some(false);
            case HANDOVER_EQUIPMENT_STATUS_STEADY:
                return Option.some(true);
            default:
                return Option.none();
        }
    }

    private static Seq<Item> register(RequestFields fields, RequestCheck check, java.util.List<HandoverItem> given) {
        if (given.size() > MAX_REGISTER) {
            check.invalid("handover.register", "must hold at most " + MAX_REGISTER + " lines");
            return List.empty();
        }
        Seq<Item> register = List.empty();
        for (int i = 0; i < given.size(); i++) {
            String field = "handover.register[" + i + "]";
            HandoverItem line = given.get(i);
            ItemId id = check.uuid(field + ".item_id", line.getItemId(), ItemId::new);
            String name = fields.anyText(field + ".display_name", line.getDisplayName(), MAX_NAME);
            ItemCategory category = check.choice(field + ".category", line.getCategory(), HandoverMessages::category);
            if (id != null && name != null && category != null) {
                register = register.append(new Item(id, name, category, line.getRegistered()));
            }
        }
        return register;
    }
}
