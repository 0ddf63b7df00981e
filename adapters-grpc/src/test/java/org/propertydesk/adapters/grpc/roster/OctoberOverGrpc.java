package org.propertydesk.adapters.grpc.roster;

import org.propertydesk.adapters.grpc.Identities;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.application.kernel.DenialsService;
import org.propertydesk.testkit.kernel.InMemoryAuditTrail;
import static org.propertydesk.testkit.roster.OctoberOffice.*;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.propertydesk.adapters.grpc.InProcessDesk;
import org.propertydesk.adapters.grpc.PropertyDeskServices;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.v1.CreateRosterRequest;
import org.propertydesk.adapters.grpc.v1.GetRosterRequest;
import org.propertydesk.adapters.grpc.v1.PlanRosterAssignmentsRequest;
import org.propertydesk.adapters.grpc.v1.PublishRosterRequest;
import org.propertydesk.adapters.grpc.v1.Roster;
import org.propertydesk.adapters.grpc.v1.RosterAssignment;
import org.propertydesk.adapters.grpc.v1.RosterDepartment;
import org.propertydesk.adapters.grpc.v1.RosterServiceGrpc;
import org.propertydesk.application.kernel.RequestsService;
import org.propertydesk.application.roster.RosterDesk;
import org.propertydesk.application.roster.RosterDeskService;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.roster.RosterPolicy;
import org.propertydesk.testkit.kernel.InMemoryCalendar;
import org.propertydesk.testkit.kernel.InMemoryDirectory;
import org.propertydesk.testkit.kernel.InMemoryIdempotency;
import org.propertydesk.testkit.kernel.InMemoryOutbox;
import org.propertydesk.testkit.kernel.InMemoryTransactions;
import org.propertydesk.testkit.kernel.SequentialIdentities;
import org.propertydesk.testkit.kernel.SettableClock;
import org.propertydesk.testkit.roster.InMemoryRosters;
import org.propertydesk.testkit.roster.OctoberOffice;

/**
 * The October office of the testkit behind {@code RosterService} on an in-process channel, wired
 * to the roster desk with the in-memory adapters. Callers by token: the scheduler, the customer-
 * service manager, the security supervisor, a front-desk clerk, the reserve guard and a lobby guard.
 */
final class OctoberOverGrpc implements AutoCloseable {

    static final OfficeId OTHER_OFFICE = new OfficeId(new UUID(0x0C7, 77));
    static final StaffId OUTSIDER = new StaffId(new UUID(0x0C7, 78));
    static final StaffId GUARD = LOBBY_GUARDS.head();

    final InMemoryRosters rosters = new InMemoryRosters();
    final InMemoryDirectory directory = new InMemoryDirectory();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    /** The access matrix's callers (one per role, one per clearance level), none party to anything. */
    final java.util.List<StaffMember> identities = Identities.staff(OFFICE, 0x0C7, Department.CUSTOMER_SERVICE, SERVICE_MANAGER);
    final SettableClock clock = SettableClock.at(at(LocalDate.of(2026, 9, 1), 9, 0));
    final RosterDesk desk;
    final InProcessDesk server;

    OctoberOverGrpc() {
        staff().forEach(directory::register);
        directory.register(new StaffMember(OUTSIDER, OTHER_OFFICE, "outsider", Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR,
                Option.some(SERVICE_MANAGER), Role.OFFICE_MANAGER.defaultClearance()));
        InMemoryTransactions transactions = new InMemoryTransactions();
        desk = new RosterDeskService(rosters, directory, new InMemoryCalendar().with(OFFICE, calendar()), clock,
                new SequentialIdentities(), transactions, outbox, RosterPolicy.defaults());
        identities.forEach(directory::register);
        PropertyDeskServices services = PropertyDeskServices.builder(new RequestsService(transactions, new InMemoryIdempotency()))
                .rosters(desk)
                .auditDenials(new DenialsService(audit, clock, transactions))
                .build();
        Map<String, Caller> tokens = new java.util.HashMap<>(Identities.tokens(identities));
        tokens.putAll(Map.of(
                "scheduler", new Caller(OFFICE, SCHEDULER),
                "manager", new Caller(OFFICE, SERVICE_MANAGER),
                "supervisor", new Caller(OFFICE, SECURITY_SUPERVISOR),
                "clerk", new Caller(OFFICE, FRONT_DESK_CLERKS.head()),
                "reserve", new Caller(OFFICE, RESERVE),
                "guard", new Caller(OFFICE, GUARD),
                "outsider", new Caller(OFFICE, OUTSIDER),
                "stranger", new Caller(OTHER_OFFICE, OUTSIDER)));
        server = InProcessDesk.serving(services, tokens);
    }

    RosterServiceGrpc.RosterServiceBlockingStub as(String token) {
        return InProcessDesk.as(RosterServiceGrpc.newBlockingStub(server.channel()), token);
    }

    void setClock(LocalDate date, int hour, int minute) {
        clock.set(at(date, hour, minute));
    }

    static String office() {
        return "offices/" + OFFICE;
    }

    static String postName(PostId post) {
        return RosterMessages.postName(OFFICE, post);
    }

    static String staffName(StaffId staff) {
        return RosterMessages.staffName(OFFICE, staff);
    }

    /** October's roster as a scheduler drafts it: the office's five posts, Zhao Min designated. */
    static CreateRosterRequest draftRequest() {
        Roster.Builder roster = Roster.newBuilder()
                .setDepartment(RosterDepartment.ROSTER_DEPARTMENT_CUSTOMER_SERVICE)
                .setFirstDate("2026-10-01")
                .setLastDate("2026-10-31")
                .addSchedulers(staffName(SCHEDULER));
        OctoberOffice.posts().forEach(post -> roster.addPosts(RosterMessages.post(OFFICE, post)));
        return CreateRosterRequest.newBuilder().setParent(office()).setRoster(roster).build();
    }

    /** The month's plan (valid by construction) as assignments. */
    static java.util.List<RosterAssignment> october() {
        return assignments().map(assignment -> RosterMessages.assignment(OFFICE, assignment)).toJavaList();
    }

    Roster drafted() {
        return as("scheduler").createRoster(draftRequest()).getRoster();
    }

    Roster planned() {
        Roster drafted = drafted();
        return as("scheduler").planRosterAssignments(PlanRosterAssignmentsRequest.newBuilder()
                .setName(drafted.getName()).addAllAdd(october()).setEtag(drafted.getEtag()).build()).getRoster();
    }

    /** Planned, then published by the scheduler on 20 September. */
    Roster published() {
        Roster planned = planned();
        setClock(LocalDate.of(2026, 9, 20), 10, 0);
        return as("scheduler").publishRoster(PublishRosterRequest.newBuilder()
                .setName(planned.getName()).setEtag(planned.getEtag()).build()).getRoster();
    }

    Roster read(String name) {
        return as("scheduler").getRoster(GetRosterRequest.newBuilder().setName(name).build()).getRoster();
    }

    /** The first (by staff) assignment of the current version on {@code post}'s {@code shift} of {@code date}. */
    static RosterAssignment held(Roster roster, PostId post, String shift, LocalDate date) {
        return roster.getVersions(roster.getVersionsCount() - 1).getAssignmentsList().stream()
                .filter(a -> a.getPost().equals(postName(post)) && a.getShift().equals(shift) && a.getDate().equals(date.toString()))
                .findFirst()
                .orElseThrow();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Events and audit entries of both offices. */
    long effects() {
        return outbox.events(OFFICE).size() + outbox.events(OTHER_OFFICE).size()
                + audit.entries(OFFICE).size() + audit.entries(OTHER_OFFICE).size();
    }

    /** DENIED entries in both offices' audit trails. */
    long denials() {
        return audit.entries(OFFICE).appendAll(audit.entries(OTHER_OFFICE))
                .count(entry -> entry.event().outcome() == AuditEvent.Outcome.DENIED);
    }
}
