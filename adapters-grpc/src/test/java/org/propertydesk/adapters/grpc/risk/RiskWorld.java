package org.propertydesk.adapters.grpc.risk;

import com.google.protobuf.Timestamp;
import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.propertydesk.adapters.grpc.EveryRpcContract;
import org.propertydesk.adapters.grpc.Identities;
import org.propertydesk.adapters.grpc.InProcessDesk;
import org.propertydesk.adapters.grpc.PropertyDeskServices;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.v1.AddNoticeEvidenceRequest;
import org.propertydesk.adapters.grpc.v1.Arrears;
import org.propertydesk.adapters.grpc.v1.CreateArrearsRequest;
import org.propertydesk.adapters.grpc.v1.CreateHazardousWorkRequest;
import org.propertydesk.adapters.grpc.v1.CreateIncidentRecordRequest;
import org.propertydesk.adapters.grpc.v1.CreateNoticeRequest;
import org.propertydesk.adapters.grpc.v1.HazardousWork;
import org.propertydesk.adapters.grpc.v1.IncidentRecord;
import org.propertydesk.adapters.grpc.v1.Notice;
import org.propertydesk.adapters.grpc.v1.NoticeAddressee;
import org.propertydesk.adapters.grpc.v1.NoticeChannel;
import org.propertydesk.adapters.grpc.v1.NoticeEvidence;
import org.propertydesk.adapters.grpc.v1.NoticeEvidenceKind;
import org.propertydesk.adapters.grpc.v1.NoticeParty;
import org.propertydesk.adapters.grpc.v1.RecordNoticeServiceRequest;
import org.propertydesk.adapters.grpc.v1.RectificationParticulars;
import org.propertydesk.adapters.grpc.v1.RegisterHazardWarningRequest;
import org.propertydesk.adapters.grpc.v1.RiskNoticeServiceGrpc;
import org.propertydesk.adapters.grpc.v1.SafetyWarningParticulars;
import org.propertydesk.adapters.grpc.v1.StartHazardousWorkRequest;
import org.propertydesk.adapters.grpc.v1.WithdrawNoticeRequest;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.application.kernel.DenialsService;
import org.propertydesk.application.kernel.RequestsService;
import org.propertydesk.testkit.kernel.InMemoryAuditTrail;
import org.propertydesk.application.risk.RiskDesk;
import org.propertydesk.application.risk.RiskDeskService;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.risk.KeyRecipients;
import org.propertydesk.domain.risk.LimitationPolicy;
import org.propertydesk.domain.risk.RiskPolicy;
import org.propertydesk.testkit.kernel.InMemoryCalendar;
import org.propertydesk.testkit.kernel.InMemoryDirectory;
import org.propertydesk.testkit.kernel.InMemoryIdempotency;
import org.propertydesk.testkit.kernel.InMemoryOutbox;
import org.propertydesk.testkit.kernel.InMemoryTransactions;
import org.propertydesk.testkit.kernel.SequentialIdentities;
import org.propertydesk.testkit.kernel.SettableClock;
import org.propertydesk.testkit.risk.InMemoryArrears;
import org.propertydesk.testkit.risk.InMemoryHazardousWorks;
import org.propertydesk.testkit.risk.InMemoryIncidents;
import org.propertydesk.testkit.risk.InMemoryNotices;
import org.propertydesk.testkit.risk.InMemoryRecipients;

/**
 * One office's risk desk in Shanghai on the in-memory adapters, served in process behind the real
 * authentication and failure translation. Staff call with the tokens "manager" (office manager),
 * "clerk" (customer-service assistant), "repairer" and "stranger" (a clerk of another office).
 */
final class RiskWorld implements EveryRpcContract.World {

    static final OfficeId OFFICE = new OfficeId(UUID.fromString("0000000a-0000-0000-0000-000000000001"));
    static final OfficeId OTHER_OFFICE = new OfficeId(UUID.fromString("0000000a-0000-0000-0000-000000000002"));
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final StaffMember manager = staff(OFFICE, 1, Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR);
    final StaffMember clerk = staff(OFFICE, 2, Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE);
    final StaffMember repairer = staff(OFFICE, 3, Role.REPAIRER, Department.ENGINEERING);
    final StaffMember stranger = staff(OTHER_OFFICE, 4, Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE);

    /** The access matrix's callers (one per role, one per clearance level), none party to anything. */
    final java.util.List<StaffMember> identities = Identities.staff(OFFICE, 0xB, Department.CUSTOMER_SERVICE, new StaffId(new UUID(0xB, 9)));
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();

    final SettableClock clock = SettableClock.at("2026-03-02T01:00:00Z"); // Monday 09:00 in Shanghai
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryNotices notices = new InMemoryNotices();
    final InMemoryArrears arrears = new InMemoryArrears();
    final InMemoryHazardousWorks works = new InMemoryHazardousWorks();
    final InMemoryIncidents incidents = new InMemoryIncidents();
    final RiskDesk desk;
    private final InProcessDesk served;

    RiskWorld() {
        InMemoryTransactions transactions = new InMemoryTransactions();
        InMemoryCalendar calendar = new InMemoryCalendar()
                .with(OFFICE, BusinessCalendar.in(SHANGHAI).build())
                .with(OTHER_OFFICE, BusinessCalendar.in(SHANGHAI).build());
        InMemoryRecipients recipients = new InMemoryRecipients()
                .with(OFFICE, new KeyRecipients(TreeSet.of("bakery"), TreeSet.of("clinic")));
        java.util.List<StaffMember> everyone = new java.util.ArrayList<>(java.util.List.of(manager, clerk, repairer, stranger));
        everyone.addAll(identities);
        desk = new RiskDeskService(InMemoryDirectory.of(everyone.toArray(StaffMember[]::new)), calendar, clock,
                new SequentialIdentities(), transactions, outbox, notices, arrears, works, incidents, recipients,
                RiskPolicy.defaults(), LimitationPolicy.defaults());
        PropertyDeskServices services = PropertyDeskServices.builder(new RequestsService(transactions, new InMemoryIdempotency()))
                .risk(desk)
                .auditDenials(new DenialsService(audit, clock, transactions))
                .build();
        Map<String, Caller> tokens = new java.util.HashMap<>(Identities.tokens(identities));
        tokens.putAll(Map.of(
                "manager", caller(manager), "clerk", caller(clerk), "repairer", caller(repairer), "stranger", caller(stranger)));
        served = InProcessDesk.serving(services, tokens);
    }

    private static StaffMember staff(OfficeId office, long n, Role role, Department department) {
        return new StaffMember(new StaffId(new UUID(0xB, n)), office, role + " " + n, role, department,
                Option.some(new StaffId(new UUID(0xB, 9))), role.defaultClearance());
    }

    private static Caller caller(StaffMember member) {
        return new Caller(member.office(), member.id());
    }

    @Override
    public Channel channel() {
        return served.channel();
    }

    @Override
    public OfficeId office() {
        return OFFICE;
    }

    @Override
    public OfficeId otherOffice() {
        return OTHER_OFFICE;
    }

    @Override
    public long effects() {
        return outbox.events(OFFICE).size() + outbox.events(OTHER_OFFICE).size()
                + audit.entries(OFFICE).size() + audit.entries(OTHER_OFFICE).size();
    }

    @Override
    public long denials() {
        return audit.entries(OFFICE).appendAll(audit.entries(OTHER_OFFICE))
                .count(entry -> entry.event().outcome() == AuditEvent.Outcome.DENIED);
    }

    @Override
    public void close() {
        try {
            served.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    RiskNoticeServiceGrpc.RiskNoticeServiceBlockingStub as(String token) {
        return InProcessDesk.as(RiskNoticeServiceGrpc.newBlockingStub(channel()), token);
    }

    static InProcessDesk.Failure failure(Runnable call) {
        try {
            call.run();
        } catch (StatusRuntimeException e) {
            return InProcessDesk.Failure.of(e);
        }
        throw new AssertionError("the call should have failed");
    }

    // ---- names and messages ----------------------------------------------------------------------

    static String parent() {
        return "offices/" + OFFICE;
    }

    static String staffName(StaffMember member) {
        return "offices/" + member.office() + "/staff/" + member.id();
    }

    Timestamp now() {
        return org.propertydesk.adapters.grpc.kernel.ProtoValues.timestamp(clock.now());
    }

    Timestamp inFuture(Duration after) {
        return org.propertydesk.adapters.grpc.kernel.ProtoValues.timestamp(clock.now().plus(after));
    }

    static Timestamp at(Instant instant) {
        return org.propertydesk.adapters.grpc.kernel.ProtoValues.timestamp(instant);
    }

    static NoticeAddressee addressee(NoticeParty party, String who, NoticeChannel channel) {
        return NoticeAddressee.newBuilder().setParty(party).setWho(who).setChannel(channel).build();
    }

    static final NoticeAddressee OWNER_BY_REGISTERED_MAIL =
            addressee(NoticeParty.NOTICE_PARTY_OWNER, "3-1201", NoticeChannel.NOTICE_CHANNEL_REGISTERED_MAIL);

    NoticeEvidence stub(String reference) {
        return NoticeEvidence.newBuilder().setKind(NoticeEvidenceKind.NOTICE_EVIDENCE_KIND_STUB)
                .setReference(reference).setRecordedAt(now()).build();
    }

    NoticeEvidence receipt(NoticeAddressee to, String reference) {
        return NoticeEvidence.newBuilder().setKind(NoticeEvidenceKind.NOTICE_EVIDENCE_KIND_DELIVERY_RECEIPT)
                .setAddressee(to).setServedAt(now()).setReference(reference).setRecordedAt(now()).build();
    }

    NoticeEvidence progress(String reference) {
        return NoticeEvidence.newBuilder().setKind(NoticeEvidenceKind.NOTICE_EVIDENCE_KIND_PROGRESS_UPDATE)
                .setReference(reference).setRecordedAt(now()).build();
    }

    /** A serious rectification notice to the owner of 3-1201 by registered mail, with its stub. */
    Notice rectification() {
        return Notice.newBuilder()
                .setRectification(RectificationParticulars.newBuilder().setBreach("balcony enclosed without approval").setSerious(true))
                .addAddressees(OWNER_BY_REGISTERED_MAIL)
                .addEvidence(stub("RN-2026-0001"))
                .build();
    }

    CreateNoticeRequest createRectification() {
        return CreateNoticeRequest.newBuilder().setParent(parent()).setNotice(rectification()).build();
    }

    // ---- states the table starts from ------------------------------------------------------------

    Notice issued() {
        return as("clerk").createNotice(createRectification()).getNotice();
    }

    Notice served() {
        Notice issued = issued();
        return as("clerk").recordNoticeService(RecordNoticeServiceRequest.newBuilder()
                .setName(issued.getName()).addProofs(receipt(OWNER_BY_REGISTERED_MAIL, "EMS-1")).build()).getNotice();
    }

    Notice withdrawn() {
        return as("clerk").withdrawNotice(WithdrawNoticeRequest.newBuilder().setName(issued().getName()).build()).getNotice();
    }

    Notice withProgress(Notice notice) {
        return as("clerk").addNoticeEvidence(AddNoticeEvidenceRequest.newBuilder()
                .setName(notice.getName()).setEvidence(progress("call log 7")).build()).getNotice();
    }

    Arrears recordedArrears(String dueOn) {
        return as("clerk").createArrears(CreateArrearsRequest.newBuilder().setParent(parent())
                .setArrears(Arrears.newBuilder().setFee("mgmt-fee-2024-01").setDebtor("3-1201").setDueOn(dueOn)).build()).getArrears();
    }

    HazardousWork plannedWork() {
        return as("repairer").createHazardousWork(CreateHazardousWorkRequest.newBuilder().setParent(parent())
                .setHazardousWork(HazardousWork.newBuilder().setPlace("roof of block 3").setHazard("work at height")).build())
                .getHazardousWork();
    }

    Notice warningFor(HazardousWork work) {
        return as("repairer").createNotice(CreateNoticeRequest.newBuilder().setParent(parent()).setNotice(Notice.newBuilder()
                        .setSafetyWarning(SafetyWarningParticulars.newBuilder()
                                .setHazardousWork(work.getName()).setHazard("falling objects"))
                        .addAddressees(addressee(NoticeParty.NOTICE_PARTY_PUBLIC_POSTING, "entrance of block 3",
                                NoticeChannel.NOTICE_CHANNEL_POSTED)))
                .build()).getNotice();
    }

    HazardousWork warnedWork() {
        HazardousWork work = plannedWork();
        return as("repairer").registerHazardWarning(RegisterHazardWarningRequest.newBuilder()
                .setName(work.getName()).setWarning(warningFor(work).getName()).build()).getHazardousWork();
    }

    HazardousWork startedWork() {
        return as("repairer").startHazardousWork(StartHazardousWorkRequest.newBuilder().setName(warnedWork().getName()).build())
                .getHazardousWork();
    }

    IncidentRecord incident() {
        return as("clerk").createIncidentRecord(CreateIncidentRecordRequest.newBuilder().setParent(parent())
                .setIncidentRecord(IncidentRecord.newBuilder().setDescription("a salesman refused to leave block 3")
                        .addActions(org.propertydesk.adapters.grpc.v1.ConductAction.CONDUCT_ACTION_ASK_TO_LEAVE)
                        .addActions(org.propertydesk.adapters.grpc.v1.ConductAction.CONDUCT_ACTION_CALL_POLICE))
                .build()).getIncidentRecord();
    }
}
