package org.propertydesk.examples;

import java.util.Objects;
import javax.sql.DataSource;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.complaint.JdbcComplaint;
import org.propertydesk.adapters.jdbc.handover.JdbcHandover;
import org.propertydesk.adapters.jdbc.firstcontact.JdbcFirstContact;
import org.propertydesk.adapters.jdbc.risk.JdbcRisk;
import org.propertydesk.adapters.jdbc.confidentiality.JdbcConfidentiality;
import org.propertydesk.adapters.jdbc.kernel.JdbcKernel;
import org.propertydesk.application.complaint.ComplaintDesk;
import org.propertydesk.application.complaint.ComplaintDeskService;
import org.propertydesk.application.complaint.ComplaintPolicies;
import org.propertydesk.application.complaint.Complaints;
import org.propertydesk.application.complaint.PaymentStatus;
import org.propertydesk.application.confidentiality.RecordsOffice;
import org.propertydesk.application.confidentiality.RecordsOfficeService;
import org.propertydesk.application.confidentiality.RecordsPolicies;
import org.propertydesk.application.firstcontact.FirstContactDesk;
import org.propertydesk.application.firstcontact.FirstContactService;
import org.propertydesk.application.firstcontact.ReceptionLog;
import org.propertydesk.application.firstcontact.ServiceRequests;
import org.propertydesk.application.handover.DutyLogs;
import org.propertydesk.application.handover.DutySchedule;
import org.propertydesk.application.handover.HandoverDesk;
import org.propertydesk.application.handover.HandoverDeskService;
import org.propertydesk.application.handover.Handovers;
import org.propertydesk.application.handover.ShiftChange;
import org.propertydesk.application.kernel.AuditLog;
import org.propertydesk.application.kernel.AuditLogService;
import org.propertydesk.application.kernel.Calendar;
import org.propertydesk.application.kernel.Clock;
import org.propertydesk.application.kernel.Denials;
import org.propertydesk.application.kernel.DenialsService;
import org.propertydesk.application.kernel.Directory;
import org.propertydesk.application.kernel.Identities;
import org.propertydesk.application.kernel.Outbox;
import org.propertydesk.application.kernel.Requests;
import org.propertydesk.application.kernel.RequestsService;
import org.propertydesk.application.kernel.Transactions;
import org.propertydesk.application.risk.Arrears;
import org.propertydesk.application.risk.HazardousWorks;
import org.propertydesk.application.risk.Notices;
import org.propertydesk.application.risk.Recipients;
import org.propertydesk.application.risk.RiskDesk;
import org.propertydesk.application.risk.RiskDeskService;
import org.propertydesk.application.roster.RosterDesk;
import org.propertydesk.application.roster.RosterDeskService;
import org.propertydesk.application.roster.Rosters;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.ComplaintPolicy;
import org.propertydesk.domain.complaint.PaymentStanding;
import org.propertydesk.domain.firstcontact.FirstContactPolicy;
import org.propertydesk.domain.handover.HandoverPolicy;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.risk.KeyRecipients;
import org.propertydesk.domain.risk.LimitationPolicy;
import org.propertydesk.domain.risk.RiskPolicy;
import org.propertydesk.domain.roster.RosterPolicy;

/**
 * The whole desk embedded in one application: every use case of PropertyDesk wired to its ports on
 * one {@link DataSource}, the way an integrator does it. Copy it, keep what you use.
 *
 * <pre>{@code
 * EmbeddedDesk desk = EmbeddedDesk.on(dataSource, Clock.system(), Identities.random());
 * desk.directory().register(staffMember);                 // your HR system feeds the directory
 * desk.defineCalendar(office, businessCalendar);          // K-3: hours, holidays, make-up days
 * desk.complaints().register(new ComplaintDesk.Register(office, clerk, "3-1201", facts));
 * }</pre>
 *
 * <p>{@link #on} migrates PropertyDesk's own tables (all prefixed {@code pd_}) on the data source
 * and runs every use case in a {@link org.propertydesk.adapters.jdbc.kernel.JdbcTransactions} unit
 * of work: every context's records, the shared kernel (directory, calendars, audit trail, outbox,
 * request ids) included, are stored in the database and commit together with their events. Time comes only from the {@link Clock} and new ids only
 * from the {@link Identities} handed in, so a test or a demonstration can run on a clock it sets.
 * Each context's stores are chosen in one method below, the place to plug in a store of your own.
 */
public final class EmbeddedDesk {

    /**
     * The numbers of the rules that are values rather than per-office data, each with the manuals'
     * defaults. Per-office numbers (complaint deadlines, calendars) are defined through the desk.
     */
    public record Policies(
            RosterPolicy roster,
            HandoverPolicy handover,
            FirstContactPolicy firstContact,
            RiskPolicy risk,
            LimitationPolicy limitation,
            RecordsPolicies records) {

        public Policies {
            Objects.requireNonNull(roster, "roster");
            Objects.requireNonNull(handover, "handover");
            Objects.requireNonNull(firstContact, "firstContact");
            Objects.requireNonNull(risk, "risk");
            Objects.requireNonNull(limitation, "limitation");
            Objects.requireNonNull(records, "records");
        }

        public static Policies defaults() {
            return new Policies(RosterPolicy.defaults(), HandoverPolicy.defaults(), FirstContactPolicy.defaults(),
                    RiskPolicy.defaults(), LimitationPolicy.defaults(), RecordsPolicies.defaults());
        }
    }

    private final JdbcKernel kernel;
    private final Transactions transactions;
    private final HandoverStores handoverStores;
    private final ComplaintStores complaintStores;
    private final RiskStores riskStores;

    private final RosterDesk roster;
    private final HandoverDesk handover;
    private final ComplaintDesk complaints;
    private final FirstContactDesk firstContact;
    private final RiskDesk risk;
    private final RecordsOffice recordsOffice;
    private final AuditLog auditLog;
    private final Requests requests;
    private final Denials denials;

    private EmbeddedDesk(PropertyDeskJdbc jdbc, Clock clock, Identities identities, Policies policies) {
        this.kernel = jdbc.kernel();
        this.transactions = jdbc.transactions();
        Directory directory = kernel.directory();
        Calendar calendar = kernel.calendar();
        Outbox outbox = kernel.outbox();

        RosterStores rosterStores = rosterStores(jdbc);
        this.roster = new RosterDeskService(rosterStores.rosters(), directory, calendar, clock, identities, transactions, outbox,
                policies.roster());

        this.handoverStores = handoverStores(jdbc);
        this.handover = new HandoverDeskService(directory, clock, identities, transactions, outbox, handoverStores.handovers(),
                handoverStores.dutyLogs(), handoverStores.incidents(), handoverStores.schedule(), policies.handover());

        this.complaintStores = complaintStores(jdbc);
        this.complaints = new ComplaintDeskService(complaintStores.complaints(), complaintStores.paymentStatus(),
                complaintStores.policies(), directory, calendar, clock, identities, transactions, outbox);

        FirstContactStores firstContactStores = firstContactStores(jdbc);
        this.firstContact = new FirstContactService(firstContactStores.serviceRequests(), firstContactStores.receptionLog(),
                directory, clock, identities, transactions, outbox, policies.firstContact());

        this.riskStores = riskStores(jdbc);
        this.risk = new RiskDeskService(directory, calendar, clock, identities, transactions, outbox, riskStores.notices(),
                riskStores.arrears(), riskStores.hazardousWorks(), riskStores.incidents(), riskStores.recipients(),
                policies.risk(), policies.limitation());

        JdbcConfidentiality records = jdbc.confidentiality();
        this.recordsOffice = new RecordsOfficeService(directory, calendar, clock, identities, transactions, outbox,
                kernel.auditTrail(), records.documents(), records.loans(), records.custodies(), records.approvals(),
                policies.records());

        this.auditLog = new AuditLogService(kernel.auditTrail(), directory, transactions);
        this.requests = new RequestsService(transactions, kernel.idempotency());
        this.denials = new DenialsService(kernel.auditTrail(), clock, transactions);
    }

    /** The desk on {@code dataSource}, its tables migrated, with the manuals' default policies. */
    public static EmbeddedDesk on(DataSource dataSource, Clock clock, Identities identities) {
        return on(dataSource, clock, identities, Policies.defaults());
    }

    /** The desk on {@code dataSource}, its tables migrated (safe on every start), with the given policies. */
    public static EmbeddedDesk on(DataSource dataSource, Clock clock, Identities identities, Policies policies) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(identities, "identities");
        Objects.requireNonNull(policies, "policies");
        return new EmbeddedDesk(PropertyDeskJdbc.on(dataSource).migrate(), clock, identities, policies);
    }

    // ---------------------------------------------------------------- the desks (inbound ports)

    /** Duty rosters (R-RO-1..R-RO-7). */
    public RosterDesk roster() {
        return roster;
    }

    /** Shift handovers and the emergencies that block them (R-HO-1..R-HO-8). */
    public HandoverDesk handover() {
        return handover;
    }

    /** Complaints (R-CO-1..R-CO-9). */
    public ComplaintDesk complaints() {
        return complaints;
    }

    /** First-contact responsibility (R-FC-1..R-FC-9). */
    public FirstContactDesk firstContact() {
        return firstContact;
    }

    /** Risk notices, arrears, hazardous work and conduct (R-RN-1..R-RN-9). */
    public RiskDesk risk() {
        return risk;
    }

    /** Classified records, loans and their audit (R-CF-1..R-CF-10). */
    public RecordsOffice recordsOffice() {
        return recordsOffice;
    }

    /** The audit trail as management reads and verifies it (R-CF-9). */
    public AuditLog auditLog() {
        return auditLog;
    }

    /** Runs a client's mutating request at most once per request id, for an API in front of the desk. */
    public Requests requests() {
        return requests;
    }

    /**
     * Writes the refusals an API in front of the desk answers (another office, a role that may not)
     * to the caller's office's audit trail (R-CF-9); the gRPC services take it as {@code auditDenials}.
     */
    public Denials denials() {
        return denials;
    }

    // ---------------------------------------------------------------- what an office is set up with

    /** The staff of every office (K-4): register a {@link StaffMember} to add or replace one. */
    public Directory directory() {
        return kernel.directory();
    }

    /** Each office's business calendar, as the use cases read it (K-3). */
    public Calendar calendar() {
        return kernel.calendar();
    }

    /** Defines or replaces an office's business calendar: working hours, holidays, make-up days (K-3). */
    public void defineCalendar(OfficeId office, BusinessCalendar calendar) {
        kernel.defineCalendar(office, calendar);
    }

    /**
     * Tells the handover desk of a coming change of shift on a post: who goes off, who comes on,
     * when. An integrator with a scheduling system implements
     * {@link org.propertydesk.application.handover.DutySchedule} over it instead.
     */
    public void scheduleShiftChange(OfficeId office, ShiftChange change) {
        handoverStores.scheduleChange().schedule(office, change);
    }

    /** Records a complainant's fee standing as the office's fee ledger reports it (R-CO-3 ③). */
    public void recordPaymentStanding(OfficeId office, ComplainantId complainant, PaymentStanding standing) {
        complaintStores.recordStanding().record(office, complainant, standing);
    }

    /** Defines or replaces an office's complaint deadlines (R-CO-4); without one an office has the defaults. */
    public void defineComplaintPolicy(OfficeId office, ComplaintPolicy policy) {
        complaintStores.definePolicy().define(office, policy);
    }

    /** Defines or replaces the shops and key units outage and force-majeure notices go to (R-RN-6, R-RN-7). */
    public void defineKeyRecipients(OfficeId office, KeyRecipients recipients) {
        riskStores.defineRecipients().define(office, recipients);
    }

    /** The unit of work every use case runs in; wrap several calls in it to commit them together. */
    public Transactions transactions() {
        return transactions;
    }

    // ---------------------------------------------------------------- each context's stores, in one place

    private record RosterStores(Rosters rosters) {}

    private static RosterStores rosterStores(PropertyDeskJdbc jdbc) {
        return new RosterStores(jdbc.roster().rosters());
    }

    @FunctionalInterface
    private interface ShiftChanges {
        void schedule(OfficeId office, ShiftChange change);
    }

    private record HandoverStores(
            Handovers handovers,
            DutyLogs dutyLogs,
            org.propertydesk.application.handover.Incidents incidents,
            DutySchedule schedule,
            ShiftChanges scheduleChange) {}

    private static HandoverStores handoverStores(PropertyDeskJdbc jdbc) {
        JdbcHandover h = jdbc.handover();
        return new HandoverStores(h.handovers(), h.dutyLogs(), h.incidents(), h.dutySchedule(), h::schedule);
    }

    @FunctionalInterface
    private interface PaymentLedger {
        void record(OfficeId office, ComplainantId complainant, PaymentStanding standing);
    }

    @FunctionalInterface
    private interface ComplaintPolicyBook {
        void define(OfficeId office, ComplaintPolicy policy);
    }

    private record ComplaintStores(
            Complaints complaints,
            PaymentStatus paymentStatus,
            ComplaintPolicies policies,
            PaymentLedger recordStanding,
            ComplaintPolicyBook definePolicy) {}

    private static ComplaintStores complaintStores(PropertyDeskJdbc jdbc) {
        JdbcComplaint c = jdbc.complaint();
        return new ComplaintStores(c.complaints(), c.paymentStatus(), c.policies(), c::recordPaymentStanding, c::definePolicy);
    }

    private record FirstContactStores(ServiceRequests serviceRequests, ReceptionLog receptionLog) {}

    private static FirstContactStores firstContactStores(PropertyDeskJdbc jdbc) {
        JdbcFirstContact f = jdbc.firstContact();
        return new FirstContactStores(f.serviceRequests(), f.receptionLog());
    }

    @FunctionalInterface
    private interface RecipientRegister {
        void define(OfficeId office, KeyRecipients recipients);
    }

    private record RiskStores(
            Notices notices,
            Arrears arrears,
            HazardousWorks hazardousWorks,
            org.propertydesk.application.risk.Incidents incidents,
            Recipients recipients,
            RecipientRegister defineRecipients) {}

    private static RiskStores riskStores(PropertyDeskJdbc jdbc) {
        JdbcRisk r = jdbc.risk();
        return new RiskStores(r.notices(), r.arrears(), r.hazardousWorks(), r.incidents(), r.recipients(), r::defineRecipients);
    }
}
