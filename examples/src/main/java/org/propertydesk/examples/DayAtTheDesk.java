package org.propertydesk.examples;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.propertydesk.application.complaint.ComplaintDesk;
import org.propertydesk.application.confidentiality.RecordsOffice;
import org.propertydesk.application.firstcontact.FirstContactDesk;
import org.propertydesk.application.handover.HandoverDesk;
import org.propertydesk.application.handover.ShiftChange;
import org.propertydesk.application.kernel.AuditEntry;
import org.propertydesk.application.kernel.AuditLog;
import org.propertydesk.application.kernel.Identities;
import org.propertydesk.application.risk.RiskDesk;
import org.propertydesk.application.roster.RosterDesk;
import org.propertydesk.domain.complaint.Ask;
import org.propertydesk.domain.complaint.Cause;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintEvent;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.ComplaintOutcome;
import org.propertydesk.domain.complaint.DueState;
import org.propertydesk.domain.complaint.EscalationTrigger;
import org.propertydesk.domain.complaint.IntakeFacts;
import org.propertydesk.domain.complaint.Location;
import org.propertydesk.domain.complaint.QueueItem;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.complaint.Target;
import org.propertydesk.domain.complaint.TargetStanding;
import org.propertydesk.domain.confidentiality.Access;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.confidentiality.DocumentKind;
import org.propertydesk.domain.confidentiality.Loan;
import org.propertydesk.domain.confidentiality.LoanId;
import org.propertydesk.domain.confidentiality.LoanStatus;
import org.propertydesk.domain.confidentiality.LoanTerm;
import org.propertydesk.domain.firstcontact.Channel;
import org.propertydesk.domain.firstcontact.Concern;
import org.propertydesk.domain.firstcontact.RequestKind;
import org.propertydesk.domain.firstcontact.Routing;
import org.propertydesk.domain.firstcontact.ServiceRequest;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.firstcontact.Stage;
import org.propertydesk.domain.firstcontact.TransferMethod;
import org.propertydesk.domain.handover.Condition;
import org.propertydesk.domain.handover.EmergencyLevel;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverRejection;
import org.propertydesk.domain.handover.Incident;
import org.propertydesk.domain.handover.IncidentKind;
import org.propertydesk.domain.handover.Item;
import org.propertydesk.domain.handover.ItemCategory;
import org.propertydesk.domain.handover.ItemCount;
import org.propertydesk.domain.handover.ItemId;
import org.propertydesk.domain.handover.Signed;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Rejection;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.risk.Addressee;
import org.propertydesk.domain.risk.Evidence;
import org.propertydesk.domain.risk.Notice;
import org.propertydesk.domain.risk.Particulars;
import org.propertydesk.domain.risk.Party;
import org.propertydesk.domain.roster.Assignment;
import org.propertydesk.domain.roster.OnDuty;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.domain.roster.RosterPeriod;
import org.propertydesk.domain.roster.RosterPolicy;
import org.propertydesk.domain.roster.RosterRejection;
import org.propertydesk.domain.roster.RosterState;
import org.propertydesk.testkit.kernel.SettableClock;

/**
 * A day at the desk of 翠湖花园管理处 — in truth a month, from the National Day roster in September to
 * the audit in mid-October — told step by step on an {@link EmbeddedDesk} over one database, on a
 * clock that starts at a fixed instant and moves only when the story says so. Each step prints what
 * happened and the rule that decided it, and each outcome is checked: when a step does not turn out
 * as told, the story stops with an exception (and {@link #main} exits non-zero).
 *
 * <ol type="a">
 *   <li>the National Day roster is drafted, planned, validated and published (R-RO-1..R-RO-5);
 *   <li>a handover in the lobby is refused while a fire alarm is open, then completed with a missing
 *       radio recorded (R-HO-3, R-HO-5, R-HO-7);
 *   <li>a venting complaint misses its reply deadline over the holiday and is escalated to effective
 *       (R-CO-3, R-CO-4, R-CO-5);
 *   <li>a leak reported at the front desk is wrongly transferred to cleaning, which must keep it
 *       (R-FC-3, R-FC-5, R-FC-7, R-FC-8);
 *   <li>arrears near the end of their limitation period get their payment demand (R-RN-3);
 *   <li>a secret personnel file is denied to an assistant and lent to the office manager (R-CF-2,
 *       R-CF-4, R-CF-8);
 *   <li>the office manager verifies the audit trail, which also shows a forged entry (R-CF-9).
 * </ol>
 *
 * <p>Every run sets up a new office (the database may be a file that outlives the run), so running
 * the story again on the same database tells it again.
 */
public final class DayAtTheDesk {

    /** Monday 14 September 2026, 09:00 in Shanghai: the morning the National Day roster is drawn up. */
    public static final Instant START = ZonedDateTime.of(2026, 9, 14, 9, 0, 0, 0, DemoOffice.ZONE).toInstant();

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MM-dd HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MM-dd", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);
    private static final String[] LOBBY_CYCLE = {"N", "D", "E", null};
    /** Flyway's start-up notes would interleave with the story told by {@link #main}: only its warnings are shown. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    private final DataSource database;
    private final SettableClock clock = SettableClock.at(START);
    private final Identities identities = Identities.random();
    private final EmbeddedDesk desk;
    private PrintStream out = System.out;
    private DemoOffice demo;
    private OfficeId office;
    private BusinessCalendar calendar;

    public DayAtTheDesk(DataSource database) {
        this.database = Objects.requireNonNull(database, "database");
        this.desk = EmbeddedDesk.on(database, clock, identities);
    }

    /** Tells the story on an H2 file database under {@code target/walkthrough/}, or on the JDBC URL given. */
    public static void main(String[] args) {
        FLYWAY.setLevel(Level.WARNING);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(args.length > 0 ? args[0] : "jdbc:h2:file:./target/walkthrough/propertydesk;LOCK_TIMEOUT=10000");
        new DayAtTheDesk(h2).run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /** Tells the whole story to {@code out}; throws when any step does not turn out as told. */
    public OfficeId run(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
        theOffice();
        theRoster();
        theHandover();
        theComplaint();
        theWrongTransfer();
        theArrears();
        thePersonnelFile();
        theAudit();
        out.println();
        out.println("The day at the desk is over: every step turned out as the story says.");
        return office;
    }

    // ------------------------------------------------------------------------------------------ 0

    private void theOffice() {
        office = new OfficeId(identities.next());
        demo = DemoOffice.seed(desk, office);
        calendar = desk.calendar().of(office).getOrElseThrow(() -> new StoryWentWrong("the office has no calendar"));
        Seq<StaffMember> staff = desk.directory().staffOf(office);

        out.println("PropertyDesk — a day at the desk of " + DemoOffice.NAME + " (Asia/Shanghai), office " + office);
        out.println("The clock starts at " + show(clock.now()) + " and moves only when the story says so.");
        section("0.", "The office: its staff and their line, its calendar (K-3, K-4)");
        say(staff.size() + " staff, from company leadership to the guards; every one but the leader has one direct superior");
        expect(staff.size() == demo.staff().size(), "every staff member is in the directory");
        expect(staff.count(member -> member.superior().isEmpty()) == 1, "only the leader has no superior");
        String line = lineUp(demo.guards().head());
        say("a guard's line up: " + line);
        expect(line.equals("张伟 → 孙海 → 刘志强 → 周建国"), "the guard's line ends at company leadership");
        var refused = StaffMember.of(new StaffId(identities.next()), office, " ", Role.CLEANER, Department.CLEANING, Option.none());
        say("a cleaner with no name and no superior is refused, both reasons at once (" + rules(refused.getLeft()) + ")");
        expect(refused.getLeft().reasons().size() == 2 && refused.getLeft().names(Rule.K_4), "both problems are reported at once");
        say("hours 08:30–17:30, lunch 12:00–13:30; the 2026 statutory holidays with their make-up days, e.g. 国庆节 10-01..10-07,");
        say("worked on Sun 09-20 and Sat 10-10");
        expect(!calendar.isWorkingDay(LocalDate.of(2026, 10, 5)) && calendar.isWorkingDay(LocalDate.of(2026, 10, 10))
                        && calendar.isWorkingDay(LocalDate.of(2026, 9, 20)) && !calendar.isWorkingDay(LocalDate.of(2026, 2, 17)),
                "holidays are off and make-up days are worked");
        say("complaints are replied to within 4 working days (the service plan, R-CO-4); unit " + demo.inArrears()
                + " is behind with its fees");
    }

    // ------------------------------------------------------------------------------------------ a

    private void theRoster() {
        section("a.", "The National Day roster: drafted, planned, validated, published (R-RO-1..R-RO-5)");
        RosterDesk rosters = desk.roster();
        RosterPeriod period = new RosterPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 10));
        Roster draft = accepted(rosters.draft(new RosterDesk.DraftRoster(office, demo.scheduler(), Department.CUSTOMER_SERVICE,
                period, demo.posts(), HashSet.of(demo.scheduler()))), "drafting the roster");
        say(show(clock.now()) + "  " + name(demo.scheduler()) + ", the scheduler (考勤员), drafts the roster for " + period
                + ": lobby, front desk, duty manager");

        clock.advance(Duration.ofMinutes(20));
        Seq<Assignment> rotation = rotation(period);
        accepted(rosters.plan(new RosterDesk.PlanAssignments(office, demo.scheduler(), draft.id(), rotation, List.empty())),
                "planning the rotation");
        Seq<RosterRejection.RosterViolation> found = accepted(rosters.validate(office, demo.scheduler(), draft.id()), "validating");
        say(show(clock.now()) + "  she plans " + rotation.size() + " shifts: four guards rotating night, day, evening, off;"
                + " two assistants at the front desk on working days; a manager on duty every day");
        RosterRejection.RosterViolation first = found.headOption()
                .getOrElseThrow(() -> new StoryWentWrong("the plan without holiday reinforcement should not be valid"));
        say("validation finds " + found.size() + " violations, e.g. (" + first.rule().id() + ") " + describe(first));
        expect(found.size() == 7 && found.forAll(violation -> violation instanceof RosterRejection.HolidayDutyNotStrengthened),
                "the lobby's day shift lacks its second guard on each of the seven holidays (加强值班)");

        clock.advance(Duration.ofMinutes(10));
        Seq<Assignment> reinforcement = period.dates().filter(calendar.holidays()::contains)
                .map(date -> Assignment.of(demo.reserveGuard(), demo.lobby(), "D", date));
        accepted(rosters.plan(new RosterDesk.PlanAssignments(office, demo.scheduler(), draft.id(), reinforcement, List.empty())),
                "planning the reinforcement");
        found = accepted(rosters.validate(office, demo.scheduler(), draft.id()), "validating again");
        say(show(clock.now()) + "  she adds " + name(demo.reserveGuard()) + " to the lobby's day shift on the holidays; validation"
                + " now finds " + found.size() + " violations");
        expect(found.isEmpty(), "the roster is valid once the holidays are strengthened");

        Instant due = draft.publicationDue(calendar, RosterPolicy.defaults());
        expect(due.equals(at(9, 24, 0, 0)), "a holiday roster is due 7 days before the holiday");
        clock.advance(Duration.ofMinutes(30));
        Roster published = accepted(rosters.publish(office, demo.scheduler(), draft.id()), "publishing");
        expect(published.current().state() == RosterState.PUBLISHED, "the roster is published");
        say(show(clock.now()) + "  published, before " + show(due) + " when a roster for 国庆节 is due (R-RO-5: a week ahead)");
        out.println();
        printRoster(published, period);
    }

    /** Four guards rotate night, day, evening, off; two assistants on working days with staggered lunches; two managers alternate. */
    private Seq<Assignment> rotation(RosterPeriod period) {
        Seq<Assignment> lobby = period.dates().zipWithIndex().flatMap(day -> demo.guards().zipWithIndex()
                .filter(guard -> LOBBY_CYCLE[(day._2 + guard._2) % 4] != null)
                .map(guard -> Assignment.of(guard._1, demo.lobby(), LOBBY_CYCLE[(day._2 + guard._2) % 4], day._1)));
        Seq<Assignment> frontDesk = period.dates().filter(calendar::isWorkingDay).flatMap(date -> List.of(
                Assignment.of(demo.assistant(), demo.frontDesk(), "O", date),
                Assignment.of(demo.secondAssistant(), demo.frontDesk(), "O", date).withMealBreak(LocalTime.of(12, 30), LocalTime.of(13, 0))));
        Seq<Assignment> managers = period.dates().zipWithIndex().map(day -> Assignment.of(
                day._2 % 2 == 0 ? demo.securitySupervisor() : demo.serviceSupervisor(), demo.dutyManagerPost(), "M", day._1));
        return lobby.appendAll(frontDesk).appendAll(managers);
    }

    private void printRoster(Roster roster, RosterPeriod period) {
        Seq<Assignment> assignments = roster.published().get().assignments().toList();
        String[] header = {"date", "lobby N 00-08", "lobby D 08-16", "lobby E 16-24", "front desk 08:30-17:30", "duty manager"};
        int[] widths = {14, 15, 15, 15, 24, 12};
        out.println("   " + row(header, widths));
        for (LocalDate date : period.dates()) {
            String mark = calendar.holidays().contains(date) ? " 休" : calendar.isWorkingDay(date) && isWeekend(date) ? " 班" : "";
            out.println("   " + row(new String[] {
                DAY.format(date) + mark,
                held(assignments, demo.lobby(), "N", date),
                held(assignments, demo.lobby(), "D", date),
                held(assignments, demo.lobby(), "E", date),
                held(assignments, demo.frontDesk(), "O", date),
                held(assignments, demo.dutyManagerPost(), "M", date)}, widths));
        }
        say("(休: statutory holiday, two guards on the lobby's day shift; 班: make-up working day, the front desk is staffed)");
        expect(held(assignments, demo.lobby(), "D", LocalDate.of(2026, 10, 1)).equals("李强 刘洋"), "two guards on the holiday day shift");
        expect(held(assignments, demo.frontDesk(), "O", LocalDate.of(2026, 10, 10)).equals("王芳 李娜"), "the front desk works the make-up Saturday");
        expect(held(assignments, demo.frontDesk(), "O", LocalDate.of(2026, 10, 3)).equals("—"), "the front desk is closed on the holiday");
    }

    private String held(Seq<Assignment> assignments, PostId post, String shift, LocalDate date) {
        Seq<String> names = assignments.filter(a -> a.post().equals(post) && a.shift().equals(shift) && a.date().equals(date))
                .map(a -> demo.staff().find(member -> member.id().equals(a.staff())).map(StaffMember::name).getOrElse("?"))
                .sortBy(this::rosterOrder);
        return names.isEmpty() ? "—" : names.mkString(" ");
    }

    /** Names in the order the office lists its staff, so the table reads the same on every run. */
    private int rosterOrder(String name) {
        return demo.staff().map(StaffMember::name).indexOf(name);
    }

    // ------------------------------------------------------------------------------------------ b

    private void theHandover() {
        section("b.", "The lobby's 08:00 handover on 国庆节, during a fire alarm (R-HO-3, R-HO-5, R-HO-7)");
        HandoverDesk handovers = desk.handover();
        Instant shiftChange = at(10, 1, 8, 0);
        // The handover desk learns the coming shift change from the published roster: who stands the
        // post before 08:00 and who after (the reserve guard only strengthens the holiday day shift).
        Seq<StaffId> before = desk.roster().whoIsOnPost(office, demo.lobby(), shiftChange.minusSeconds(60)).map(OnDuty::staff);
        Seq<StaffId> after = desk.roster().whoIsOnPost(office, demo.lobby(), shiftChange).map(OnDuty::staff)
                .remove(demo.reserveGuard());
        expect(before.size() == 1 && after.size() == 1, "one guard goes off and one comes on");
        StaffId outgoing = before.head();
        StaffId incoming = after.head();
        desk.scheduleShiftChange(office, new ShiftChange(demo.lobby(), Department.SECURITY, outgoing, incoming, shiftChange));

        clock.set(at(10, 1, 7, 30));
        Incident fire = accepted(handovers.reportIncident(new HandoverDesk.ReportIncident(office, outgoing, IncidentKind.FIRE,
                HashSet.empty(), "B座12楼烟感报警，消防巡查队已出动")), "reporting the fire alarm");
        say(show(clock.now()) + "  " + name(outgoing) + " (night shift) reports a fire alarm in tower B: level "
                + (fire.level() == EmergencyLevel.LEVEL_1 ? "1, every post on alert" : fire.level()));

        clock.set(at(10, 1, 7, 40));
        Item radio = new Item(new ItemId(identities.next()), "对讲机 2号", ItemCategory.RADIO, 1);
        Item keys = new Item(new ItemId(identities.next()), "样板间钥匙", ItemCategory.SHOW_FLAT_KEY, 3);
        Item receipts = new Item(new ItemId(identities.next()), "临时停车收费票据", ItemCategory.RECEIPTS, 20);
        Handover handover = accepted(handovers.prepare(new HandoverDesk.Prepare(office, outgoing, demo.lobby(),
                List.of(radio, keys, receipts))), "preparing the handover");
        accepted(handovers.completePreparation(new HandoverDesk.Act(office, outgoing, handover.id())), "completing preparation");
        say(show(clock.now()) + "  " + name(outgoing) + " prepares the handover: radio no. 2, 3 show-flat keys, 20 parking receipts");

        clock.set(at(10, 1, 7, 52));
        accepted(handovers.arrive(new HandoverDesk.Act(office, incoming, handover.id())), "arriving");
        say(show(clock.now()) + "  " + name(incoming) + " (day shift) arrives, 8 minutes early (R-HO-4)");

        clock.set(at(10, 1, 7, 53));
        Rejections<HandoverRejection> blocked = refused(handovers.beginCount(new HandoverDesk.Act(office, incoming, handover.id())),
                "the handover during the alarm");
        say(show(clock.now()) + "  they try to begin the count: refused (" + rules(blocked) + "): no handover while the fire alarm"
                + " reported at 07:30 is unresolved");
        expect(blocked.reasons().equals(List.of(new HandoverRejection.OpenIncident(fire.id(), IncidentKind.FIRE, EmergencyLevel.LEVEL_1))),
                "the open fire alarm, and only it, blocks the handover");

        clock.set(at(10, 1, 8, 5));
        StaffId responsible = handovers.responsibleFor(office, demo.lobby(), clock.now()).getOrNull();
        say(show(clock.now()) + "  past 08:00 the post is still " + name(responsible) + "'s: nobody leaves before the handover is signed (R-HO-7)");
        expect(outgoing.equals(responsible), "the outgoing guard still answers for the post");

        clock.set(at(10, 1, 8, 10));
        accepted(handovers.resolveIncident(new HandoverDesk.ResolveIncident(office, demo.securitySupervisor(), fire.id(),
                "厨房油烟触发烟感，已复位，无火情")), "resolving the alarm");
        say(show(clock.now()) + "  " + name(demo.securitySupervisor()) + ", manager on duty, finds kitchen smoke set off the detector"
                + " and resolves the alarm");

        clock.set(at(10, 1, 8, 11));
        accepted(handovers.beginCount(new HandoverDesk.Act(office, incoming, handover.id())), "beginning the count");
        Rejections<HandoverRejection> unexplained = refused(handovers.count(new HandoverDesk.CountItem(office, incoming, handover.id(),
                radio.id(), Condition.MISSING, 0, Option.none())), "a missing radio without explanation");
        say(show(clock.now()) + "  the count begins; radio no. 2 is missing, and without an explanation the count is refused ("
                + rules(unexplained) + ")");
        expect(unexplained.names(Rule.R_HO_5), "a missing item must be explained");
        String explanation = "警报时借给消防巡查队，解除后归还";
        accepted(handovers.count(new HandoverDesk.CountItem(office, incoming, handover.id(), radio.id(), Condition.MISSING, 0,
                Option.some(explanation))), "counting the radio");
        accepted(handovers.count(new HandoverDesk.CountItem(office, incoming, handover.id(), keys.id(), Condition.PRESENT, 3,
                Option.none())), "counting the keys");
        accepted(handovers.count(new HandoverDesk.CountItem(office, incoming, handover.id(), receipts.id(), Condition.PRESENT, 20,
                Option.none())), "counting the receipts");
        say("            " + name(outgoing) + " explains: " + explanation + " — recorded with the count (R-HO-5)");

        clock.set(at(10, 1, 8, 16));
        accepted(handovers.sign(new HandoverDesk.Act(office, outgoing, handover.id())), "the outgoing signature");
        clock.set(at(10, 1, 8, 17));
        Handover done = accepted(handovers.sign(new HandoverDesk.Act(office, incoming, handover.id())), "the incoming signature");
        expect(done instanceof Signed, "both signatures complete the handover");
        ItemCount radioCount = ((Signed) done).count().results().get(radio.id()).get();
        expect(radioCount.condition() == Condition.MISSING && radioCount.explanation().contains(explanation),
                "the missing radio is on the signed record with its explanation");
        responsible = handovers.responsibleFor(office, demo.lobby(), clock.now()).getOrNull();
        expect(incoming.equals(responsible), "the incoming guard answers for the post once both signed");
        say(show(clock.now()) + "  both have signed: completed, radio no. 2 recorded MISSING; " + name(incoming)
                + " now answers for the lobby (R-HO-7)");
    }

    // ------------------------------------------------------------------------------------------ c

    private void theComplaint() {
        section("c.", "A venting complaint over the holiday, its reply deadline missed, escalated (R-CO-3, R-CO-4, R-CO-5)");
        ComplaintDesk complaints = desk.complaints();
        StaffId clerk = demo.serviceSupervisor();

        clock.set(at(10, 2, 10, 0));
        IntakeFacts facts = new IntakeFacts(Subject.SECURITY, new Location("3号楼前广场"), new Cause.NoFault(), Ask.BE_HEARD,
                Option.none(), false, "国庆假期每晚广场音响放到十一点，业主很生气，觉得物业不作为，要求有人听他把话说完");
        Complaint registered = accepted(complaints.register(new ComplaintDesk.Register(office, clerk, demo.inArrears().value(), facts)),
                "registering the complaint").complaint();
        ComplaintId id = registered.id();
        say(show(clock.now()) + "  the owner of " + demo.inArrears() + " complains to " + nameOnDuty(clerk) + " about loud music"
                + " on the square every night:");
        say("            " + registered.classification() + ", he wants to be heard (R-CO-1)");
        expect(!registered.classification().isEffective(), "a resident who wants to be heard is a communicative, venting complaint");

        clock.set(at(10, 2, 10, 5));
        accepted(complaints.advance(new ComplaintDesk.Advance(office, clerk, id, ComplaintDesk.Step.CONFIRM_IDENTITY)), "confirming identity");
        clock.set(at(10, 2, 10, 6));
        ComplaintOutcome checked = accepted(complaints.advance(new ComplaintDesk.Advance(office, clerk, id,
                ComplaintDesk.Step.CHECK_PAYMENT_STATUS)), "checking the payment status");
        String standing = checked.events().filter(ComplaintEvent.PaymentStatusChecked.class::isInstance)
                .map(event -> ((ComplaintEvent.PaymentStatusChecked) event).standing().toString()).getOrElse("?");
        say(show(clock.now()) + "  identity confirmed; the fee ledger says " + standing + " (R-CO-3 ②③)");
        expect(standing.equals("IN_ARREARS"), "the ledger reports the owner in arrears");

        TargetStanding reply = answerTarget(complaints, clerk, id);
        Instant due = reply.deadline().due();
        say("            the reply is due " + show(due) + ": 4 working days on the office calendar —"
                + " 10-08, 10-09, 10-10 (make-up Saturday), 10-12 — the holiday does not count (R-CO-4)");
        expect(due.equals(at(10, 12, 17, 30)), "4 working days after the holiday, the make-up Saturday included");

        clock.set(at(10, 12, 14, 0));
        TargetStanding soon = answerTarget(complaints, clerk, id);
        say(show(clock.now()) + "  nobody has replied; the work queue shows it " + soon.state() + ", "
                + hours(soon.workingTimeLeft()) + " of working time left");
        expect(soon.state() == DueState.DUE_SOON && soon.workingTimeLeft().equals(Duration.ofMinutes(210)),
                "due soon with the afternoon left");

        clock.set(calendar.plusWorkingTime(due, Duration.ofMinutes(30)));
        TargetStanding late = answerTarget(complaints, clerk, id);
        say(show(clock.now()) + "  half an hour of working time past the deadline (the night does not count): " + late.state());
        expect(clock.now().equals(at(10, 13, 9, 0)) && late.state() == DueState.OVERDUE, "overdue at 09:00 the next working day");

        Seq<ComplaintOutcome> escalated = complaints.escalateOverdue(office);
        expect(escalated.size() == 1 && escalated.head().complaint().id().equals(id), "the sweep escalates this complaint");
        Complaint effective = escalated.head().complaint();
        say("            the overdue sweep escalates it (R-CO-5): " + registered.classification() + " → "
                + effective.classification() + ", trigger: deadline passed " + show(due));
        expect(effective.classification().isEffective()
                        && effective.escalations().equals(List.of(new EscalationTrigger.DeadlinePassed(Target.ANSWER, due))),
                "the complaint is effective now, with the passed deadline as its trigger");
        expect(complaints.escalateOverdue(office).isEmpty(), "a second sweep escalates nothing more");
        say("            a second sweep finds nothing more; the complaint now follows the effective procedure (R-CO-2)");
    }

    private TargetStanding answerTarget(ComplaintDesk complaints, StaffId actor, ComplaintId id) {
        return complaints.workQueue(office, actor).find(item -> item.complaint().equals(id))
                .flatMap(QueueItem::next).filter(standing -> standing.target() == Target.ANSWER)
                .getOrElseThrow(() -> new StoryWentWrong("the complaint's reply target is not in the work queue"));
    }

    // ------------------------------------------------------------------------------------------ d

    private void theWrongTransfer() {
        section("d.", "A leak reported at the front desk, wrongly transferred to cleaning (R-FC-3, R-FC-5, R-FC-7, R-FC-8)");
        FirstContactDesk firstContact = desk.firstContact();
        StaffId frontDesk = demo.assistant();
        StaffId cleaning = demo.cleaningLead();

        clock.set(at(10, 13, 9, 30));
        FirstContactDesk.Received received = accepted(firstContact.receive(new FirstContactDesk.Receive(office, frontDesk,
                RequestKind.HELP_REQUEST, Channel.PHONE, "张先生", "138-1234-0302", "5号楼302室客厅天花板漏水",
                Concern.of(Department.ENGINEERING))), "receiving the call");
        ServiceRequestId id = received.request().id();
        say(show(clock.now()) + "  张先生 calls " + name(frontDesk) + " at the front desk: water through his living-room ceiling."
                + " She owns it now (R-FC-1)");
        say("            routing (" + received.routing().rule().id() + "): " + received.routing().explanation());
        expect(received.routing() instanceof Routing.TransferToResponsibleSupervisor to && to.department() == Department.ENGINEERING
                && received.routing().rule() == Rule.R_FC_3, "a leak goes to engineering's supervisor");

        clock.set(at(10, 13, 9, 32));
        accepted(firstContact.transfer(new FirstContactDesk.Transfer(office, frontDesk, id, cleaning, TransferMethod.PHONE_BRIDGE,
                Option.none(), Option.some(at(10, 13, 16, 0)))), "the transfer");
        say(show(clock.now()) + "  by mistake she bridges the call to " + name(cleaning) + ", the cleaning lead, promising"
                + " completion by 16:00 (R-FC-9)");

        clock.set(at(10, 13, 9, 35));
        ServiceRequest accepted = accepted(firstContact.accept(new FirstContactDesk.Accept(office, cleaning, id, true)), "accepting");
        say(show(clock.now()) + "  " + name(cleaning) + " sees it is not cleaning's, and accepts it all the same (R-FC-5):"
                + " cleaning now holds it toward the customer");
        expect(accepted.holder().contains(cleaning) && accepted.wronglyTransferred(), "cleaning holds the wrongly transferred request");

        Rejections<?> bounce = refused(firstContact.transfer(new FirstContactDesk.Transfer(office, cleaning, id,
                demo.engineeringSupervisor(), TransferMethod.PHONE_BRIDGE, Option.none(), Option.none())), "passing it on");
        say("            she tries to pass it to " + name(demo.engineeringSupervisor()) + " in engineering: refused ("
                + rules(bounce) + "): a wrongly transferred request stays where it landed");
        expect(bounce.names(Rule.R_FC_5), "the request may not be transferred again");
        Rejections<?> brushOff = refused(firstContact.reply(new FirstContactDesk.Reply(office, cleaning, id, "这个不归我管，您找工程部吧")),
                "brushing the customer off");
        say("            nor may she tell him \"这个不归我管\": refused (" + rules(brushOff) + ")");
        expect(brushOff.names(Rule.R_FC_8), "a forbidden answer is refused");

        clock.set(at(10, 13, 9, 40));
        accepted(firstContact.fileCoordinationForm(new FirstContactDesk.FileCoordinationForm(office, cleaning, id, Department.CLEANING,
                TreeSet.of(Department.CLEANING, Department.ENGINEERING), demo.serviceSupervisor())), "filing the coordination form");
        say(show(clock.now()) + "  she files a coordination form (客户接待事项协调单) with " + name(demo.serviceSupervisor())
                + ": cleaning leads, engineering repairs");
        Rejections<?> notHers = refused(firstContact.reply(new FirstContactDesk.Reply(office, frontDesk, id, "工程部下午上门")),
                "the front desk replying");
        say("            the front desk may not answer for cleaning (" + rules(notHers) + "); " + name(cleaning) + " calls back herself:");
        expect(notHers.names(Rule.R_FC_5), "the reply comes from the accepting department");
        accepted(firstContact.reply(new FirstContactDesk.Reply(office, cleaning, id, "工程部李明师傅下午两点上门，四点前修好")), "replying");
        say("            \"工程部李明师傅下午两点上门，四点前修好\"");
        expect(firstContact.stillMine(office, frontDesk).map(ServiceRequest::id).contains(id),
                "the front desk still answers for the request until completion is reported");

        clock.set(at(10, 13, 16, 0));
        ServiceRequest completed = accepted(firstContact.reportCompletion(new FirstContactDesk.ReportCompletion(office, cleaning, id,
                at(10, 13, 15, 30), "李明更换破裂水管，天花板已修补", demo.serviceSupervisor())), "reporting completion");
        expect(completed.status() == Stage.Status.COMPLETED && firstContact.stillMine(office, frontDesk).isEmpty(),
                "the first contact's responsibility ends when completion is reported");
        say(show(clock.now()) + "  cleaning reports it done at 15:30 to " + name(demo.serviceSupervisor()) + "; only now is it off "
                + name(frontDesk) + "'s list (R-FC-7)");
        clock.set(at(10, 13, 16, 5));
        ServiceRequest closed = accepted(firstContact.close(new FirstContactDesk.Close(office, demo.serviceSupervisor(), id)), "closing");
        expect(closed.status() == Stage.Status.CLOSED, "the supervisor closes it");
        say(show(clock.now()) + "  " + name(demo.serviceSupervisor()) + " closes it");
    }

    // ------------------------------------------------------------------------------------------ e

    private void theArrears() {
        section("e.", "Arrears whose limitation period ends soon (R-RN-3)");
        RiskDesk risk = desk.risk();
        StaffId clerk = demo.assistant();
        String debtor = demo.inArrears().value();

        clock.set(at(10, 13, 16, 30));
        var owed = accepted(risk.recordArrears(new RiskDesk.RecordArrears(office, clerk, "物业管理费 2024年10月", debtor,
                LocalDate.of(2024, 10, 31))), "recording the arrears");
        accepted(risk.recordArrears(new RiskDesk.RecordArrears(office, clerk, "物业管理费 2025年6月", "7-1102",
                LocalDate.of(2025, 6, 30))), "recording the newer arrears");
        say(show(clock.now()) + "  " + name(clerk) + " takes two overdue fees from the ledger: " + debtor + "'s of 2024-10-31 and"
                + " 7-1102's of 2025-06-30");
        Seq<RiskDesk.DemandDue> dueList = risk.demandsDue(office, clerk);
        expect(dueList.size() == 1 && dueList.head().arrears().equals(owed.id()), "only the older arrears are near their limitation");
        RiskDesk.DemandDue demand = dueList.head();
        say("            demands due: " + demand.debtor() + ", " + demand.fee() + ", due " + demand.dueOn() + " — limitation ends "
                + DATE.format(demand.limitationEnds()) + " (two years, the manual's period)");
        say("            before then a payment demand (催缴通知书) must be served on the owner through a legally recognised channel:");
        say("            registered mail, hand delivery against signature or notarised service — otherwise the claim lapses");
        expect(demand.limitationEnds().equals(LocalDate.of(2026, 10, 31)), "two years from the due date");

        Addressee byLetter = Addressee.to(Party.OWNER, debtor, org.propertydesk.domain.risk.Channel.LETTER);
        Rejections<?> letter = refused(risk.issueNotice(new RiskDesk.IssueNotice(office, clerk, new Particulars.ArrearsDemand(owed.id()),
                List.of(byLetter), List.of(new Evidence.Stub("催缴-2026-017", clock.now())))), "a demand by ordinary letter");
        say("            an ordinary letter is refused (" + rules(letter) + ")");
        expect(letter.names(Rule.R_RN_3), "an ordinary letter is not a legally recognised channel");
        Addressee byRegisteredMail = Addressee.to(Party.OWNER, debtor, org.propertydesk.domain.risk.Channel.REGISTERED_MAIL);
        Notice notice = accepted(risk.issueNotice(new RiskDesk.IssueNotice(office, clerk, new Particulars.ArrearsDemand(owed.id()),
                List.of(byRegisteredMail), List.of(new Evidence.Stub("催缴-2026-017", clock.now())))), "the demand by registered mail");
        say("            the demand goes by registered mail (EMS with return receipt), its stub kept (R-RN-9)");

        clock.set(at(10, 16, 9, 0));
        Instant served = at(10, 15, 15, 20);
        accepted(risk.recordService(new RiskDesk.RecordService(office, clerk, notice.id(), List.of(new Evidence.DeliveryReceipt(
                byRegisteredMail, served, "EMS 1187 2026 1015 CN", clock.now())))), "recording the service");
        say(show(clock.now()) + "  the return receipt shows it served " + show(served) + ": the period restarts from service and "
                + debtor + " leaves the list");
        expect(risk.demandsDue(office, clerk).isEmpty(), "a served demand secures the arrears");
    }

    // ------------------------------------------------------------------------------------------ f

    private void thePersonnelFile() {
        section("f.", "A secret personnel file (R-CF-2, R-CF-4, R-CF-8)");
        RecordsOffice records = desk.recordsOffice();
        StaffId keeper = demo.recordsKeeper();
        StaffId manager = demo.manager();

        clock.set(at(10, 16, 10, 30));
        DocumentId file = accepted(records.classify(new RecordsOffice.Classify(office, keeper, "刘志强 人事档案",
                DocumentKind.PERSONNEL_FILE, Option.none(), Option.some(manager))), "registering the file");
        say(show(clock.now()) + "  " + name(keeper) + " keeps 刘志强's personnel file: secret by its kind (R-CF-1)");

        clock.set(at(10, 16, 10, 31));
        Rejections<?> assistant = refused(records.consult(new RecordsOffice.Consult(office, demo.assistant(), file, Access.READ)),
                "the assistant reading the file");
        say(show(clock.now()) + "  " + name(demo.assistant()) + ", a customer-service assistant, asks to read it: denied ("
                + rules(assistant) + "): above her clearance, and another person's personnel file");
        expect(assistant.names(Rule.R_CF_2) && assistant.names(Rule.R_CF_8), "both rules deny the assistant");
        clock.set(at(10, 16, 10, 32));
        Rejections<?> custodian = refused(records.consult(new RecordsOffice.Consult(office, keeper, file, Access.READ)),
                "the keeper reading the file");
        say(show(clock.now()) + "  " + name(keeper) + " keeps it and is cleared for secret, yet may not read it either ("
                + rules(custodian) + ")");
        expect(custodian.rules().equals(List.of(Rule.R_CF_8)), "custodians are no exception");

        clock.set(at(10, 16, 10, 40));
        LoanId loan = accepted(records.requestLoan(new RecordsOffice.RequestLoan(office, manager, file, LoanTerm.SAME_DAY)), "the loan");
        accepted(records.approveLoan(new RecordsOffice.ApproveLoan(office, manager, loan, false)), "approving the loan");
        say(show(clock.now()) + "  " + name(manager) + " needs his own file for his title review: he asks for a same-day loan,"
                + " which he, as office manager, approves (R-CF-4)");
        clock.set(at(10, 16, 10, 45));
        Loan lent = accepted(records.lend(new RecordsOffice.OnLoan(office, keeper, loan)), "lending");
        accepted(records.consult(new RecordsOffice.Consult(office, manager, file, Access.TAKE_OUT)), "taking the file out");
        say(show(clock.now()) + "  " + name(keeper) + " lends it, due back " + show(lent.due().get()) + "; he takes it out of the"
                + " records room on that loan");
        expect(lent.status() == LoanStatus.ON_LOAN && lent.due().get().equals(at(10, 17, 0, 0)), "lent until the end of the day");

        clock.set(at(10, 16, 16, 30));
        Loan back = accepted(records.returnLoan(new RecordsOffice.OnLoan(office, keeper, loan)), "returning");
        say(show(clock.now()) + "  he returns it the same day: " + back.status() + ", on time; no loan is overdue");
        expect(back.status() == LoanStatus.RETURNED && !back.returnedLate() && records.overdueLoans(office, keeper).isEmpty(),
                "returned in time");
    }

    // ------------------------------------------------------------------------------------------ g

    private void theAudit() {
        section("g.", "The audit trail, verified by the office manager (R-CF-9)");
        AuditLog audit = desk.auditLog();
        StaffId manager = demo.manager();

        clock.set(at(10, 16, 17, 0));
        Rejections<?> notForAssistants = refused(audit.entries(office, demo.assistant()), "an assistant reading the audit trail");
        say(show(clock.now()) + "  " + name(demo.assistant()) + " may not read the audit trail (" + rules(notForAssistants) + ")");
        Seq<AuditEntry> entries = accepted(audit.entries(office, manager), "reading the audit trail");
        int[] widths = {5, 18, 8, 19, 9, 6};
        for (AuditEntry entry : entries) {
            say("  " + row(new String[] {"#" + entry.sequence(), show(entry.event().at()), name(entry.event().actor()),
                entry.event().action(), entry.event().outcome().toString(), entry.event().rule().map(Rule::id).getOrElse("")}, widths));
        }
        AuditLog.Verification verified = accepted(audit.verify(office, manager), "verifying the audit trail");
        say(name(manager) + " verifies it: " + verified.entries() + " entries, chain " + (verified.intact() ? "intact" : "BROKEN"));
        expect(verified.intact() && verified.entries() == 4 && entries.size() == 4,
                "every access decision of the story is there, in an unbroken chain");

        forgeFirstEntry();
        AuditLog.Verification forged = accepted(audit.verify(office, manager), "verifying the forged trail");
        say("someone with write access to the database turns entry #1 from DENIED into GRANTED; verified again: first tampered entry #"
                + forged.firstTampered().getOrElse(0L));
        expect(forged.firstTampered().contains(1L), "the forgery shows at entry 1");
    }

    /** What an intruder with write access to the tables would do: turn the first DENIED into GRANTED. */
    private void forgeFirstEntry() {
        try (Connection connection = database.getConnection();
                PreparedStatement forge = connection.prepareStatement(
                        "update pd_audit_entry set outcome = 'GRANTED' where office_id = ? and sequence = 1")) {
            forge.setString(1, office.toString());
            expect(forge.executeUpdate() == 1, "the intruder finds entry 1");
        } catch (SQLException e) {
            throw new StoryWentWrong("could not play the intruder: " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------------------------------ telling

    private void section(String number, String title) {
        out.println();
        out.println(number + " " + title);
    }

    private void say(String text) {
        out.println("   " + text);
    }

    private String name(StaffId staff) {
        return desk.directory().staffMember(office, staff).map(StaffMember::name)
                .getOrElseThrow(() -> new StoryWentWrong("not on the office's staff: " + staff));
    }

    /** The name, with the role the person acts in on that day, e.g. "陈静, manager on duty". */
    private String nameOnDuty(StaffId staff) {
        LocalDate today = clock.now().atZone(DemoOffice.ZONE).toLocalDate();
        boolean onDuty = desk.roster().whoIsOnPost(office, demo.dutyManagerPost(), today.atTime(12, 0).atZone(DemoOffice.ZONE).toInstant())
                .exists(duty -> duty.staff().equals(staff));
        return name(staff) + (onDuty ? " (manager on duty)" : "");
    }

    private String lineUp(StaffId from) {
        StringBuilder chain = new StringBuilder(name(from));
        Option<StaffMember> superior = desk.directory().superiorOf(office, from);
        while (superior.isDefined()) {
            chain.append(" → ").append(superior.get().name());
            superior = desk.directory().superiorOf(office, superior.get().id());
        }
        return chain.toString();
    }

    private String describe(RosterRejection.RosterViolation violation) {
        if (violation instanceof RosterRejection.HolidayDutyNotStrengthened holiday) {
            String post = demo.posts().find(p -> p.id().equals(holiday.post())).map(p -> p.name()).getOrElse("?");
            return post + " has " + holiday.present() + " of the " + holiday.required() + " guards its day shift needs on the holiday "
                    + DAY.format(holiday.date()) + " (加强值班)";
        }
        return violation.reason();
    }

    private static String rules(Rejections<?> rejections) {
        return rejections.rules().map(Rule::id).mkString(", ");
    }

    private static String hours(Duration duration) {
        return duration.toHours() + " h " + duration.toMinutesPart() + " min";
    }

    private static Instant at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, DemoOffice.ZONE).toInstant();
    }

    private static String show(Instant instant) {
        return WHEN.format(instant.atZone(DemoOffice.ZONE));
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek().getValue() >= 6;
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

    private static <R extends Rejection, T> T accepted(Either<Rejections<R>, T> result, String step) {
        if (result.isLeft()) {
            throw new StoryWentWrong(step + " was refused: " + result.getLeft());
        }
        return result.get();
    }

    private static <R extends Rejection> Rejections<R> refused(Either<Rejections<R>, ?> result, String step) {
        if (result.isRight()) {
            throw new StoryWentWrong(step + " should have been refused, but was accepted: " + result.get());
        }
        return result.getLeft();
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
}
