package org.propertydesk.adapters.grpc.complaint;

import static org.propertydesk.adapters.grpc.complaint.ComplaintWire.COMPLAINT;
import static org.propertydesk.adapters.grpc.complaint.ComplaintWire.HANDLED_RATE;
import static org.propertydesk.adapters.grpc.complaint.ComplaintWire.OFFICE;

import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import io.grpc.stub.StreamObserver;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.kernel.Etags;
import org.propertydesk.adapters.grpc.kernel.GrpcErrors;
import org.propertydesk.adapters.grpc.kernel.Mutations;
import org.propertydesk.adapters.grpc.kernel.PageRequest;
import org.propertydesk.adapters.grpc.kernel.RequestCheck;
import org.propertydesk.adapters.grpc.kernel.ResourceName;
import org.propertydesk.adapters.grpc.v1.AdvanceComplaintRequest;
import org.propertydesk.adapters.grpc.v1.AdvanceComplaintResponse;
import org.propertydesk.adapters.grpc.v1.ApproveComplaintCommitmentRequest;
import org.propertydesk.adapters.grpc.v1.ApproveComplaintCommitmentResponse;
import org.propertydesk.adapters.grpc.v1.ComplaintCause;
import org.propertydesk.adapters.grpc.v1.ComplaintClassification;
import org.propertydesk.adapters.grpc.v1.ComplaintClassificationType;
import org.propertydesk.adapters.grpc.v1.ComplaintCommunicativeKind;
import org.propertydesk.adapters.grpc.v1.ComplaintIntake;
import org.propertydesk.adapters.grpc.v1.ComplaintRepairUrgency;
import org.propertydesk.adapters.grpc.v1.ComplaintServiceGrpc;
import org.propertydesk.adapters.grpc.v1.ComplaintSubject;
import org.propertydesk.adapters.grpc.v1.ComplaintUtility;
import org.propertydesk.adapters.grpc.v1.CorrectComplaintClassificationRequest;
import org.propertydesk.adapters.grpc.v1.CorrectComplaintClassificationResponse;
import org.propertydesk.adapters.grpc.v1.DetermineResponsibleDepartmentRequest;
import org.propertydesk.adapters.grpc.v1.DetermineResponsibleDepartmentResponse;
import org.propertydesk.adapters.grpc.v1.EscalateOverdueComplaintsRequest;
import org.propertydesk.adapters.grpc.v1.EscalateOverdueComplaintsResponse;
import org.propertydesk.adapters.grpc.v1.GetComplaintHandledRateRequest;
import org.propertydesk.adapters.grpc.v1.GetComplaintHandledRateResponse;
import org.propertydesk.adapters.grpc.v1.GetComplaintRequest;
import org.propertydesk.adapters.grpc.v1.GetComplaintResponse;
import org.propertydesk.adapters.grpc.v1.ListComplaintsRequest;
import org.propertydesk.adapters.grpc.v1.ListComplaintsResponse;
import org.propertydesk.adapters.grpc.v1.ListRecurringProblemsRequest;
import org.propertydesk.adapters.grpc.v1.ListRecurringProblemsResponse;
import org.propertydesk.adapters.grpc.v1.RecordComplaintReturnVisitRequest;
import org.propertydesk.adapters.grpc.v1.RecordComplaintReturnVisitResponse;
import org.propertydesk.adapters.grpc.v1.ReferComplaintRequest;
import org.propertydesk.adapters.grpc.v1.ReferComplaintResponse;
import org.propertydesk.adapters.grpc.v1.RegisterComplaintRequest;
import org.propertydesk.adapters.grpc.v1.RegisterComplaintResponse;
import org.propertydesk.adapters.grpc.v1.ReplyToComplaintRequest;
import org.propertydesk.adapters.grpc.v1.ReplyToComplaintResponse;
import org.propertydesk.adapters.grpc.v1.SuggestComplaintClassificationRequest;
import org.propertydesk.adapters.grpc.v1.SuggestComplaintClassificationResponse;
import org.propertydesk.adapters.grpc.v1.WaitForResidentRequest;
import org.propertydesk.adapters.grpc.v1.WaitForResidentResponse;
import org.propertydesk.application.complaint.ComplaintDesk;
import org.propertydesk.application.kernel.RequestId;
import org.propertydesk.domain.complaint.Cause;
import org.propertydesk.domain.complaint.Classification;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.ComplaintOutcome;
import org.propertydesk.domain.complaint.ComplaintRejection;
import org.propertydesk.domain.complaint.DueState;
import org.propertydesk.domain.complaint.IntakeFacts;
import org.propertydesk.domain.complaint.Location;
import org.propertydesk.domain.complaint.RepairUrgency;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;

/**
 * {@code propertydesk.v1.ComplaintService} over a {@link ComplaintDesk}: each call checks its
 * fields (every malformed one named at once), keeps to the caller's office, runs the use case with
 * the caller as the acting staff member — a change at most once per request id and, when an etag is
 * sent, only at that version — and maps the answer back.
 *
 * <p>Texts whose emptiness a rule of the domain decides (the complainant, R-CO-9; a reply, R-CO-4;
 * a correction's reason, R-CO-1) are passed on when empty, so the rule refuses them with its id;
 * anything else wrong with a field is INVALID_ARGUMENT.
 */
final class GrpcComplaintService extends ComplaintServiceGrpc.ComplaintServiceImplBase {

    static final int COMPLAINANT_MAX = 100;
    static final int LOCATION_MAX = 200;
    static final int TEXT_MAX = 4000;
    static final int REASON_MAX = 500;
    static final int COMMITMENT_MAX = 1000;

    private final ComplaintDesk desk;
    private final Mutations mutations;

    GrpcComplaintService(ComplaintDesk desk, Mutations mutations) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.mutations = Objects.requireNonNull(mutations, "mutations");
    }

    // ---- standard methods ----------------------------------------------------------------------

    @Override
    public void registerComplaint(RegisterComplaintRequest request, StreamObserver<RegisterComplaintResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName parent = check.name("parent", request.getParent(), OFFICE);
        org.propertydesk.adapters.grpc.v1.Complaint complaint = request.getComplaint();
        check.require(request.hasComplaint(), "complaint", "is required: the complainant and the intake facts");
        String complainant = check.textTheRuleRequires("complaint.complainant", complaint.getComplainant(), COMPLAINANT_MAX);
        check.require(complaint.hasIntake() || !request.hasComplaint(), "complaint.intake", "is required: the facts taken at intake");
        IntakeFacts facts = complaint.hasIntake() ? intake(check, "complaint.intake", complaint.getIntake()) : null;
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        Caller caller = Caller.current();
        caller.requireOffice(parent.office());
        respond(response, mutations.once(parent.office(), requestId, request, RegisterComplaintResponse.parser(), () -> {
            ComplaintOutcome outcome = desk.register(new ComplaintDesk.Register(parent.office(), caller.staff(), complainant, facts))
                    .getOrElseThrow(GrpcErrors::rejected);
            return RegisterComplaintResponse.newBuilder().setComplaint(recordOf(outcome)).build();
        }));
    }

    @Override
    public void getComplaint(GetComplaintRequest request, StreamObserver<GetComplaintResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), COMPLAINT);
        check.orThrow();
        Caller.current().requireOffice(name.office());
        respond(response, found(name, () -> GetComplaintResponse.newBuilder()
                .setComplaint(read(name.office(), id(name)))
                .build()));
    }

    @Override
    public void listComplaints(ListComplaintsRequest request, StreamObserver<ListComplaintsResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName parent = check.name("parent", request.getParent(), OFFICE);
        PageRequest page = check.page(request.getPageSize(), request.getPageToken(),
                "complaints|" + request.getParent() + "|" + request.getOverdueOrDueSoonOnly());
        check.orThrow();
        Caller caller = Caller.current();
        caller.requireOffice(parent.office());
        Seq<ComplaintDesk.Tracked> queue = desk.openComplaints(parent.office(), caller.staff())
                .filter(tracked -> !request.getOverdueOrDueSoonOnly() || tracked.standing().state() != DueState.ON_TIME);
        PageRequest.Page<ComplaintDesk.Tracked> shown = page.of(queue);
        respond(response, ListComplaintsResponse.newBuilder()
                .addAllComplaints(shown.items().map(ComplaintWire::complaint))
                .setNextPageToken(shown.nextPageToken())
                .build());
    }

    // ---- custom methods that read --------------------------------------------------------------

    @Override
    public void suggestComplaintClassification(
            SuggestComplaintClassificationRequest request, StreamObserver<SuggestComplaintClassificationResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName parent = check.name("parent", request.getParent(), OFFICE);
        String text = check.text("text", request.getText(), TEXT_MAX);
        check.orThrow();
        Caller.current().requireOffice(parent.office());
        SuggestComplaintClassificationResponse.Builder answer = SuggestComplaintClassificationResponse.newBuilder();
        desk.suggest(text).forEach(suggestion -> answer.setSuggestion(ComplaintWire.suggestion(suggestion)));
        respond(response, answer.build());
    }

    @Override
    public void listRecurringProblems(ListRecurringProblemsRequest request, StreamObserver<ListRecurringProblemsResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName parent = check.name("parent", request.getParent(), OFFICE);
        PageRequest page = check.page(request.getPageSize(), request.getPageToken(), "recurringProblems|" + request.getParent());
        check.orThrow();
        Caller caller = Caller.current();
        caller.requireOffice(parent.office());
        PageRequest.Page<org.propertydesk.domain.complaint.RecurringProblem> shown =
                page.of(desk.recurringProblems(parent.office(), caller.staff()));
        respond(response, ListRecurringProblemsResponse.newBuilder()
                .addAllRecurringProblems(shown.items().map(ComplaintWire::recurringProblem))
                .setNextPageToken(shown.nextPageToken())
                .build());
    }

    @Override
    public void getComplaintHandledRate(GetComplaintHandledRateRequest request, StreamObserver<GetComplaintHandledRateResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), HANDLED_RATE);
        check.orThrow();
        Caller caller = Caller.current();
        caller.requireOffice(name.office());
        respond(response, GetComplaintHandledRateResponse.newBuilder()
                .setComplaintHandledRate(ComplaintWire.handledRate(name.office(), desk.handledRate(name.office(), caller.staff())))
                .build());
    }

    // ---- custom methods that change a complaint ------------------------------------------------

    @Override
    public void correctComplaintClassification(
            CorrectComplaintClassificationRequest request, StreamObserver<CorrectComplaintClassificationResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), COMPLAINT);
        check.require(request.hasClassification(), "classification", "is required: the class the complaint should have");
        Classification to = request.hasClassification() ? classification(check, "classification", request.getClassification()) : null;
        String reason = check.textTheRuleRequires("reason", request.getReason(), REASON_MAX);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        respond(response, change(name, etag, requestId, request, CorrectComplaintClassificationResponse.parser(),
                (id, caller) -> desk.correct(new ComplaintDesk.Correct(name.office(), caller.staff(), id, to, reason)),
                complaint -> CorrectComplaintClassificationResponse.newBuilder().setComplaint(complaint).build()));
    }

    @Override
    public void advanceComplaint(AdvanceComplaintRequest request, StreamObserver<AdvanceComplaintResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), COMPLAINT);
        ComplaintDesk.Step step = check.choice("action", request.getAction(), ComplaintWire::action);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        respond(response, change(name, etag, requestId, request, AdvanceComplaintResponse.parser(),
                (id, caller) -> desk.advance(new ComplaintDesk.Advance(name.office(), caller.staff(), id, step)),
                complaint -> AdvanceComplaintResponse.newBuilder().setComplaint(complaint).build()));
    }

    @Override
    public void determineResponsibleDepartment(
            DetermineResponsibleDepartmentRequest request, StreamObserver<DetermineResponsibleDepartmentResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), COMPLAINT);
        Department department = check.choice("department", request.getDepartment(), ComplaintWire::department);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        respond(response, change(name, etag, requestId, request, DetermineResponsibleDepartmentResponse.parser(),
                (id, caller) -> desk.determineDepartment(new ComplaintDesk.AssignDepartment(name.office(), caller.staff(), id, department)),
                complaint -> DetermineResponsibleDepartmentResponse.newBuilder().setComplaint(complaint).build()));
    }

    @Override
    public void referComplaint(ReferComplaintRequest request, StreamObserver<ReferComplaintResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), COMPLAINT);
        Department department = check.choice("department", request.getDepartment(), ComplaintWire::department);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        respond(response, change(name, etag, requestId, request, ReferComplaintResponse.parser(),
                (id, caller) -> desk.refer(new ComplaintDesk.AssignDepartment(name.office(), caller.staff(), id, department)),
                complaint -> ReferComplaintResponse.newBuilder().setComplaint(complaint).build()));
    }

    @Override
    public void replyToComplaint(ReplyToComplaintRequest request, StreamObserver<ReplyToComplaintResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), COMPLAINT);
        String text = check.textTheRuleRequires("text", request.getText(), TEXT_MAX);
        Option<String> commitment = check.optionalText("commitment", request.getCommitment(), COMMITMENT_MAX);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        respond(response, change(name, etag, requestId, request, ReplyToComplaintResponse.parser(),
                (id, caller) -> desk.reply(new ComplaintDesk.ReplyTo(name.office(), caller.staff(), id, text, commitment)),
                complaint -> ReplyToComplaintResponse.newBuilder().setComplaint(complaint).build()));
    }

    @Override
    public void approveComplaintCommitment(
            ApproveComplaintCommitmentRequest request, StreamObserver<ApproveComplaintCommitmentResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), COMPLAINT);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        respond(response, change(name, etag, requestId, request, ApproveComplaintCommitmentResponse.parser(),
                (id, caller) -> desk.approveCommitment(new ComplaintDesk.Act(name.office(), caller.staff(), id)),
                complaint -> ApproveComplaintCommitmentResponse.newBuilder().setComplaint(complaint).build()));
    }

    @Override
    public void recordComplaintReturnVisit(
            RecordComplaintReturnVisitRequest request, StreamObserver<RecordComplaintReturnVisitResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), COMPLAINT);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        respond(response, change(name, etag, requestId, request, RecordComplaintReturnVisitResponse.parser(),
                (id, caller) -> desk.returnVisit(new ComplaintDesk.ReturnVisit(name.office(), caller.staff(), id, request.getSatisfied())),
                complaint -> RecordComplaintReturnVisitResponse.newBuilder().setComplaint(complaint).build()));
    }

    @Override
    public void waitForResident(WaitForResidentRequest request, StreamObserver<WaitForResidentResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", request.getName(), COMPLAINT);
        String reason = check.text("reason", request.getReason(), REASON_MAX);
        Option<Long> etag = check.etag("etag", request.getEtag());
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        respond(response, change(name, etag, requestId, request, WaitForResidentResponse.parser(),
                (id, caller) -> desk.waitForResident(new ComplaintDesk.WaitForResident(name.office(), caller.staff(), id, reason.strip())),
                complaint -> WaitForResidentResponse.newBuilder().setComplaint(complaint).build()));
    }

    @Override
    public void escalateOverdueComplaints(
            EscalateOverdueComplaintsRequest request, StreamObserver<EscalateOverdueComplaintsResponse> response) {
        RequestCheck check = new RequestCheck();
        ResourceName parent = check.name("parent", request.getParent(), OFFICE);
        Option<RequestId> requestId = check.requestId("request_id", request.getRequestId());
        check.orThrow();
        Caller.current().requireOffice(parent.office());
        respond(response, mutations.once(parent.office(), requestId, request, EscalateOverdueComplaintsResponse.parser(), () ->
                EscalateOverdueComplaintsResponse.newBuilder()
                        .addAllComplaints(desk.escalateOverdue(parent.office())
                                .map(GrpcComplaintService.this::recordOf))
                        .build()));
    }

    // ---- plumbing ------------------------------------------------------------------------------

    /**
     * Changes one complaint: at most once per request id; when an etag is sent, only if the
     * complaint is still at that version and the command moves it exactly one version on (every
     * complaint command does). A rule's refusal is FAILED_PRECONDITION (or PERMISSION_DENIED); the
     * answer is the complaint as it stands after the change.
     */
    private <R extends Message> R change(
            ResourceName name,
            Option<Long> etag,
            Option<RequestId> requestId,
            Message request,
            Parser<R> parser,
            Command command,
            Function<org.propertydesk.adapters.grpc.v1.Complaint, R> answer) {
        Caller caller = Caller.current();
        caller.requireOffice(name.office());
        ComplaintId id = id(name);
        return found(name, () -> mutations.once(name.office(), requestId, request, parser, () -> {
            if (etag.isDefined()) {
                Etags.require(etag, desk.complaint(name.office(), caller.staff(), id).complaint().version(), name.name());
            }
            ComplaintOutcome outcome = command.run(id, caller).getOrElseThrow(GrpcErrors::rejected);
            Etags.confirm(etag, outcome.complaint().version(), name.name());
            return answer.apply(recordOf(outcome));
        }));
    }

    @FunctionalInterface
    private interface Command {
        Either<Rejections<ComplaintRejection>, ComplaintOutcome> run(ComplaintId complaint, Caller caller);
    }

    /** The complaint as a resource, with its standing now, read as the caller. */
    private org.propertydesk.adapters.grpc.v1.Complaint read(OfficeId office, ComplaintId complaint) {
        return ComplaintWire.complaint(desk.complaint(office, Caller.current().staff(), complaint));
    }

    /** The complaint a command returned, with its standing now: the same record a read would give, without the read. */
    private org.propertydesk.adapters.grpc.v1.Complaint recordOf(ComplaintOutcome outcome) {
        return ComplaintWire.complaint(desk.tracked(outcome.complaint()));
    }

    /** Runs {@code call}, answering an unknown complaint as NOT_FOUND naming the resource the caller sent. */
    private static <T> T found(ResourceName name, Supplier<T> call) {
        return GrpcErrors.found("complaint", ComplaintWire.COMPLAINT_TYPE, name.name(), call);
    }

    private static ComplaintId id(ResourceName name) {
        return name.id("complaint", ComplaintId::new);
    }

    private static <T> void respond(StreamObserver<T> response, T answer) {
        response.onNext(answer);
        response.onCompleted();
    }


    private static IntakeFacts intake(RequestCheck check, String field, ComplaintIntake intake) {
        org.propertydesk.domain.complaint.Subject subject =
                check.choice(field + ".subject", intake.getSubject(), ComplaintWire::subject);
        String location = check.text(field + ".location", intake.getLocation(), LOCATION_MAX);
        Cause cause = cause(check, field, intake.getCause(), intake.getUtility());
        org.propertydesk.domain.complaint.Ask ask = check.choice(field + ".ask", intake.getAsk(), ComplaintWire::ask);
        Option<RepairUrgency> repair = intake.getRepairUrgency() == ComplaintRepairUrgency.COMPLAINT_REPAIR_URGENCY_UNSPECIFIED
                ? Option.none()
                : Option.of(check.choice(field + ".repair_urgency", intake.getRepairUrgency(), ComplaintWire::repairUrgency));
        String account = check.optionalText(field + ".account", intake.getAccount(), TEXT_MAX).getOrElse("");
        if (check.hasViolations()) {
            return null;
        }
        return new IntakeFacts(subject, new Location(location), cause, ask, repair, intake.getImportant(), account);
    }

    private static Cause cause(RequestCheck check, String field, ComplaintCause cause, ComplaintUtility utility) {
        boolean utilityGiven = utility != ComplaintUtility.COMPLAINT_UTILITY_UNSPECIFIED;
        switch (cause) {
            case COMPLAINT_CAUSE_COMPANY_FAILURE:
                check.require(!utilityGiven, field + ".utility", "must be unset unless cause is COMPLAINT_CAUSE_MUNICIPAL_UTILITY");
                return new Cause.CompanyFailure();
            case COMPLAINT_CAUSE_NO_FAULT:
                check.require(!utilityGiven, field + ".utility", "must be unset unless cause is COMPLAINT_CAUSE_MUNICIPAL_UTILITY");
                return new Cause.NoFault();
            case COMPLAINT_CAUSE_MUNICIPAL_UTILITY:
                org.propertydesk.domain.complaint.Utility which = check.choice(field + ".utility", utility, ComplaintWire::utility);
                return which == null ? null : new Cause.MunicipalUtility(which);
            default:
                check.invalid(field + ".cause", "is required: one of the values the API defines (not *_UNSPECIFIED)");
                return null;
        }
    }

    private static Classification classification(RequestCheck check, String field, ComplaintClassification wire) {
        boolean subjectGiven = wire.getSubject() != ComplaintSubject.COMPLAINT_SUBJECT_UNSPECIFIED;
        boolean kindGiven = wire.getCommunicativeKind() != ComplaintCommunicativeKind.COMPLAINT_COMMUNICATIVE_KIND_UNSPECIFIED;
        if (wire.getType() == ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_EFFECTIVE) {
            org.propertydesk.domain.complaint.Subject subject = check.choice(field + ".subject", wire.getSubject(), ComplaintWire::subject);
            check.require(!kindGiven, field + ".communicative_kind", "must be unset for an effective complaint");
            return subject == null ? null : new Classification.Effective(subject);
        }
        if (wire.getType() == ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_COMMUNICATIVE) {
            org.propertydesk.domain.complaint.CommunicativeKind kind =
                    check.choice(field + ".communicative_kind", wire.getCommunicativeKind(), ComplaintWire::communicativeKind);
            check.require(!subjectGiven, field + ".subject", "must be unset for a communicative complaint");
            return kind == null ? null : new Classification.Communicative(kind);
        }
        check.invalid(field + ".type", "is required: one of the values the API defines (not *_UNSPECIFIED)");
        return null;
    }
}
