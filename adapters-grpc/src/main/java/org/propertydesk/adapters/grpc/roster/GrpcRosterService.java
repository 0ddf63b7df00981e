package org.propertydesk.adapters.grpc.roster;

import static org.propertydesk.adapters.grpc.roster.RosterMessages.CHANGE_REQUEST;
import static org.propertydesk.adapters.grpc.roster.RosterMessages.POST;
import static org.propertydesk.adapters.grpc.roster.RosterMessages.ROSTER;

import io.grpc.stub.StreamObserver;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Function;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.kernel.Etags;
import org.propertydesk.adapters.grpc.kernel.GrpcErrors;
import org.propertydesk.adapters.grpc.kernel.Mutations;
import org.propertydesk.adapters.grpc.kernel.PageRequest;
import org.propertydesk.adapters.grpc.kernel.RequestCheck;
import org.propertydesk.adapters.grpc.kernel.RequestFields;
import org.propertydesk.adapters.grpc.kernel.ResourceName;
import org.propertydesk.adapters.grpc.v1.AcknowledgeRosterRequest;
import org.propertydesk.adapters.grpc.v1.AcknowledgeRosterResponse;
import org.propertydesk.adapters.grpc.v1.ApproveRosterChangeRequest;
import org.propertydesk.adapters.grpc.v1.ApproveRosterChangeResponse;
import org.propertydesk.adapters.grpc.v1.CreateRosterRequest;
import org.propertydesk.adapters.grpc.v1.CreateRosterResponse;
import org.propertydesk.adapters.grpc.v1.ExcuseLateRosterPublicationRequest;
import org.propertydesk.adapters.grpc.v1.ExcuseLateRosterPublicationResponse;
import org.propertydesk.adapters.grpc.v1.GetRosterRequest;
import org.propertydesk.adapters.grpc.v1.GetRosterResponse;
import org.propertydesk.adapters.grpc.v1.ListRostersRequest;
import org.propertydesk.adapters.grpc.v1.ListRostersResponse;
import org.propertydesk.adapters.grpc.v1.PlanRosterAssignmentsRequest;
import org.propertydesk.adapters.grpc.v1.PlanRosterAssignmentsResponse;
import org.propertydesk.adapters.grpc.v1.PublishRosterRequest;
import org.propertydesk.adapters.grpc.v1.PublishRosterResponse;
import org.propertydesk.adapters.grpc.v1.RecordTemporaryAbsenceRequest;
import org.propertydesk.adapters.grpc.v1.RecordTemporaryAbsenceResponse;
import org.propertydesk.adapters.grpc.v1.RejectRosterChangeRequest;
import org.propertydesk.adapters.grpc.v1.RejectRosterChangeResponse;
import org.propertydesk.adapters.grpc.v1.RequestRosterChangeRequest;
import org.propertydesk.adapters.grpc.v1.RequestRosterChangeResponse;
import org.propertydesk.adapters.grpc.v1.RosterAssignment;
import org.propertydesk.adapters.grpc.v1.RosterChange;
import org.propertydesk.adapters.grpc.v1.RosterServiceGrpc;
import org.propertydesk.adapters.grpc.v1.RosterShift;
import org.propertydesk.adapters.grpc.v1.RosterView;
import org.propertydesk.adapters.grpc.v1.ValidateRosterRequest;
import org.propertydesk.adapters.grpc.v1.ValidateRosterResponse;
import org.propertydesk.adapters.grpc.v1.WhoIsOnDutyNowRequest;
import org.propertydesk.adapters.grpc.v1.WhoIsOnDutyNowResponse;
import org.propertydesk.adapters.grpc.v1.WhoIsOnPostRequest;
import org.propertydesk.adapters.grpc.v1.WhoIsOnPostResponse;
import org.propertydesk.application.kernel.RequestId;
import org.propertydesk.application.roster.RosterDesk;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.KernelRejection;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Rejection;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.TimeWindow;
import org.propertydesk.domain.roster.Assignment;
import org.propertydesk.domain.roster.ChangeKind;
import org.propertydesk.domain.roster.ChangeRequestId;
import org.propertydesk.domain.roster.Interval;
import org.propertydesk.domain.roster.Post;
import org.propertydesk.domain.roster.PostLeaving;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.domain.roster.RosterId;
import org.propertydesk.domain.roster.RosterPeriod;
import org.propertydesk.domain.roster.Shift;
import org.propertydesk.domain.roster.ShiftPattern;
import org.propertydesk.domain.roster.Staffing;

/**
 * {@code propertydesk.v1.RosterService} over the {@link RosterDesk}: checks every field of a
 * request, holds every resource name to the caller's office, runs mutating calls once per request
 * id and against the roster's etag, and maps the desk's answers to messages. The acting staff
 * member is always the caller.
 */
final class GrpcRosterService extends RosterServiceGrpc.RosterServiceImplBase {

    private static final String ROSTER_TYPE = "propertydesk.org/Roster";
    private static final String CHANGE_REQUEST_TYPE = "propertydesk.org/RosterChangeRequest";
    private static final int MAX_NAME = 200;
    private static final int MAX_CODE = 16;
    private static final int MAX_REASON = 2000;
    private static final int MAX_POSTS = 100;
    private static final int MAX_SHIFTS = 24;
    private static final int MAX_SCHEDULERS = 100;
    private static final int MAX_STAFFING = 1000;
    private static final int MAX_ASSIGNMENTS = 10_000;
    private static final int MAX_PERIOD_DAYS = 366;

    private final RosterDesk desk;
    private final Mutations mutations;

    GrpcRosterService(RosterDesk desk, Mutations mutations) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.mutations = Objects.requireNonNull(mutations, "mutations");
    }

    // ---- standard methods --------------------------------------------------------------------

    @Override
    public void createRoster(CreateRosterRequest request, StreamObserver<CreateRosterResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName parent = fields.name("parent", request.getParent(), RequestFields.OFFICE);
        org.propertydesk.adapters.grpc.v1.Roster roster = request.getRoster();
        Department department = null;
        RosterPeriod period = null;
        Seq<Post> posts = List.empty();
        Set<StaffId> schedulers = HashSet.empty();
        if (!request.hasRoster()) {
            check.invalid("roster", "is required");
        } else {
            department = check.choice("roster.department", roster.getDepartment(), RosterMessages::department);
            period = period(fields, check, roster.getFirstDate(), roster.getLastDate());
            posts = posts(fields, check, roster.getPostsList());
        }
        if (!request.hasRoster()) {
            // nothing more to check
        } else if (roster.getSchedulersCount() > MAX_SCHEDULERS) {
            check.invalid("roster.schedulers", "must name at most " + MAX_SCHEDULERS + " schedulers");
        } else {
            for (int i = 0; i < roster.getSchedulersCount(); i++) {
                ResourceName staff = fields.name("roster.schedulers[" + i + "]", roster.getSchedulers(i), RequestFields.STAFF);
                schedulers = staff == null ? schedulers : schedulers.add(staff.id("staff", StaffId::new));
            }
        }
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        Caller caller = fields.caller();
        Set<StaffId> designated = schedulers;
        Department ofDepartment = department;
        RosterPeriod forPeriod = period;
        Seq<Post> withPosts = posts;
        respond(observer, mutations.once(parent.office(), requestId, request, CreateRosterResponse.parser(), () -> {
            Roster drafted = accepted(desk.draft(new RosterDesk.DraftRoster(
                    parent.office(), caller.staff(), ofDepartment, forPeriod, withPosts, designated)));
            return CreateRosterResponse.newBuilder().setRoster(RosterMessages.roster(drafted, true)).build();
        }));
    }

    @Override
    public void getRoster(GetRosterRequest request, StreamObserver<GetRosterResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), ROSTER);
        boolean full = view(check, request.getView(), true);
        Caller caller = fields.caller();
        Roster roster = read(caller, name);
        respond(observer, GetRosterResponse.newBuilder().setRoster(RosterMessages.roster(roster, full)).build());
    }

    @Override
    public void listRosters(ListRostersRequest request, StreamObserver<ListRostersResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName parent = fields.name("parent", request.getParent(), RequestFields.OFFICE);
        LocalDate from = fields.optionalDate("first_date", request.getFirstDate()).getOrElse(RequestFields.FIRST_DATE);
        LocalDate to = fields.optionalDate("last_date", request.getLastDate()).getOrElse(RequestFields.LAST_DATE);
        if (from != null && to != null && to.isBefore(from)) {
            check.invalid("last_date", "must not be before first_date");
        }
        boolean full = view(check, request.getView(), false);
        PageRequest page = check.page(request.getPageSize(), request.getPageToken(), String.join("|", "rosters",
                request.getParent(), request.getFirstDate(), request.getLastDate(), String.valueOf(full)));
        Caller caller = fields.caller();
        PageRequest.Page<Roster> rosters = page.of(accepted(desk.rosters(parent.office(), caller.staff(), from, to)));
        ListRostersResponse.Builder response = ListRostersResponse.newBuilder().setNextPageToken(rosters.nextPageToken());
        rosters.items().forEach(roster -> response.addRosters(RosterMessages.roster(roster, full)));
        respond(observer, response.build());
    }

    // ---- planning and publishing -------------------------------------------------------------

    @Override
    public void planRosterAssignments(PlanRosterAssignmentsRequest request, StreamObserver<PlanRosterAssignmentsResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), ROSTER);
        Seq<Assignment> add = List.empty();
        Seq<Assignment> remove = List.empty();
        if (request.getAddCount() + request.getRemoveCount() > MAX_ASSIGNMENTS) {
            check.invalid("add", "add and remove together must hold at most " + MAX_ASSIGNMENTS + " assignments");
        } else {
            add = assignments(fields, check, "add", request.getAddList());
            remove = assignments(fields, check, "remove", request.getRemoveList());
        }
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        Caller caller = fields.caller();
        Seq<Assignment> adding = add;
        Seq<Assignment> removing = remove;
        respond(observer, mutations.once(name.office(), requestId, request, PlanRosterAssignmentsResponse.parser(), () -> {
            Roster planned = changed(caller, name, etag, roster -> desk.plan(new RosterDesk.PlanAssignments(
                    name.office(), caller.staff(), roster.id(), adding, removing)));
            return PlanRosterAssignmentsResponse.newBuilder().setRoster(RosterMessages.roster(planned, true)).build();
        }));
    }

    @Override
    public void validateRoster(ValidateRosterRequest request, StreamObserver<ValidateRosterResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), ROSTER);
        Caller caller = fields.caller();
        ValidateRosterResponse.Builder response = ValidateRosterResponse.newBuilder();
        found(name, ROSTER_TYPE, () -> accepted(desk.validate(name.office(), caller.staff(), rosterId(name))))
                .forEach(violation -> response.addViolations(RosterMessages.violation(name.office(), violation)));
        respond(observer, response.build());
    }

    @Override
    public void excuseLateRosterPublication(
            ExcuseLateRosterPublicationRequest request, StreamObserver<ExcuseLateRosterPublicationResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), ROSTER);
        String reason = check.text("reason", request.getReason(), MAX_REASON);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        Caller caller = fields.caller();
        respond(observer, mutations.once(name.office(), requestId, request, ExcuseLateRosterPublicationResponse.parser(), () -> {
            Roster excused = changed(caller, name, etag, roster -> desk.excuseLatePublication(
                    new RosterDesk.ExcuseLatePublication(name.office(), caller.staff(), roster.id(), reason)));
            return ExcuseLateRosterPublicationResponse.newBuilder().setRoster(RosterMessages.roster(excused, true)).build();
        }));
    }

    @Override
    public void publishRoster(PublishRosterRequest request, StreamObserver<PublishRosterResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), ROSTER);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        Caller caller = fields.caller();
        respond(observer, mutations.once(name.office(), requestId, request, PublishRosterResponse.parser(), () -> {
            Roster published = changed(caller, name, etag, roster -> desk.publish(name.office(), caller.staff(), roster.id()));
            return PublishRosterResponse.newBuilder().setRoster(RosterMessages.roster(published, true)).build();
        }));
    }

    // ---- changes -----------------------------------------------------------------------------

    @Override
    public void requestRosterChange(RequestRosterChangeRequest request, StreamObserver<RequestRosterChangeResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), ROSTER);
        ChangeKind kind = change(fields, check, request.hasChange(), request.getChange());
        String reason = check.text("reason", request.getReason(), MAX_REASON);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        Caller caller = fields.caller();
        respond(observer, mutations.once(name.office(), requestId, request, RequestRosterChangeResponse.parser(), () -> {
            Roster current = read(caller, name);
            Etags.require(etag, current.version(), name.name());
            RosterDesk.ChangeAsked asked = accepted(desk.requestChange(
                    new RosterDesk.RequestChange(name.office(), caller.staff(), current.id(), kind, reason)));
            Etags.confirm(etag, asked.roster().version(), name.name());
            return RequestRosterChangeResponse.newBuilder()
                    .setChangeRequest(RosterMessages.changeRequestName(name.office(), current.id(), asked.change()))
                    .setRoster(RosterMessages.roster(asked.roster(), true))
                    .build();
        }));
    }

    @Override
    public void approveRosterChange(ApproveRosterChangeRequest request, StreamObserver<ApproveRosterChangeResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), CHANGE_REQUEST);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        Caller caller = fields.caller();
        respond(observer, mutations.once(name.office(), requestId, request, ApproveRosterChangeResponse.parser(), () -> {
            Roster approved = onChangeRequest(caller, name, etag, (roster, change) ->
                    desk.approveChange(name.office(), caller.staff(), roster.id(), change));
            return ApproveRosterChangeResponse.newBuilder().setRoster(RosterMessages.roster(approved, true)).build();
        }));
    }

    @Override
    public void rejectRosterChange(RejectRosterChangeRequest request, StreamObserver<RejectRosterChangeResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), CHANGE_REQUEST);
        String reason = check.text("reason", request.getReason(), MAX_REASON);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        Caller caller = fields.caller();
        respond(observer, mutations.once(name.office(), requestId, request, RejectRosterChangeResponse.parser(), () -> {
            Roster rejected = onChangeRequest(caller, name, etag, (roster, change) ->
                    desk.rejectChange(name.office(), caller.staff(), roster.id(), change, reason));
            return RejectRosterChangeResponse.newBuilder().setRoster(RosterMessages.roster(rejected, true)).build();
        }));
    }

    @Override
    public void acknowledgeRoster(AcknowledgeRosterRequest request, StreamObserver<AcknowledgeRosterResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), ROSTER);
        check.require(request.getVersion() > 0, "version", "is required: the number of the version acknowledged, from 1");
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        Caller caller = fields.caller();
        respond(observer, mutations.once(name.office(), requestId, request, AcknowledgeRosterResponse.parser(), () -> {
            Roster acknowledged = changed(caller, name, etag, roster ->
                    desk.acknowledge(name.office(), caller.staff(), roster.id(), request.getVersion()));
            return AcknowledgeRosterResponse.newBuilder().setRoster(RosterMessages.roster(acknowledged, true)).build();
        }));
    }

    @Override
    public void recordTemporaryAbsence(RecordTemporaryAbsenceRequest request, StreamObserver<RecordTemporaryAbsenceResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName name = fields.name("name", request.getName(), ROSTER);
        ResourceName post = fields.name("post", request.getPost(), POST);
        java.time.Instant start = fields.instant("away_start_time", request.hasAwayStartTime(), request.getAwayStartTime());
        java.time.Instant end = fields.instant("away_end_time", request.hasAwayEndTime(), request.getAwayEndTime());
        if (start != null && end != null && !end.isAfter(start)) {
            check.invalid("away_end_time", "must be after away_start_time");
        }
        Option<StaffId> consent = fields.optionalName("consent_by", request.getConsentBy(), RequestFields.STAFF)
                .map(staff -> staff == null ? null : staff.id("staff", StaffId::new));
        Option<ResourceName> relief = fields.optionalName("relief", request.getRelief(), RequestFields.STAFF);
        Option<java.time.Instant> arrived = fields.optionalInstant(
                "relief_arrive_time", request.hasReliefArriveTime(), request.getReliefArriveTime());
        if (relief.isDefined() && arrived.isEmpty()) {
            check.invalid("relief_arrive_time", "is required with a relief");
        } else if (relief.isEmpty() && arrived.isDefined()) {
            check.invalid("relief_arrive_time", "is given only with a relief");
        }
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        Caller caller = fields.caller();
        Interval away = new Interval(start, end);
        Option<PostLeaving.Relief> standIn = relief.map(staff -> new PostLeaving.Relief(staff.id("staff", StaffId::new), arrived.get()));
        respond(observer, mutations.once(name.office(), requestId, request, RecordTemporaryAbsenceResponse.parser(), () -> {
            Roster recorded = changed(caller, name, etag, roster -> desk.recordTemporaryAbsence(new RosterDesk.RecordTemporaryAbsence(
                    name.office(), caller.staff(), roster.id(), post.id("post", PostId::new), away, consent, standIn)));
            return RecordTemporaryAbsenceResponse.newBuilder().setRoster(RosterMessages.roster(recorded, true)).build();
        }));
    }

    // ---- who is on duty ----------------------------------------------------------------------

    @Override
    public void whoIsOnPost(WhoIsOnPostRequest request, StreamObserver<WhoIsOnPostResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName post = fields.name("post", request.getPost(), POST);
        java.time.Instant time = fields.instant("time", request.hasTime(), request.getTime());
        fields.caller();
        WhoIsOnPostResponse.Builder response = WhoIsOnPostResponse.newBuilder();
        desk.whoIsOnPost(post.office(), post.id("post", PostId::new), time)
                .forEach(duty -> response.addOnDuty(RosterMessages.onDuty(post.office(), duty)));
        respond(observer, response.build());
    }

    @Override
    public void whoIsOnDutyNow(WhoIsOnDutyNowRequest request, StreamObserver<WhoIsOnDutyNowResponse> observer) {
        RequestCheck check = new RequestCheck();
        RequestFields fields = new RequestFields(check);
        ResourceName office = fields.name("office", request.getOffice(), RequestFields.OFFICE);
        fields.caller();
        WhoIsOnDutyNowResponse.Builder response = WhoIsOnDutyNowResponse.newBuilder();
        desk.whoIsOnDutyNow(office.office()).forEach(duty -> response.addOnDuty(RosterMessages.onDuty(office.office(), duty)));
        respond(observer, response.build());
    }

    // ---- reading and changing one roster -----------------------------------------------------

    private static RosterId rosterId(ResourceName name) {
        return name.id("roster", RosterId::new);
    }

    /** The roster {@code name} names (of a roster or of one of its change requests), as the caller may read it. */
    private Roster read(Caller caller, ResourceName name) {
        String roster = RosterMessages.rosterName(name.office(), rosterId(name));
        return found(roster, ROSTER_TYPE, () -> accepted(desk.roster(name.office(), caller.staff(), rosterId(name))));
    }

    /** Runs {@code command} on the roster {@code name} names, at the etag the caller sent (if any): each command moves it one version on. */
    private Roster changed(Caller caller, ResourceName name, Option<Long> etag,
            Function<Roster, Either<Rejections<org.propertydesk.domain.roster.RosterRejection>, Roster>> command) {
        Roster current = read(caller, name);
        String roster = RosterMessages.rosterName(name.office(), current.id());
        Etags.require(etag, current.version(), roster);
        Roster after = accepted(command.apply(current));
        Etags.confirm(etag, after.version(), roster);
        return after;
    }

    private Roster onChangeRequest(Caller caller, ResourceName name, Option<Long> etag,
            java.util.function.BiFunction<Roster, ChangeRequestId, Either<Rejections<org.propertydesk.domain.roster.RosterRejection>, Roster>> command) {
        ChangeRequestId change = name.id("change_request", ChangeRequestId::new);
        return changed(caller, name, etag, roster -> {
            if (roster.change(change).isEmpty()) {
                throw GrpcErrors.notFound(CHANGE_REQUEST_TYPE, name.name());
            }
            return command.apply(roster, change);
        });
    }

    /** The desk's answer, with an unknown roster reported under its resource name. */
    private static <T> T found(ResourceName name, String type, java.util.function.Supplier<T> read) {
        return found(name.name(), type, read);
    }

    private static <T> T found(String name, String type, java.util.function.Supplier<T> read) {
        return GrpcErrors.found("roster", type, name, read);
    }

    private static <T> T accepted(Either<? extends Rejections<? extends Rejection>, T> result) {
        return GrpcErrors.accepted(result);
    }

    private static <R> void respond(StreamObserver<R> observer, R response) {
        observer.onNext(response);
        observer.onCompleted();
    }

    // ---- parsing -----------------------------------------------------------------------------

    private static boolean view(RequestCheck check, RosterView view, boolean fullByDefault) {
        switch (view) {
            case ROSTER_VIEW_UNSPECIFIED:
                return fullByDefault;
            case ROSTER_VIEW_BASIC:
                return false;
            case ROSTER_VIEW_FULL:
                return true;
            default:
                check.invalid("view", "must be one of the views the API defines");
                return fullByDefault;
        }
    }

    private static RosterPeriod period(RequestFields fields, RequestCheck check, String firstDate, String lastDate) {
        LocalDate first = fields.date("roster.first_date", firstDate);
        LocalDate last = fields.date("roster.last_date", lastDate);
        if (first == null || last == null) {
            return null;
        }
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= MAX_PERIOD_DAYS) {
            check.invalid("roster.last_date", "must be on or after first_date, at most " + MAX_PERIOD_DAYS + " days in all");
            return null;
        }
        return new RosterPeriod(first, last);
    }

    private static Seq<Post> posts(RequestFields fields, RequestCheck check, java.util.List<org.propertydesk.adapters.grpc.v1.RosterPost> given) {
        if (given.size() > MAX_POSTS) {
            check.invalid("roster.posts", "must hold at most " + MAX_POSTS + " posts");
            return List.empty();
        }
        Seq<Post> posts = List.empty();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "roster.posts[" + i + "]";
            if (!given.get(i).getName().isEmpty() && !seen.add(given.get(i).getName())) {
                check.invalid(field + ".name", "must name each post once");
            }
            Post post = post(fields, check, field, given.get(i));
            posts = post == null ? posts : posts.append(post);
        }
        return posts;
    }

    private static Post post(RequestFields fields, RequestCheck check, String field, org.propertydesk.adapters.grpc.v1.RosterPost given) {
        ResourceName name = fields.name(field + ".name", given.getName(), POST);
        String displayName = check.text(field + ".display_name", given.getDisplayName(), MAX_NAME);
        Department department = check.choice(field + ".department", given.getDepartment(), RosterMessages::department);
        ResourceName supervisor = fields.name(field + ".supervisor", given.getSupervisor(), RequestFields.STAFF);
        Seq<Shift> shifts = List.empty();
        Map<String, Staffing> staffing = LinkedHashMap.empty();
        boolean complete = true;
        if (given.getShiftsCount() == 0 || given.getShiftsCount() > MAX_SHIFTS) {
            check.invalid(field + ".shifts", "must hold 1 to " + MAX_SHIFTS + " shifts");
            complete = false;
        }
        for (int j = 0; j < Math.min(given.getShiftsCount(), MAX_SHIFTS); j++) {
            String at = field + ".shifts[" + j + "]";
            RosterShift line = given.getShifts(j);
            String code = check.text(at + ".code", line.getCode(), MAX_CODE);
            if (code != null && staffing.containsKey(code)) {
                check.invalid(at + ".code", "must be unique within the post");
                code = null;
            }
            LocalTime start = fields.timeOfDay(at + ".start_time", line.getStartTime(), false);
            LocalTime end = fields.timeOfDay(at + ".end_time", line.getEndTime(), true);
            Option<TimeWindow> meal = mealBreak(fields, check, at, line.getMealBreakStartTime(), line.getMealBreakEndTime());
            Staffing needs = staffing(check, at, line.getOrdinaryStaffing(), line.getHolidayStaffing());
            if (code == null || start == null || end == null || meal == null || needs == null) {
                complete = false;
                continue;
            }
            shifts = shifts.append(new Shift(code, start, end, meal));
            staffing = staffing.put(code, needs);
        }
        if (!complete || name == null || displayName == null || department == null || supervisor == null) {
            return null;
        }
        return new Post(name.id("post", PostId::new), displayName, department, supervisor.id("staff", StaffId::new),
                new ShiftPattern(shifts), given.getAroundTheClock(), given.getWorkingDaysOnly(), given.getDutyManagerPost(), staffing);
    }

    private static Staffing staffing(RequestCheck check, String field, int ordinary, int holiday) {
        boolean valid = check.require(ordinary >= 0 && ordinary <= MAX_STAFFING, field + ".ordinary_staffing",
                "must be 0 to " + MAX_STAFFING);
        int onHolidays = holiday == 0 ? ordinary : holiday;
        valid &= check.require(holiday >= 0 && holiday <= MAX_STAFFING && (!valid || onHolidays >= ordinary),
                field + ".holiday_staffing", "must be 0 (the ordinary number) or from ordinary_staffing to " + MAX_STAFFING);
        return valid ? Staffing.of(ordinary, onHolidays) : null;
    }

    /** A meal break: none when both ends are empty; {@code null} when malformed. */
    private static Option<TimeWindow> mealBreak(RequestFields fields, RequestCheck check, String field, String from, String to) {
        if (from.isEmpty() && to.isEmpty()) {
            return Option.none();
        }
        LocalTime start = fields.timeOfDay(field + ".meal_break_start_time", from, false);
        LocalTime end = fields.timeOfDay(field + ".meal_break_end_time", to, true);
        if (start == null || end == null) {
            return null;
        }
        Either<Rejections<KernelRejection>, TimeWindow> window = TimeWindow.of(start, end);
        if (window.isLeft()) {
            check.invalid(field + ".meal_break_end_time", "must be after meal_break_start_time on the same day");
            return null;
        }
        return Option.some(window.get());
    }

    private static Seq<Assignment> assignments(RequestFields fields, RequestCheck check, String field, java.util.List<RosterAssignment> given) {
        Seq<Assignment> assignments = List.empty();
        for (int i = 0; i < given.size(); i++) {
            Assignment assignment = assignment(fields, check, field + "[" + i + "]", given.get(i));
            assignments = assignment == null ? assignments : assignments.append(assignment);
        }
        return assignments;
    }

    private static Assignment assignment(RequestFields fields, RequestCheck check, String field, RosterAssignment given) {
        ResourceName staff = fields.name(field + ".staff", given.getStaff(), RequestFields.STAFF);
        ResourceName post = fields.name(field + ".post", given.getPost(), POST);
        String shift = check.text(field + ".shift", given.getShift(), MAX_CODE);
        LocalDate date = fields.date(field + ".date", given.getDate());
        Option<TimeWindow> meal = mealBreak(fields, check, field, given.getMealBreakStartTime(), given.getMealBreakEndTime());
        if (staff == null || post == null || shift == null || date == null || meal == null) {
            return null;
        }
        return new Assignment(staff.id("staff", StaffId::new), post.id("post", PostId::new), shift, date, meal);
    }

    private static ChangeKind change(RequestFields fields, RequestCheck check, boolean present, RosterChange change) {
        switch (present ? change.getKindCase() : RosterChange.KindCase.KIND_NOT_SET) {
            case SWAP: {
                Assignment first = requiredAssignment(fields, check, "change.swap.first", change.getSwap().hasFirst(), change.getSwap().getFirst());
                Assignment second = requiredAssignment(fields, check, "change.swap.second", change.getSwap().hasSecond(), change.getSwap().getSecond());
                return first == null || second == null ? null : new ChangeKind.Swap(first, second);
            }
            case REPLACEMENT: {
                Assignment assignment = requiredAssignment(fields, check, "change.replacement.assignment",
                        change.getReplacement().hasAssignment(), change.getReplacement().getAssignment());
                ResourceName replacement = fields.name("change.replacement.replacement", change.getReplacement().getReplacement(),
                        RequestFields.STAFF);
                return assignment == null || replacement == null
                        ? null
                        : new ChangeKind.Replacement(assignment, replacement.id("staff", StaffId::new));
            }
            case SICK_LEAVE: {
                Assignment assignment = requiredAssignment(fields, check, "change.sick_leave.assignment",
                        change.getSickLeave().hasAssignment(), change.getSickLeave().getAssignment());
                String certificate = fields.anyText("change.sick_leave.certificate", change.getSickLeave().getCertificate(), MAX_NAME);
                Option<ResourceName> replacement = fields.optionalName("change.sick_leave.replacement",
                        change.getSickLeave().getReplacement(), RequestFields.STAFF);
                if (assignment == null || certificate == null || replacement.contains(null)) {
                    return null;
                }
                return new ChangeKind.SickLeave(assignment, Option.of(certificate).filter(text -> !text.isEmpty()),
                        replacement.map(staff -> staff.id("staff", StaffId::new)));
            }
            default:
                check.invalid("change", "is required: a swap, a replacement or sick leave");
                return null;
        }
    }

    private static Assignment requiredAssignment(RequestFields fields, RequestCheck check, String field, boolean present, RosterAssignment given) {
        if (!present) {
            check.invalid(field, "is required");
            return null;
        }
        return assignment(fields, check, field, given);
    }
}
