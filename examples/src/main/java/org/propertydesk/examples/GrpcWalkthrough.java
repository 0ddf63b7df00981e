package org.propertydesk.examples;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import com.google.rpc.ErrorInfo;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.propertydesk.adapters.grpc.v1.AcceptServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.AdvanceComplaintRequest;
import org.propertydesk.adapters.grpc.v1.ApproveLoanRequest;
import org.propertydesk.adapters.grpc.v1.ArriveForHandoverRequest;
import org.propertydesk.adapters.grpc.v1.Arrears;
import org.propertydesk.adapters.grpc.v1.AuditEntry;
import org.propertydesk.adapters.grpc.v1.AuditServiceGrpc;
import org.propertydesk.adapters.grpc.v1.BeginHandoverCountRequest;
import org.propertydesk.adapters.grpc.v1.CompleteHandoverPreparationRequest;
import org.propertydesk.adapters.grpc.v1.Complaint;
import org.propertydesk.adapters.grpc.v1.ComplaintAction;
import org.propertydesk.adapters.grpc.v1.ComplaintAsk;
import org.propertydesk.adapters.grpc.v1.ComplaintCause;
import org.propertydesk.adapters.grpc.v1.ComplaintClassification;
import org.propertydesk.adapters.grpc.v1.ComplaintClassificationType;
import org.propertydesk.adapters.grpc.v1.ComplaintDueState;
import org.propertydesk.adapters.grpc.v1.ComplaintEscalation;
import org.propertydesk.adapters.grpc.v1.ComplaintEscalationTrigger;
import org.propertydesk.adapters.grpc.v1.ComplaintIntake;
import org.propertydesk.adapters.grpc.v1.ComplaintServiceGrpc;
import org.propertydesk.adapters.grpc.v1.ComplaintSubject;
import org.propertydesk.adapters.grpc.v1.ComplaintTarget;
import org.propertydesk.adapters.grpc.v1.ComplaintTargetStanding;
import org.propertydesk.adapters.grpc.v1.ConsultDocumentRequest;
import org.propertydesk.adapters.grpc.v1.CountHandoverItemRequest;
import org.propertydesk.adapters.grpc.v1.CreateArrearsRequest;
import org.propertydesk.adapters.grpc.v1.CreateDocumentRequest;
import org.propertydesk.adapters.grpc.v1.CreateHandoverRequest;
import org.propertydesk.adapters.grpc.v1.CreateIncidentRequest;
import org.propertydesk.adapters.grpc.v1.CreateLoanRequest;
import org.propertydesk.adapters.grpc.v1.CreateRosterRequest;
import org.propertydesk.adapters.grpc.v1.DemandDue;
import org.propertydesk.adapters.grpc.v1.Document;
import org.propertydesk.adapters.grpc.v1.DocumentAccess;
import org.propertydesk.adapters.grpc.v1.DocumentKind;
import org.propertydesk.adapters.grpc.v1.DocumentSummary;
import org.propertydesk.adapters.grpc.v1.EscalateOverdueComplaintsRequest;
import org.propertydesk.adapters.grpc.v1.FileServiceRequestCoordinationFormRequest;
import org.propertydesk.adapters.grpc.v1.FirstContactDepartment;
import org.propertydesk.adapters.grpc.v1.FirstContactServiceGrpc;
import org.propertydesk.adapters.grpc.v1.GetComplaintRequest;
import org.propertydesk.adapters.grpc.v1.GetDocumentRequest;
import org.propertydesk.adapters.grpc.v1.GetRosterRequest;
import org.propertydesk.adapters.grpc.v1.Handover;
import org.propertydesk.adapters.grpc.v1.HandoverItem;
import org.propertydesk.adapters.grpc.v1.HandoverItemCategory;
import org.propertydesk.adapters.grpc.v1.HandoverItemCondition;
import org.propertydesk.adapters.grpc.v1.HandoverItemCount;
import org.propertydesk.adapters.grpc.v1.HandoverServiceGrpc;
import org.propertydesk.adapters.grpc.v1.HandoverState;
import org.propertydesk.adapters.grpc.v1.Incident;
import org.propertydesk.adapters.grpc.v1.IncidentKind;
import org.propertydesk.adapters.grpc.v1.ListAuditEntriesRequest;
import org.propertydesk.adapters.grpc.v1.ListDemandsDueRequest;
import org.propertydesk.adapters.grpc.v1.Loan;
import org.propertydesk.adapters.grpc.v1.LoanStatus;
import org.propertydesk.adapters.grpc.v1.LoanTerm;
import org.propertydesk.adapters.grpc.v1.PlanRosterAssignmentsRequest;
import org.propertydesk.adapters.grpc.v1.PublishRosterRequest;
import org.propertydesk.adapters.grpc.v1.ReceiveServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.ReceiveServiceRequestResponse;
import org.propertydesk.adapters.grpc.v1.RecordsOfficeServiceGrpc;
import org.propertydesk.adapters.grpc.v1.ReplyToServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.ResolveIncidentRequest;
import org.propertydesk.adapters.grpc.v1.ReturnLoanRequest;
import org.propertydesk.adapters.grpc.v1.LendLoanRequest;
import org.propertydesk.adapters.grpc.v1.RiskNoticeServiceGrpc;
import org.propertydesk.adapters.grpc.v1.Roster;
import org.propertydesk.adapters.grpc.v1.RosterAssignment;
import org.propertydesk.adapters.grpc.v1.RosterDepartment;
import org.propertydesk.adapters.grpc.v1.RosterPost;
import org.propertydesk.adapters.grpc.v1.RosterServiceGrpc;
import org.propertydesk.adapters.grpc.v1.RosterShift;
import org.propertydesk.adapters.grpc.v1.RosterVersionState;
import org.propertydesk.adapters.grpc.v1.RosterView;
import org.propertydesk.adapters.grpc.v1.RosterViolation;
import org.propertydesk.adapters.grpc.v1.ServiceRequest;
import org.propertydesk.adapters.grpc.v1.ServiceRequestChannel;
import org.propertydesk.adapters.grpc.v1.ServiceRequestConcern;
import org.propertydesk.adapters.grpc.v1.ServiceRequestKind;
import org.propertydesk.adapters.grpc.v1.ServiceRequestTransferMethod;
import org.propertydesk.adapters.grpc.v1.SignHandoverRequest;
import org.propertydesk.adapters.grpc.v1.TransferServiceRequestRequest;
import org.propertydesk.adapters.grpc.v1.VerifyAuditTrailRequest;
import org.propertydesk.adapters.grpc.v1.VerifyAuditTrailResponse;
import org.propertydesk.adapters.grpc.v1.WhoIsOnPostRequest;
import org.propertydesk.adapters.grpc.v1.WhoIsResponsibleForPostRequest;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.roster.Post;
import org.propertydesk.domain.roster.Shift;
import picocli.CommandLine;

/**
 * The day at the desk of 翠湖花园管理处 told as a client of PropertyDesk's gRPC API: the reference
 * server is started in demo mode on a fresh H2 file database under {@code target/walkthrough/} and
 * an ephemeral loopback port, and every step of the story is a gRPC call over a Netty channel with
 * the bearer token of the person who acts. Refusals arrive as gRPC statuses whose rich error
 * details ({@code google.rpc.ErrorInfo}) name the reason and the rule; they are decoded and shown.
 *
 * <p>The one thing not done over gRPC is moving time: the demo server runs on a {@link DemoClock},
 * and the walkthrough moves it forward on the server object when the story jumps ahead. Each step's
 * outcome is checked; when a step does not turn out as told, the story stops with an exception (and
 * {@link #main} exits non-zero). {@link DayAtTheDesk} tells the same story on the embedded desk.
 */
public final class GrpcWalkthrough {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MM-dd HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MM-dd", Locale.ENGLISH);
    private static final String[] LOBBY_CYCLE = {"N", "D", "E", null};
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");
    private static final String DATABASE_FILE = "grpc-walkthrough";
    private static final String OFFICE = "offices/" + ReferenceServer.DEMO_OFFICE;

    private final Path directory;
    private final DemoOffice demo = DemoOffice.of(ReferenceServer.DEMO_OFFICE);
    private final BusinessCalendar calendar = DemoOffice.calendar2026();
    private PrintStream out = System.out;
    private ReferenceServer.Running server;
    private DemoClock clock;
    private ManagedChannel channel;

    /** The walkthrough with its H2 database file in {@code directory}, replaced on every run. */
    public GrpcWalkthrough(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** Tells the story over gRPC, its database under {@code target/walkthrough/} or the directory given. */
    public static void main(String[] args) {
        FLYWAY.setLevel(Level.WARNING);
        Path directory = Path.of(args.length > 0 ? args[0] : "target/walkthrough");
        new GrpcWalkthrough(directory).run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        try {
            // gRPC releases its shared Netty event loops a second after the last channel and server are
            // gone; let them wind down before the JVM (or Maven's exec class loader) goes away.
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the demo server, tells the whole story to {@code out} over gRPC, stops the server; throws when a step goes wrong. */
    public void run(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
        String database = freshDatabase();
        ReferenceServer command = new ReferenceServer();
        new CommandLine(command).parseArgs("--demo", "--host", "127.0.0.1", "--port", "0", "--db", database);
        out.println("PropertyDesk over gRPC — a day at the desk of " + DemoOffice.NAME + " (Asia/Shanghai), told as a client");
        out.println("The reference server starts in demo mode on a fresh H2 file database, " + directory.resolve(DATABASE_FILE + ".mv.db") + ":");
        server = command.start(new PrintStream(new IndentingStream(out), true, StandardCharsets.UTF_8));
        try {
            clock = server.demoClock().getOrElseThrow(() -> new StoryWentWrong("the demo server has no demo clock"));
            channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
            out.println("Every step below is a gRPC call over a Netty channel to 127.0.0.1:" + server.port()
                    + ", with the bearer token of the person who acts.");
            out.println("The demo server's clock starts at " + show(clock.now()) + "; when the story jumps ahead, the demo server's clock"
                    + " is moved forward on the server object — the one thing not done over gRPC.");
            theRoster();
            theHandover();
            theComplaint();
            theWrongTransfer();
            theArrears();
            thePersonnelFile();
            theAudit();
            out.println();
            out.println("The day at the desk is over: every step turned out as the story says, every one over gRPC.");
        } finally {
            close();
        }
    }

    private String freshDatabase() {
        try {
            Files.createDirectories(directory);
            for (String suffix : List.of(".mv.db", ".trace.db", ".lock.db")) {
                Files.deleteIfExists(directory.resolve(DATABASE_FILE + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare " + directory, e);
        }
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve(DATABASE_FILE) + ";LOCK_TIMEOUT=10000";
    }

    private void close() {
        try {
            if (channel != null) {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
            server.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------------------------------ a

    private void theRoster() {
        section("a.", "The National Day roster over RosterService: drafted, validated, published (R-RO-1..R-RO-5)");
        RosterServiceGrpc.RosterServiceBlockingStub scheduler = as(RosterServiceGrpc.newBlockingStub(channel), "scheduler");
        LocalDate first = LocalDate.of(2026, 10, 1);
        LocalDate last = LocalDate.of(2026, 10, 10);
        Roster.Builder draft = Roster.newBuilder()
                .setDepartment(RosterDepartment.ROSTER_DEPARTMENT_CUSTOMER_SERVICE)
                .setFirstDate(first.toString()).setLastDate(last.toString())
                .addSchedulers(staff(demo.scheduler()));
        demo.posts().forEach(post -> draft.addPosts(post(post)));
        Roster roster = scheduler.createRoster(CreateRosterRequest.newBuilder().setParent(OFFICE).setRoster(draft).build()).getRoster();
        say(show(clock.now()) + "  " + name(demo.scheduler()) + ", the scheduler, calls CreateRoster for " + first + ".." + last
                + ": lobby, front desk, duty manager → " + roster.getName());

        at(9, 14, 9, 20);
        List<RosterAssignment> rotation = rotation(first, last);
        roster = scheduler.planRosterAssignments(PlanRosterAssignmentsRequest.newBuilder().setName(roster.getName())
                .addAllAdd(rotation).setEtag(roster.getEtag()).build()).getRoster();
        List<RosterViolation> found = scheduler.validateRoster(org.propertydesk.adapters.grpc.v1.ValidateRosterRequest.newBuilder()
                .setName(roster.getName()).build()).getViolationsList();
        say(show(clock.now()) + "  PlanRosterAssignments: " + rotation.size() + " shifts — four guards rotating night, day, evening,"
                + " off; two assistants at the front desk on working days; a manager on duty every day");
        say("            ValidateRoster finds " + found.size() + " violations, e.g. " + (found.isEmpty() ? "none" : describe(found.get(0))));
        expect(found.size() == 7 && found.stream().allMatch(v -> v.getRuleId().equals("R-RO-5")),
                "the lobby's day shift lacks its second guard on each of the seven holidays (加强值班)");

        at(9, 14, 9, 30);
        List<RosterAssignment> reinforcement = first.datesUntil(last.plusDays(1)).filter(calendar.holidays()::contains)
                .map(date -> assignment(demo.reserveGuard(), demo.lobby(), "D", date)).toList();
        roster = scheduler.planRosterAssignments(PlanRosterAssignmentsRequest.newBuilder().setName(roster.getName())
                .addAllAdd(reinforcement).setEtag(roster.getEtag()).build()).getRoster();
        found = scheduler.validateRoster(org.propertydesk.adapters.grpc.v1.ValidateRosterRequest.newBuilder()
                .setName(roster.getName()).build()).getViolationsList();
        say(show(clock.now()) + "  " + name(demo.reserveGuard()) + " is added to the lobby's day shift on the holidays; ValidateRoster"
                + " now finds " + found.size() + " violations");
        expect(found.isEmpty(), "the roster is valid once the holidays are strengthened");

        at(9, 14, 10, 0);
        roster = scheduler.publishRoster(PublishRosterRequest.newBuilder().setName(roster.getName()).setEtag(roster.getEtag()).build())
                .getRoster();
        expect(roster.getState() == RosterVersionState.ROSTER_VERSION_STATE_PUBLISHED, "the roster is published");
        say(show(clock.now()) + "  PublishRoster: " + roster.getState() + ", a week and more before 国庆节 (R-RO-5)");
        Roster published = scheduler.getRoster(GetRosterRequest.newBuilder().setName(roster.getName())
                .setView(RosterView.ROSTER_VIEW_FULL).build()).getRoster();
        out.println();
        printRoster(published, first, last);
    }

    /** A violation as ValidateRoster returns it, the post by its name and the time in Shanghai. */
    private String describe(RosterViolation violation) {
        String post = demo.posts().find(p -> post(p.id()).equals(violation.getPost())).map(Post::name).getOrElse(violation.getPost());
        return "(" + violation.getRuleId() + ", " + violation.getReason() + ") " + post + " on " + show(instant(violation.getStartTime()))
                + "–" + instant(violation.getEndTime()).atZone(DemoOffice.ZONE).toLocalTime() + ": fewer guards than a statutory holiday needs (加强值班)";
    }

    private List<RosterAssignment> rotation(LocalDate first, LocalDate last) {
        List<RosterAssignment> plan = new ArrayList<>();
        List<LocalDate> dates = first.datesUntil(last.plusDays(1)).toList();
        for (int day = 0; day < dates.size(); day++) {
            for (int guard = 0; guard < demo.guards().size(); guard++) {
                String shift = LOBBY_CYCLE[(day + guard) % 4];
                if (shift != null) {
                    plan.add(assignment(demo.guards().get(guard), demo.lobby(), shift, dates.get(day)));
                }
            }
        }
        for (LocalDate date : dates) {
            if (calendar.isWorkingDay(date)) {
                plan.add(assignment(demo.assistant(), demo.frontDesk(), "O", date));
                plan.add(assignment(demo.secondAssistant(), demo.frontDesk(), "O", date).toBuilder()
                        .setMealBreakStartTime("12:30").setMealBreakEndTime("13:00").build());
            }
        }
        for (int day = 0; day < dates.size(); day++) {
            plan.add(assignment(day % 2 == 0 ? demo.securitySupervisor() : demo.serviceSupervisor(), demo.dutyManagerPost(), "M",
                    dates.get(day)));
        }
        return plan;
    }

    private void printRoster(Roster roster, LocalDate first, LocalDate last) {
        List<RosterAssignment> assignments = roster.getVersions(roster.getVersionsCount() - 1).getAssignmentsList();
        String[] header = {"date", "lobby N 00-08", "lobby D 08-16", "lobby E 16-24", "front desk 08:30-17:30", "duty manager"};
        int[] widths = {14, 15, 15, 15, 24, 12};
        out.println("   " + row(header, widths));
        for (LocalDate date : first.datesUntil(last.plusDays(1)).toList()) {
            String mark = calendar.holidays().contains(date) ? " 休"
                    : calendar.isWorkingDay(date) && date.getDayOfWeek().getValue() >= 6 ? " 班" : "";
            out.println("   " + row(new String[] {
                DAY.format(date) + mark,
                held(assignments, demo.lobby(), "N", date),
                held(assignments, demo.lobby(), "D", date),
                held(assignments, demo.lobby(), "E", date),
                held(assignments, demo.frontDesk(), "O", date),
                held(assignments, demo.dutyManagerPost(), "M", date)}, widths));
        }
        say("(read back with GetRoster; 休: statutory holiday, two guards on the lobby's day shift; 班: make-up working day)");
        expect(held(assignments, demo.lobby(), "D", LocalDate.of(2026, 10, 1)).equals("李强 刘洋"), "two guards on the holiday day shift");
        expect(held(assignments, demo.frontDesk(), "O", LocalDate.of(2026, 10, 10)).equals("王芳 李娜"), "the front desk works the make-up Saturday");
        expect(held(assignments, demo.frontDesk(), "O", LocalDate.of(2026, 10, 3)).equals("—"), "the front desk is closed on the holiday");
    }

    private String held(List<RosterAssignment> assignments, PostId post, String shift, LocalDate date) {
        List<String> names = demo.staff().filter(member -> assignments.stream().anyMatch(a -> a.getPost().equals(post(post))
                && a.getShift().equals(shift) && a.getDate().equals(date.toString()) && a.getStaff().equals(staff(member.id()))))
                .map(StaffMember::name).toJavaList();
        return names.isEmpty() ? "—" : String.join(" ", names);
    }

    // ------------------------------------------------------------------------------------------ b

    private void theHandover() {
        section("b.", "The lobby's 08:00 handover on 国庆节 over HandoverService, during a fire alarm (R-HO-3, R-HO-5, R-HO-7)");
        HandoverServiceGrpc.HandoverServiceBlockingStub outgoing = as(HandoverServiceGrpc.newBlockingStub(channel), "guard-1");
        HandoverServiceGrpc.HandoverServiceBlockingStub incoming = as(HandoverServiceGrpc.newBlockingStub(channel), "guard-2");
        HandoverServiceGrpc.HandoverServiceBlockingStub supervisor = as(HandoverServiceGrpc.newBlockingStub(channel), "security-supervisor");
        Instant shiftChange = demo.holidayShiftChange().at();

        at(10, 1, 7, 30);
        RosterServiceGrpc.RosterServiceBlockingStub rosters = as(RosterServiceGrpc.newBlockingStub(channel), "security-supervisor");
        List<String> night = rosters.whoIsOnPost(WhoIsOnPostRequest.newBuilder().setPost(post(demo.lobby()))
                .setTime(timestamp(shiftChange.minusSeconds(60))).build()).getOnDutyList().stream().map(d -> nameOf(d.getStaff())).toList();
        List<String> day = rosters.whoIsOnPost(WhoIsOnPostRequest.newBuilder().setPost(post(demo.lobby()))
                .setTime(timestamp(shiftChange)).build()).getOnDutyList().stream().map(d -> nameOf(d.getStaff())).toList();
        say(show(clock.now()) + "  WhoIsOnPost, lobby: " + night + " until 08:00, then " + day + " — the published roster");
        expect(night.equals(List.of("张伟")) && day.contains("李强"), "张伟 goes off at 08:00 and 李强 comes on");

        Incident fire = outgoing.createIncident(CreateIncidentRequest.newBuilder().setParent(OFFICE).setIncident(Incident.newBuilder()
                .setKind(IncidentKind.INCIDENT_KIND_FIRE).setDescription("B座12楼烟感报警，消防巡查队已出动")).build()).getIncident();
        say(show(clock.now()) + "  张伟 (night shift) calls CreateIncident: a fire alarm in tower B, emergency level " + fire.getLevel().getNumber());
        expect(fire.getLevel().getNumber() == 1, "a fire is a level-1 emergency");

        at(10, 1, 7, 40);
        HandoverItem radio = item("radio-2", "对讲机 2号", HandoverItemCategory.HANDOVER_ITEM_CATEGORY_RADIO, 1);
        HandoverItem keys = item("show-flat-keys", "样板间钥匙", HandoverItemCategory.HANDOVER_ITEM_CATEGORY_SHOW_FLAT_KEY, 3);
        HandoverItem receipts = item("parking-receipts", "临时停车收费票据", HandoverItemCategory.HANDOVER_ITEM_CATEGORY_RECEIPTS, 20);
        Handover handover = outgoing.createHandover(CreateHandoverRequest.newBuilder().setParent(OFFICE).setHandover(Handover.newBuilder()
                .setPost(post(demo.lobby())).addRegister(radio).addRegister(keys).addRegister(receipts)).build()).getHandover();
        String name = handover.getName();
        outgoing.completeHandoverPreparation(CompleteHandoverPreparationRequest.newBuilder().setName(name).build());
        say(show(clock.now()) + "  张伟 prepares the handover (CreateHandover): radio no. 2, 3 show-flat keys, 20 parking receipts");

        at(10, 1, 7, 52);
        incoming.arriveForHandover(ArriveForHandoverRequest.newBuilder().setName(name).build());
        say(show(clock.now()) + "  李强 (day shift) arrives (ArriveForHandover)");

        at(10, 1, 7, 53);
        Refusal blocked = refused(() -> incoming.beginHandoverCount(BeginHandoverCountRequest.newBuilder().setName(name).build()),
                "beginning the count during the alarm");
        say(show(clock.now()) + "  BeginHandoverCount is refused: " + blocked);
        expect(blocked.code() == Status.Code.FAILED_PRECONDITION && blocked.reason().equals("OPEN_INCIDENT")
                && blocked.rule().equals("R-HO-3"), "the open fire alarm blocks the handover");

        at(10, 1, 8, 5);
        String responsible = outgoing.whoIsResponsibleForPost(WhoIsResponsibleForPostRequest.newBuilder().setPost(post(demo.lobby()))
                .setTime(timestamp(clock.now())).build()).getStaff();
        say(show(clock.now()) + "  WhoIsResponsibleForPost: still " + nameOf(responsible) + " — nobody leaves before the handover is signed (R-HO-7)");
        expect(responsible.equals(staff(demo.guards().get(0))), "the outgoing guard still answers for the post");

        at(10, 1, 8, 10);
        supervisor.resolveIncident(ResolveIncidentRequest.newBuilder().setName(fire.getName()).setEtag(fire.getEtag())
                .setSummary("厨房油烟触发烟感，已复位，无火情").build());
        say(show(clock.now()) + "  孙海, the security supervisor, finds kitchen smoke set off the detector (ResolveIncident)");

        at(10, 1, 8, 11);
        incoming.beginHandoverCount(BeginHandoverCountRequest.newBuilder().setName(name).build());
        Refusal unexplained = refused(() -> incoming.countHandoverItem(count(name, radio, HandoverItemCondition.HANDOVER_ITEM_CONDITION_MISSING,
                0, "")), "a missing radio without explanation");
        say(show(clock.now()) + "  the count begins; radio no. 2 is missing, and without an explanation CountHandoverItem is refused: "
                + unexplained);
        expect(unexplained.rule().equals("R-HO-5"), "a missing item must be explained");
        String explanation = "警报时借给消防巡查队，解除后归还";
        incoming.countHandoverItem(count(name, radio, HandoverItemCondition.HANDOVER_ITEM_CONDITION_MISSING, 0, explanation));
        incoming.countHandoverItem(count(name, keys, HandoverItemCondition.HANDOVER_ITEM_CONDITION_PRESENT, 3, ""));
        incoming.countHandoverItem(count(name, receipts, HandoverItemCondition.HANDOVER_ITEM_CONDITION_PRESENT, 20, ""));
        say("            with the explanation \"" + explanation + "\" the radio is counted MISSING, the keys and receipts present");

        at(10, 1, 8, 16);
        handover = outgoing.signHandover(SignHandoverRequest.newBuilder().setName(name).build()).getHandover();
        at(10, 1, 8, 17);
        Handover signed = incoming.signHandover(SignHandoverRequest.newBuilder().setName(name).setEtag(handover.getEtag()).build()).getHandover();
        HandoverItemCount radioCount = signed.getCountsList().stream().filter(c -> c.getItemId().equals(radio.getItemId())).findFirst()
                .orElseThrow(() -> new StoryWentWrong("the radio is not on the signed count"));
        responsible = incoming.whoIsResponsibleForPost(WhoIsResponsibleForPostRequest.newBuilder().setPost(post(demo.lobby()))
                .setTime(timestamp(clock.now())).build()).getStaff();
        say(show(clock.now()) + "  both sign (SignHandover): " + signed.getState() + ", radio no. 2 recorded "
                + radioCount.getCondition() + "; " + nameOf(responsible) + " now answers for the lobby (R-HO-7)");
        expect(signed.getState() == HandoverState.HANDOVER_STATE_SIGNED
                        && radioCount.getCondition() == HandoverItemCondition.HANDOVER_ITEM_CONDITION_MISSING
                        && radioCount.getExplanation().equals(explanation) && responsible.equals(staff(demo.guards().get(1))),
                "the handover is completed with the missing radio recorded, and the incoming guard answers for the post");
    }

    private static CountHandoverItemRequest count(String handover, HandoverItem item, HandoverItemCondition condition, int counted,
            String explanation) {
        return CountHandoverItemRequest.newBuilder().setName(handover).setItemId(item.getItemId()).setCondition(condition)
                .setCounted(counted).setExplanation(explanation).build();
    }

    private static HandoverItem item(String key, String name, HandoverItemCategory category, int registered) {
        return HandoverItem.newBuilder().setItemId(java.util.UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString())
                .setDisplayName(name).setCategory(category).setRegistered(registered).build();
    }

    // ------------------------------------------------------------------------------------------ c

    private void theComplaint() {
        section("c.", "A venting complaint over ComplaintService, its reply deadline missed, escalated (R-CO-1, R-CO-4, R-CO-5)");
        ComplaintServiceGrpc.ComplaintServiceBlockingStub clerk = as(ComplaintServiceGrpc.newBlockingStub(channel), "service-supervisor");

        at(10, 2, 10, 0);
        Complaint complaint = clerk.registerComplaint(org.propertydesk.adapters.grpc.v1.RegisterComplaintRequest.newBuilder().setParent(OFFICE)
                .setComplaint(Complaint.newBuilder().setComplainant(demo.inArrears().value()).setIntake(ComplaintIntake.newBuilder()
                        .setSubject(ComplaintSubject.COMPLAINT_SUBJECT_SECURITY).setLocation("3号楼前广场")
                        .setCause(ComplaintCause.COMPLAINT_CAUSE_NO_FAULT).setAsk(ComplaintAsk.COMPLAINT_ASK_BE_HEARD)
                        .setAccount("国庆假期每晚广场音响放到十一点，业主很生气，要求有人听他把话说完")))
                .build()).getComplaint();
        say(show(clock.now()) + "  the owner of " + demo.inArrears().value() + " complains to 陈静 about loud music on the square"
                + " (RegisterComplaint): " + classification(complaint.getClassification()));
        expect(complaint.getClassification().getType() == ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_COMMUNICATIVE,
                "a resident who wants to be heard is a communicative, venting complaint");
        String name = complaint.getName();
        clerk.advanceComplaint(AdvanceComplaintRequest.newBuilder().setName(name).setAction(ComplaintAction.COMPLAINT_ACTION_CONFIRM_IDENTITY).build());
        complaint = clerk.advanceComplaint(AdvanceComplaintRequest.newBuilder().setName(name)
                .setAction(ComplaintAction.COMPLAINT_ACTION_CHECK_PAYMENT_STATUS).build()).getComplaint();
        ComplaintTargetStanding answer = answerTarget(complaint);
        Instant due = instant(answer.getDueTime());
        say("            identity confirmed, payment status checked; the reply is due " + show(due)
                + ": 4 working days on the office calendar, the holiday does not count (R-CO-4)");
        expect(due.equals(shanghai(10, 12, 17, 30)), "4 working days after the holiday, the make-up Saturday included");

        ZonedDateTime late = at(10, 13, 9, 0);
        complaint = clerk.getComplaint(GetComplaintRequest.newBuilder().setName(name).build()).getComplaint();
        say(show(clock.now()) + "  GetComplaint: nobody has replied; " + complaint.getDueState());
        expect(complaint.getDueState() == ComplaintDueState.COMPLAINT_DUE_STATE_OVERDUE, "overdue the next working day");
        List<Complaint> swept = clerk.escalateOverdueComplaints(EscalateOverdueComplaintsRequest.newBuilder().setParent(OFFICE).build())
                .getComplaintsList();
        expect(swept.size() == 1 && swept.get(0).getName().equals(name), "the sweep escalates this complaint");
        Complaint effective = swept.get(0);
        ComplaintEscalation escalation = effective.getEscalations(0);
        say("            EscalateOverdueComplaints escalates it (R-CO-5): " + classification(escalation.getFromClassification()) + " → "
                + classification(effective.getClassification()) + ", trigger " + escalation.getTrigger() + " of " + show(instant(escalation.getMissedDueTime())));
        expect(effective.getClassification().getType() == ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_EFFECTIVE
                        && escalation.getTrigger() == ComplaintEscalationTrigger.COMPLAINT_ESCALATION_TRIGGER_DEADLINE_PASSED
                        && instant(escalation.getMissedDueTime()).equals(due),
                "the complaint is effective now, the passed deadline its trigger");
        expect(clerk.escalateOverdueComplaints(EscalateOverdueComplaintsRequest.newBuilder().setParent(OFFICE).build())
                .getComplaintsList().isEmpty(), "a second sweep escalates nothing more");
        say("            a second sweep finds nothing more (at " + show(late.toInstant()) + ")");
    }

    private static ComplaintTargetStanding answerTarget(Complaint complaint) {
        return complaint.getTargetsList().stream().filter(t -> t.getTarget() == ComplaintTarget.COMPLAINT_TARGET_ANSWER).findFirst()
                .orElseThrow(() -> new StoryWentWrong("the complaint has no reply target"));
    }

    private static String classification(ComplaintClassification classification) {
        return classification.getType() == ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_EFFECTIVE
                ? "effective (" + classification.getSubject().name().replace("COMPLAINT_SUBJECT_", "") + ")"
                : "communicative (" + classification.getCommunicativeKind().name().replace("COMPLAINT_COMMUNICATIVE_KIND_", "") + ")";
    }

    // ------------------------------------------------------------------------------------------ d

    private void theWrongTransfer() {
        section("d.", "A leak reported at the front desk, wrongly transferred to cleaning, over FirstContactService (R-FC-3, R-FC-5, R-FC-8)");
        FirstContactServiceGrpc.FirstContactServiceBlockingStub frontDesk = as(FirstContactServiceGrpc.newBlockingStub(channel), "assistant");
        FirstContactServiceGrpc.FirstContactServiceBlockingStub cleaning = as(FirstContactServiceGrpc.newBlockingStub(channel), "cleaning-lead");

        at(10, 13, 9, 30);
        ReceiveServiceRequestResponse received = frontDesk.receiveServiceRequest(ReceiveServiceRequestRequest.newBuilder().setParent(OFFICE)
                .setServiceRequest(ServiceRequest.newBuilder().setKind(ServiceRequestKind.SERVICE_REQUEST_KIND_HELP_REQUEST)
                        .setChannel(ServiceRequestChannel.SERVICE_REQUEST_CHANNEL_PHONE).setCustomerName("张先生")
                        .setCustomerContact("138-1234-0302").setMatter("5号楼302室客厅天花板漏水")
                        .setConcern(ServiceRequestConcern.newBuilder().addDepartments(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_ENGINEERING)))
                .build());
        String name = received.getServiceRequest().getName();
        say(show(clock.now()) + "  张先生 calls 王芳 at the front desk: water through his ceiling (ReceiveServiceRequest); routing ("
                + received.getRouting().getRuleId() + "): " + received.getRouting().getExplanation());
        expect(received.getRouting().getRuleId().equals("R-FC-3"), "a leak goes to engineering's supervisor");

        at(10, 13, 9, 32);
        frontDesk.transferServiceRequest(TransferServiceRequestRequest.newBuilder().setName(name).setRecipient(staff(demo.cleaningLead()))
                .setMethod(ServiceRequestTransferMethod.SERVICE_REQUEST_TRANSFER_METHOD_PHONE_BRIDGE)
                .setExpectedCompletionTime(timestamp(shanghai(10, 13, 16, 0))).build());
        say(show(clock.now()) + "  by mistake she bridges the call to 吴秀英, the cleaning lead (TransferServiceRequest)");
        clock.advance(Duration.ofMinutes(3));
        ServiceRequest accepted = cleaning.acceptServiceRequest(AcceptServiceRequestRequest.newBuilder().setName(name).setWrongTransfer(true)
                .build()).getServiceRequest();
        say(show(clock.now()) + "  吴秀英 sees it is not cleaning's and accepts it all the same (AcceptServiceRequest, wrong_transfer):"
                + " cleaning now holds it (R-FC-5)");
        expect(accepted.getHolder().equals(staff(demo.cleaningLead())), "cleaning holds the wrongly transferred request");

        Refusal bounce = refused(() -> cleaning.transferServiceRequest(TransferServiceRequestRequest.newBuilder().setName(name)
                .setRecipient(staff(demo.engineeringSupervisor()))
                .setMethod(ServiceRequestTransferMethod.SERVICE_REQUEST_TRANSFER_METHOD_PHONE_BRIDGE).build()), "passing it on");
        say("            passing it on to engineering is refused: " + bounce);
        expect(bounce.rule().equals("R-FC-5"), "a wrongly transferred request stays where it landed");
        Refusal brushOff = refused(() -> cleaning.replyToServiceRequest(ReplyToServiceRequestRequest.newBuilder().setName(name)
                .setText("这个不归我管，您找工程部吧").build()), "brushing the customer off");
        say("            telling him \"这个不归我管\" is refused: " + brushOff);
        expect(brushOff.rule().equals("R-FC-8"), "a forbidden answer is refused");

        at(10, 13, 9, 40);
        cleaning.fileServiceRequestCoordinationForm(FileServiceRequestCoordinationFormRequest.newBuilder().setName(name)
                .setLead(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING)
                .addDepartments(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING)
                .addDepartments(FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_ENGINEERING)
                .setCustomerServiceSupervisor(staff(demo.serviceSupervisor())).build());
        ServiceRequest replied = cleaning.replyToServiceRequest(ReplyToServiceRequestRequest.newBuilder().setName(name)
                .setText("工程部李明师傅下午两点上门，四点前修好").build()).getServiceRequest();
        say(show(clock.now()) + "  she files a coordination form with 陈静 and calls back herself: \"工程部李明师傅下午两点上门，四点前修好\"");
        expect(replied.getRepliesCount() == 1 && replied.getReplies(0).getDepartment() == FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_CLEANING,
                "cleaning, which accepted it, answers the customer");
    }

    // ------------------------------------------------------------------------------------------ e

    private void theArrears() {
        section("e.", "Arrears whose limitation period ends soon, over RiskNoticeService (R-RN-3)");
        RiskNoticeServiceGrpc.RiskNoticeServiceBlockingStub clerk = as(RiskNoticeServiceGrpc.newBlockingStub(channel), "assistant");

        at(10, 13, 16, 30);
        Arrears owed = clerk.createArrears(CreateArrearsRequest.newBuilder().setParent(OFFICE).setArrears(Arrears.newBuilder()
                .setFee("物业管理费 2024年10月").setDebtor(demo.inArrears().value()).setDueOn("2024-10-31")).build()).getArrears();
        clerk.createArrears(CreateArrearsRequest.newBuilder().setParent(OFFICE).setArrears(Arrears.newBuilder()
                .setFee("物业管理费 2025年6月").setDebtor("7-1102").setDueOn("2025-06-30")).build());
        say(show(clock.now()) + "  王芳 records two overdue fees (CreateArrears): " + demo.inArrears().value() + "'s of 2024-10-31 and 7-1102's of 2025-06-30");
        List<DemandDue> due = clerk.listDemandsDue(ListDemandsDueRequest.newBuilder().setParent(OFFICE).build()).getDemandsDueList();
        due.forEach(line -> say("            ListDemandsDue: " + line.getDebtor() + ", " + line.getFee() + ", due " + line.getDueOn()
                + " — limitation ends " + line.getLimitationEnds()));
        say("            a payment demand must be served by a legally recognised channel before then, or the claim lapses");
        expect(due.size() == 1 && due.get(0).getArrears().equals(owed.getName()) && due.get(0).getLimitationEnds().equals("2026-10-31"),
                "only the older arrears are near their limitation, which ends two years after the due date");
    }

    // ------------------------------------------------------------------------------------------ f

    private void thePersonnelFile() {
        section("f.", "A secret personnel file, over RecordsOfficeService (R-CF-2, R-CF-4, R-CF-8)");
        RecordsOfficeServiceGrpc.RecordsOfficeServiceBlockingStub keeper = as(RecordsOfficeServiceGrpc.newBlockingStub(channel), "records-keeper");
        RecordsOfficeServiceGrpc.RecordsOfficeServiceBlockingStub assistant = as(RecordsOfficeServiceGrpc.newBlockingStub(channel), "assistant");
        RecordsOfficeServiceGrpc.RecordsOfficeServiceBlockingStub manager = as(RecordsOfficeServiceGrpc.newBlockingStub(channel), "manager");

        at(10, 16, 10, 30);
        DocumentSummary file = keeper.createDocument(CreateDocumentRequest.newBuilder().setParent(OFFICE).setDocument(Document.newBuilder()
                .setTitle("刘志强 人事档案").setKind(DocumentKind.DOCUMENT_KIND_PERSONNEL_FILE).setSubject(staff(demo.manager()))).build())
                .getDocumentSummary();
        say(show(clock.now()) + "  何丽 registers 刘志强's personnel file (CreateDocument): " + file.getLevel() + " by its kind (R-CF-1)");

        at(10, 16, 10, 31);
        Refusal denied = refused(() -> assistant.getDocument(GetDocumentRequest.newBuilder().setName(file.getName()).build()),
                "the assistant reading the file");
        say(show(clock.now()) + "  王芳, a customer-service assistant, calls GetDocument: " + denied);
        expect(denied.code() == Status.Code.PERMISSION_DENIED && denied.rules().contains("R-CF-2") && denied.rules().contains("R-CF-8"),
                "above her clearance, and another person's personnel file");

        at(10, 16, 10, 40);
        Loan loan = manager.createLoan(CreateLoanRequest.newBuilder().setParent(OFFICE).setLoan(Loan.newBuilder()
                .setDocument(file.getName()).setTerm(LoanTerm.LOAN_TERM_SAME_DAY)).build()).getLoan();
        loan = manager.approveLoan(ApproveLoanRequest.newBuilder().setName(loan.getName()).setEtag(loan.getEtag()).build()).getLoan();
        say(show(clock.now()) + "  刘志强 needs his own file (R-CF-8: only its subject may read it) and asks for a same-day loan"
                + " (CreateLoan), which he approves as office manager (ApproveLoan, R-CF-4)");
        at(10, 16, 10, 45);
        Loan lent = keeper.lendLoan(LendLoanRequest.newBuilder().setName(loan.getName()).setEtag(loan.getEtag()).build()).getLoan();
        manager.consultDocument(ConsultDocumentRequest.newBuilder().setName(file.getName()).setAccess(DocumentAccess.DOCUMENT_ACCESS_TAKE_OUT).build());
        say(show(clock.now()) + "  何丽 lends it (LendLoan): " + lent.getStatus() + "; he takes it out on that loan (ConsultDocument TAKE_OUT)");
        expect(lent.getStatus() == LoanStatus.LOAN_STATUS_ON_LOAN, "the file is on loan");

        at(10, 16, 16, 30);
        Loan back = keeper.returnLoan(ReturnLoanRequest.newBuilder().setName(lent.getName()).setEtag(lent.getEtag()).build()).getLoan();
        say(show(clock.now()) + "  he returns it the same day (ReturnLoan): " + back.getStatus());
        expect(back.getStatus() == LoanStatus.LOAN_STATUS_RETURNED, "returned");
    }

    // ------------------------------------------------------------------------------------------ g

    private void theAudit() {
        section("g.", "The audit trail, verified by the office manager over AuditService (R-CF-9)");
        AuditServiceGrpc.AuditServiceBlockingStub manager = as(AuditServiceGrpc.newBlockingStub(channel), "manager");
        AuditServiceGrpc.AuditServiceBlockingStub assistant = as(AuditServiceGrpc.newBlockingStub(channel), "assistant");

        at(10, 16, 17, 0);
        Refusal notForAssistants = refused(() -> assistant.verifyAuditTrail(VerifyAuditTrailRequest.newBuilder().setOffice(OFFICE).build()),
                "an assistant verifying the audit trail");
        say(show(clock.now()) + "  王芳 may not verify the audit trail: " + notForAssistants);
        expect(notForAssistants.code() == Status.Code.PERMISSION_DENIED, "only the office manager or leadership verifies the trail");
        List<AuditEntry> entries = manager.listAuditEntries(ListAuditEntriesRequest.newBuilder().setParent(OFFICE).build()).getAuditEntriesList();
        int[] widths = {5, 18, 8, 19, 24, 6};
        for (AuditEntry entry : entries) {
            say("  " + row(new String[] {"#" + entry.getSequence(), show(instant(entry.getTime())), nameOf(entry.getActor()), entry.getAction(),
                entry.getOutcome().name(), entry.getRuleId()}, widths));
        }
        VerifyAuditTrailResponse verified = manager.verifyAuditTrail(VerifyAuditTrailRequest.newBuilder().setOffice(OFFICE).build());
        say("刘志强 calls VerifyAuditTrail: " + verified.getEntryCount() + " entries, chain " + (verified.getIntact() ? "intact" : "BROKEN"));
        expect(verified.getIntact() && verified.getEntryCount() == entries.size() && entries.size() >= 3,
                "every access decision of the story is there, in an unbroken chain");
    }

    // ------------------------------------------------------------------------------------------ telling

    /** Moves the demo server's clock forward to 2026-{@code month}-{@code day} {@code hour}:{@code minute} in Shanghai. */
    private ZonedDateTime at(int month, int day, int hour, int minute) {
        ZonedDateTime when = shanghai(month, day, hour, minute).atZone(DemoOffice.ZONE);
        if (clock != null && Duration.between(clock.now(), when.toInstant()).compareTo(Duration.ofHours(2)) > 0) {
            say("[the demo server's clock is moved forward to " + show(when.toInstant()) + "]");
        }
        if (clock != null) {
            clock.advanceTo(when.toInstant());
        }
        return when;
    }

    private static Instant shanghai(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, DemoOffice.ZONE).toInstant();
    }

    private <S extends AbstractStub<S>> S as(S stub, String who) {
        String token = server.demoTokens().get(who).getOrElseThrow(() -> new StoryWentWrong("no demo token for " + who));
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers)).withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    private static String staff(StaffId staff) {
        return OFFICE + "/staff/" + staff.value();
    }

    private static String post(PostId post) {
        return OFFICE + "/posts/" + post.value();
    }

    /** The name DemoOffice gives the staff member {@code offices/…/staff/…}. */
    private String nameOf(String staffName) {
        return demo.staff().find(member -> staff(member.id()).equals(staffName)).map(StaffMember::name).getOrElse(staffName);
    }

    private String name(StaffId staff) {
        return nameOf(staff(staff));
    }

    private RosterAssignment assignment(StaffId staff, PostId post, String shift, LocalDate date) {
        return RosterAssignment.newBuilder().setStaff(staff(staff)).setPost(post(post)).setShift(shift).setDate(date.toString()).build();
    }

    private static RosterPost post(Post post) {
        RosterPost.Builder message = RosterPost.newBuilder()
                .setName(post(post.id()))
                .setDisplayName(post.name())
                .setDepartment(RosterDepartment.valueOf("ROSTER_DEPARTMENT_" + post.department().name()))
                .setSupervisor(staff(post.supervisor()))
                .setAroundTheClock(post.aroundTheClock())
                .setWorkingDaysOnly(post.workingDaysOnly())
                .setDutyManagerPost(post.dutyManagerPost());
        for (Shift shift : post.pattern().shifts()) {
            RosterShift.Builder line = RosterShift.newBuilder().setCode(shift.code())
                    .setStartTime(time(shift.start(), false)).setEndTime(time(shift.end(), true))
                    .setOrdinaryStaffing(post.staffing(shift).ordinary()).setHolidayStaffing(post.staffing(shift).holiday());
            shift.mealBreak().forEach(window -> line.setMealBreakStartTime(time(window.start(), false))
                    .setMealBreakEndTime(time(window.end(), true)));
            message.addShifts(line);
        }
        return message.build();
    }

    private static String time(LocalTime time, boolean end) {
        return end && time.equals(LocalTime.MIDNIGHT) ? "24:00" : time.toString();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    private static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }

    private void section(String number, String title) {
        out.println();
        out.println(number + " " + title);
    }

    private void say(String text) {
        out.println("   " + text);
    }

    private static String show(Instant instant) {
        return WHEN.format(instant.atZone(DemoOffice.ZONE));
    }

    /** One table row, each cell padded to its column's width in terminal columns (a Chinese character takes two). */
    private static String row(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(cells[i]);
            if (i < cells.length - 1) {
                line.append(" ".repeat(Math.max(1, widths[i] - columns(cells[i]))));
            }
        }
        return line.toString();
    }

    private static int columns(String text) {
        return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ? 2 : 1).sum();
    }

    /** A call the story expects to be refused, and the refusal decoded from its status and rich error details. */
    private static Refusal refused(Runnable call, String step) {
        try {
            call.run();
        } catch (StatusRuntimeException e) {
            return Refusal.of(e);
        }
        throw new StoryWentWrong(step + " should have been refused, but was accepted");
    }

    /** A refused call: its status code, and the reason and rule ids of its {@code google.rpc.ErrorInfo}. */
    record Refusal(Status.Code code, String reason, String rule, String rules) {

        static Refusal of(StatusRuntimeException e) {
            com.google.rpc.Status details = StatusProto.fromThrowable(e);
            ErrorInfo info = ErrorInfo.getDefaultInstance();
            if (details != null) {
                for (Any any : details.getDetailsList()) {
                    if (any.is(ErrorInfo.class)) {
                        try {
                            info = any.unpack(ErrorInfo.class);
                        } catch (InvalidProtocolBufferException bad) {
                            throw new StoryWentWrong("an unreadable ErrorInfo: " + bad.getMessage());
                        }
                    }
                }
            }
            return new Refusal(e.getStatus().getCode(), info.getReason(), info.getMetadataOrDefault("rule_id", ""),
                    info.getMetadataOrDefault("rule_ids", ""));
        }

        @Override
        public String toString() {
            return code + ", reason " + (reason.isEmpty() ? "—" : reason) + ", rule " + (rules.isEmpty() ? "—" : rules.replace(",", ", "));
        }
    }

    private static void expect(boolean holds, String what) {
        if (!holds) {
            throw new StoryWentWrong("the story went wrong: expected that " + what);
        }
    }

    /** A step did not turn out as the story says. */
    static final class StoryWentWrong extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        StoryWentWrong(String message) {
            super(message);
        }
    }

    /** Indents what the server prints, so it reads as the server's part of the story. */
    private static final class IndentingStream extends java.io.OutputStream {
        private final PrintStream target;
        private boolean lineStart = true;

        IndentingStream(PrintStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            if (lineStart) {
                target.write('|');
                target.write(' ');
                target.write(' ');
            }
            target.write(b);
            lineStart = b == '\n';
        }

        @Override
        public void flush() {
            target.flush();
        }
    }
}
