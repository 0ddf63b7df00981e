package org.propertydesk.adapters.grpc.handover;

import org.propertydesk.adapters.grpc.Identities;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.application.kernel.DenialsService;
import org.propertydesk.testkit.kernel.InMemoryAuditTrail;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.propertydesk.adapters.grpc.InProcessDesk;
import org.propertydesk.adapters.grpc.PropertyDeskServices;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.v1.AskHandoverQuestionRequest;
import org.propertydesk.adapters.grpc.v1.AskHandoverQuestionResponse;
import org.propertydesk.adapters.grpc.v1.ArriveForHandoverRequest;
import org.propertydesk.adapters.grpc.v1.BeginHandoverCountRequest;
import org.propertydesk.adapters.grpc.v1.CompleteHandoverPreparationRequest;
import org.propertydesk.adapters.grpc.v1.CreateHandoverRequest;
import org.propertydesk.adapters.grpc.v1.CreateIncidentRequest;
import org.propertydesk.adapters.grpc.v1.Handover;
import org.propertydesk.adapters.grpc.v1.HandoverItem;
import org.propertydesk.adapters.grpc.v1.HandoverItemCategory;
import org.propertydesk.adapters.grpc.v1.HandoverServiceGrpc;
import org.propertydesk.adapters.grpc.v1.Incident;
import org.propertydesk.adapters.grpc.v1.IncidentKind;
import org.propertydesk.application.handover.HandoverDesk;
import org.propertydesk.application.handover.HandoverDeskService;
import org.propertydesk.application.handover.ShiftChange;
import org.propertydesk.application.kernel.RequestsService;
import org.propertydesk.domain.handover.HandoverPolicy;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.testkit.handover.InMemoryDutyLogs;
import org.propertydesk.testkit.handover.InMemoryDutySchedule;
import org.propertydesk.testkit.handover.InMemoryHandovers;
import org.propertydesk.testkit.handover.InMemoryIncidents;
import org.propertydesk.testkit.kernel.InMemoryDirectory;
import org.propertydesk.testkit.kernel.InMemoryIdempotency;
import org.propertydesk.testkit.kernel.InMemoryOutbox;
import org.propertydesk.testkit.kernel.InMemoryTransactions;
import org.propertydesk.testkit.kernel.SequentialIdentities;
import org.propertydesk.testkit.kernel.SettableClock;

/**
 * A management office's front desk behind {@code HandoverService} on an in-process channel, wired
 * to the handover desk with the in-memory adapters: the night shift (Wang) hands over to the
 * morning shift (Li) at 08:00 Beijing time; Zhao is their supervisor, Chen the office manager, Sun
 * a cleaner. Callers by token: "wang", "li", "zhao", "chen", "sun", and "outsider", who is on no
 * office's staff.
 */
final class FrontDeskOverGrpc implements AutoCloseable {

    static final OfficeId OFFICE = new OfficeId(new UUID(100, 1));
    static final OfficeId OTHER_OFFICE = new OfficeId(new UUID(100, 2));
    static final PostId FRONT_DESK = new PostId(new UUID(101, 1));
    static final PostId LOBBY = new PostId(new UUID(101, 2));
    static final StaffId WANG_NIGHT = new StaffId(new UUID(102, 1));
    static final StaffId LI_MORNING = new StaffId(new UUID(102, 2));
    static final StaffId ZHAO_SUPERVISOR = new StaffId(new UUID(102, 3));
    static final StaffId CHEN_MANAGER = new StaffId(new UUID(102, 4));
    static final StaffId LEADER = new StaffId(new UUID(102, 5));
    static final StaffId SUN_CLEANER = new StaffId(new UUID(102, 6));
    static final StaffId OUTSIDER = new StaffId(new UUID(102, 9));
    /** The office manager of the other office. */
    static final StaffId STRANGER = new StaffId(new UUID(102, 10));

    /** 08:00 in Beijing. */
    static final Instant SHIFT_CHANGE = Instant.parse("2026-11-23T00:00:00Z");

    static final HandoverItem RADIO = item(1, "radio no. 2", HandoverItemCategory.HANDOVER_ITEM_CATEGORY_RADIO, 1);
    static final HandoverItem SHOW_FLAT_KEYS = item(2, "show-flat keys", HandoverItemCategory.HANDOVER_ITEM_CATEGORY_SHOW_FLAT_KEY, 3);
    static final HandoverItem RECEIPTS = item(3, "parking receipts", HandoverItemCategory.HANDOVER_ITEM_CATEGORY_RECEIPTS, 20);
    static final List<HandoverItem> REGISTER = List.of(RADIO, SHOW_FLAT_KEYS, RECEIPTS);

    final SettableClock clock = SettableClock.at(SHIFT_CHANGE.minus(Duration.ofHours(5)));
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    /** The access matrix's callers (one per role, one per clearance level), none party to any handover. */
    final List<StaffMember> identities = Identities.staff(OFFICE, 104, Department.CUSTOMER_SERVICE, ZHAO_SUPERVISOR);
    final InMemoryHandovers handovers = new InMemoryHandovers();
    final InMemoryDutyLogs dutyLogs = new InMemoryDutyLogs();
    final InMemoryIncidents incidents = new InMemoryIncidents();
    final HandoverDesk desk;
    final InProcessDesk server;

    FrontDeskOverGrpc() {
        InMemoryDirectory directory = InMemoryDirectory.of(
                staff(WANG_NIGHT, "Wang", Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, ZHAO_SUPERVISOR),
                staff(LI_MORNING, "Li", Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, ZHAO_SUPERVISOR),
                staff(ZHAO_SUPERVISOR, "Zhao", Role.SUPERVISOR, Department.CUSTOMER_SERVICE, CHEN_MANAGER),
                staff(CHEN_MANAGER, "Chen", Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR, LEADER),
                staff(SUN_CLEANER, "Sun", Role.CLEANER, Department.CLEANING, ZHAO_SUPERVISOR),
                new StaffMember(LEADER, OFFICE, "Liu", Role.COMPANY_LEADERSHIP, Department.ADMINISTRATION_HR, Option.none(),
                        Role.COMPANY_LEADERSHIP.defaultClearance()));
        identities.forEach(directory::register);
        directory.register(new StaffMember(STRANGER, OTHER_OFFICE, "Qian", Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR,
                Option.some(LEADER), Role.OFFICE_MANAGER.defaultClearance()));
        InMemoryTransactions transactions = new InMemoryTransactions();
        InMemoryDutySchedule schedule = new InMemoryDutySchedule()
                .schedule(OFFICE, new ShiftChange(FRONT_DESK, Department.CUSTOMER_SERVICE, WANG_NIGHT, LI_MORNING, SHIFT_CHANGE));
        desk = new HandoverDeskService(directory, clock, new SequentialIdentities(), transactions, outbox,
                handovers, dutyLogs, incidents, schedule, HandoverPolicy.defaults());
        PropertyDeskServices services = PropertyDeskServices.builder(new RequestsService(transactions, new InMemoryIdempotency()))
                .handovers(desk)
                .auditDenials(new DenialsService(audit, clock, transactions))
                .build();
        Map<String, Caller> tokens = new java.util.HashMap<>(Identities.tokens(identities));
        tokens.putAll(Map.of(
                "wang", new Caller(OFFICE, WANG_NIGHT),
                "li", new Caller(OFFICE, LI_MORNING),
                "zhao", new Caller(OFFICE, ZHAO_SUPERVISOR),
                "chen", new Caller(OFFICE, CHEN_MANAGER),
                "sun", new Caller(OFFICE, SUN_CLEANER),
                "outsider", new Caller(OFFICE, OUTSIDER),
                "stranger", new Caller(OTHER_OFFICE, STRANGER)));
        server = InProcessDesk.serving(services, tokens);
    }

    private static StaffMember staff(StaffId id, String name, Role role, Department department, StaffId superior) {
        return new StaffMember(id, OFFICE, name, role, department, Option.some(superior), role.defaultClearance());
    }

    private static HandoverItem item(int n, String name, HandoverItemCategory category, int registered) {
        return HandoverItem.newBuilder().setItemId(new UUID(103, n).toString()).setDisplayName(name)
                .setCategory(category).setRegistered(registered).build();
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

    HandoverServiceGrpc.HandoverServiceBlockingStub as(String token) {
        return InProcessDesk.as(HandoverServiceGrpc.newBlockingStub(server.channel()), token);
    }

    /** Sets the clock to {@code minutes} before the shift change (negative: after it). */
    void at(long minutesBefore) {
        clock.set(minutesBefore(minutesBefore));
    }

    static Instant minutesBefore(long minutes) {
        return SHIFT_CHANGE.minus(Duration.ofMinutes(minutes));
    }

    static String office() {
        return "offices/" + OFFICE;
    }

    static String post(PostId post) {
        return HandoverMessages.postName(OFFICE, post);
    }

    static String dutyLog() {
        return HandoverMessages.dutyLogName(OFFICE, FRONT_DESK);
    }

    static String staffName(StaffId staff) {
        return HandoverMessages.staffName(OFFICE, staff);
    }

    static CreateHandoverRequest prepareRequest() {
        return CreateHandoverRequest.newBuilder().setParent(office())
                .setHandover(Handover.newBuilder().setPost(post(FRONT_DESK)).addAllRegister(REGISTER)).build();
    }

    /** Wang starts preparing 20 minutes before the shift change. */
    Handover prepared() {
        at(20);
        return as("wang").createHandover(prepareRequest()).getHandover();
    }

    /** Prepared, preparation completed, and Li arrived 8 minutes early. */
    Handover arrived() {
        Handover prepared = prepared();
        as("wang").completeHandoverPreparation(CompleteHandoverPreparationRequest.newBuilder().setName(prepared.getName()).build());
        at(8);
        return as("li").arriveForHandover(ArriveForHandoverRequest.newBuilder().setName(prepared.getName()).build()).getHandover();
    }

    /** Arrived, and the count begun. */
    Handover inCount() {
        Handover arrived = arrived();
        at(7);
        return as("li").beginHandoverCount(BeginHandoverCountRequest.newBuilder().setName(arrived.getName()).build()).getHandover();
    }

    /** In count, and Li asked about the keys. */
    AskHandoverQuestionResponse asked() {
        Handover counting = inCount();
        return as("li").askHandoverQuestion(AskHandoverQuestionRequest.newBuilder()
                .setName(counting.getName()).setText("where is the third show-flat key?").build());
    }

    /** A fire alarm reported by Wang: level 1. */
    Incident fire() {
        return as("wang").createIncident(CreateIncidentRequest.newBuilder().setParent(office())
                .setIncident(Incident.newBuilder().setKind(IncidentKind.INCIDENT_KIND_FIRE)
                        .setDescription("fire alarm, tower B 12th floor lobby")).build()).getIncident();
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
    }
}
