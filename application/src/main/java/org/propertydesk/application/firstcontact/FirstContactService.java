package org.propertydesk.application.firstcontact;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import org.propertydesk.application.kernel.Clock;
import org.propertydesk.application.kernel.Directory;
import org.propertydesk.application.kernel.Identities;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.application.kernel.Outbox;
import org.propertydesk.application.kernel.Transactions;
import org.propertydesk.domain.firstcontact.FirstContactEvent;
import org.propertydesk.domain.firstcontact.FirstContactPolicy;
import org.propertydesk.domain.firstcontact.FirstContactRejection;
import org.propertydesk.domain.firstcontact.ReceptionEntry;
import org.propertydesk.domain.firstcontact.Routing;
import org.propertydesk.domain.firstcontact.ServiceRequest;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * The first-contact desk over its ports. Each use case runs in one unit of work: it reads the actor
 * from the directory, the request from the store and the time from the clock, lets the request
 * decide, and only when the request accepts writes the new version, the reception-log lines
 * (R-FC-7) and the events to the outbox.
 */
public final class FirstContactService implements FirstContactDesk {

    private final ServiceRequests requests;
    private final ReceptionLog receptionLog;
    private final Directory directory;
    private final Clock clock;
    private final Identities identities;
    private final Transactions transactions;
    private final Outbox outbox;
    private final FirstContactPolicy policy;

    public FirstContactService(
            ServiceRequests requests,
            ReceptionLog receptionLog,
            Directory directory,
            Clock clock,
            Identities identities,
            Transactions transactions,
            Outbox outbox,
            FirstContactPolicy policy) {
        this.requests = Objects.requireNonNull(requests, "requests");
        this.receptionLog = Objects.requireNonNull(receptionLog, "receptionLog");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** With the policy of DOMAIN.md (two contacts). */
    public FirstContactService(
            ServiceRequests requests,
            ReceptionLog receptionLog,
            Directory directory,
            Clock clock,
            Identities identities,
            Transactions transactions,
            Outbox outbox) {
        this(requests, receptionLog, directory, clock, identities, transactions, outbox, FirstContactPolicy.defaults());
    }

    @Override
    public Either<Rejections<FirstContactRejection>, Received> receive(Receive command) {
        return transactions.inTransaction(() -> {
            StaffMember actor = actor(command.office(), command.actor());
            Instant now = clock.now();
            return ServiceRequest.receive(new ServiceRequestId(identities.next()), actor, command.kind(), command.channel(),
                            command.customerName(), command.customerContact(), command.matter(), command.concern(), now)
                    .map(outcome -> {
                        requests.add(outcome.request());
                        publish(outcome);
                        return new Received(outcome.request(), outcome.request().routeFor(actor));
                    });
        });
    }

    @Override
    public ServiceRequest serviceRequest(OfficeId office, StaffId actor, ServiceRequestId request) {
        return transactions.inTransaction(() -> {
            actor(office, actor);
            return load(office, request);
        });
    }

    @Override
    public Routing route(OfficeId office, StaffId actor, ServiceRequestId request) {
        return transactions.inTransaction(() -> load(office, request).routeFor(actor(office, actor)));
    }

    @Override
    public Either<Rejections<FirstContactRejection>, ServiceRequest> handle(Handle command) {
        return change(command.office(), command.actor(), command.request(),
                (request, actor, now) -> request.handle(actor, command.expectedCompletion(), now));
    }

    @Override
    public Either<Rejections<FirstContactRejection>, ServiceRequest> transfer(Transfer command) {
        return change(command.office(), command.actor(), command.request(), (request, actor, now) ->
                colleague(command.office(), command.recipient()).flatMap(recipient -> request.transfer(actor, recipient,
                        command.method(), command.consentGivenAt(), command.expectedCompletion(), now)));
    }

    @Override
    public Either<Rejections<FirstContactRejection>, ServiceRequest> accept(Accept command) {
        return change(command.office(), command.actor(), command.request(),
                (request, actor, now) -> request.accept(actor, command.wrongTransfer(), now));
    }

    @Override
    public Either<Rejections<FirstContactRejection>, ServiceRequest> assess(Assess command) {
        return change(command.office(), command.actor(), command.request(),
                (request, actor, now) -> request.assess(actor, command.concern(), now));
    }

    @Override
    public Either<Rejections<FirstContactRejection>, ServiceRequest> fileCoordinationForm(FileCoordinationForm command) {
        return change(command.office(), command.actor(), command.request(), (request, actor, now) ->
                colleague(command.office(), command.customerServiceSupervisor()).flatMap(supervisor ->
                        request.fileCoordinationForm(actor, command.lead(), command.departments(), supervisor, now)));
    }

    @Override
    public Either<Rejections<FirstContactRejection>, ServiceRequest> reply(Reply command) {
        return change(command.office(), command.actor(), command.request(),
                (request, actor, now) -> request.reply(actor, command.text(), now));
    }

    @Override
    public Either<Rejections<FirstContactRejection>, ServiceRequest> recordContact(RecordContact command) {
        return change(command.office(), command.actor(), command.request(),
                (request, actor, now) -> request.recordContact(policy, now));
    }

    @Override
    public Either<Rejections<FirstContactRejection>, ServiceRequest> reportCompletion(ReportCompletion command) {
        return change(command.office(), command.actor(), command.request(), (request, actor, now) ->
                colleague(command.office(), command.customerServiceSupervisor()).flatMap(supervisor ->
                        request.reportCompletion(actor, command.completedAt(), command.result(), supervisor, now)));
    }

    @Override
    public Either<Rejections<FirstContactRejection>, ServiceRequest> close(Close command) {
        return change(command.office(), command.actor(), command.request(), (request, actor, now) -> request.close(actor, now));
    }

    @Override
    public Seq<ServiceRequest> stillMine(OfficeId office, StaffId staff) {
        return transactions.inTransaction(() ->
                requests.firstContactedBy(office, staff).filter(request -> request.isStillResponsibilityOf(staff)));
    }

    @Override
    public Seq<ReceptionEntry> receptionLog(OfficeId office, Department department) {
        return transactions.inTransaction(() -> receptionLog.of(office, department));
    }

    @FunctionalInterface
    private interface Command {
        Either<Rejections<FirstContactRejection>, ServiceRequest.Outcome> decide(ServiceRequest request, StaffMember actor, Instant now);
    }

    private Either<Rejections<FirstContactRejection>, ServiceRequest> change(
            OfficeId office, StaffId actorId, ServiceRequestId id, Command command) {
        return transactions.inTransaction(() -> {
            StaffMember actor = actor(office, actorId);
            ServiceRequest request = load(office, id);
            return command.decide(request, actor, clock.now()).map(outcome -> {
                requests.update(outcome.request(), request.version());
                publish(outcome);
                return outcome.request();
            });
        });
    }

    /** Reception-log lines for the reception and every acceptance (R-FC-7), then the events. */
    private void publish(ServiceRequest.Outcome outcome) {
        ServiceRequest request = outcome.request();
        for (FirstContactEvent event : outcome.events()) {
            if (event instanceof FirstContactEvent.ServiceRequestReceived) {
                receptionLog.record(request.receptionEntries().head());
            } else if (event instanceof FirstContactEvent.TransferAccepted) {
                receptionLog.record(request.receptionEntries().last());
            }
        }
        outbox.enqueue(request.office(), outcome.events());
    }

    private StaffMember actor(OfficeId office, StaffId staff) {
        return directory.staffMember(office, staff).getOrElseThrow(() -> new NotFound("staff member", staff.toString()));
    }

    /** Someone the actor names (recipient, supervisor): unknown in this office is a refusal, not a failure (K-1). */
    private Either<Rejections<FirstContactRejection>, StaffMember> colleague(OfficeId office, StaffId staff) {
        return directory.staffMember(office, staff)
                .toEither(() -> Rejections.of(new FirstContactRejection.RecipientNotOnStaff(staff)));
    }

    private ServiceRequest load(OfficeId office, ServiceRequestId id) {
        return requests.find(office, id).getOrElseThrow(() -> new NotFound("service request", id.toString()));
    }
}
