package org.propertydesk.domain.firstcontact;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.kernel.StateMachine;

/**
 * A customer's service request under first-contact duty (首问责任制). It guards that the first
 * employee the customer reached stays its owner across every transfer (R-FC-1) until the
 * responsible department reports completion time and result to the customer-service supervisor
 * (R-FC-7); that only its current holder passes it on, operators only to their direct superior
 * (R-FC-2), by an allowed method and an escort only with consent (R-FC-6); that a department which
 * accepted a wrong transfer never passes it on, files a coordination form and answers the customer
 * itself (R-FC-5); that no reply carries a forbidden answer (R-FC-8); and that what is not done at
 * once has an expected completion time, while contacts beyond the two-contact limit are flagged
 * (R-FC-9). Every transition is checked against {@link #LIFECYCLE} first.
 *
 * <p>Immutable: each command returns the next version (one higher) with its events, or every reason
 * it was refused. Staff are passed in as {@link StaffMember}s read from the office's directory and
 * kept by id only.
 */
@AggregateRoot
public record ServiceRequest(
        @Identity ServiceRequestId id,
        OfficeId office,
        long version,
        RequestKind kind,
        Channel channel,
        Customer customer,
        String matter,
        Concern concern,
        StaffId firstContact,
        Department firstContactDepartment,
        Instant receivedAt,
        Stage stage,
        Seq<Transfer> transfers,
        Seq<Acceptance> acceptances,
        Seq<CoordinationForm> coordinationForms,
        Seq<CustomerReply> replies,
        Seq<Instant> contacts,
        Option<Instant> expectedCompletion) {

    public static final String HANDLE = "handle";
    public static final String TRANSFER = "transfer";
    public static final String ACCEPT = "accept";
    public static final String ASSESS = "assess";
    public static final String FILE_COORDINATION_FORM = "fileCoordinationForm";
    public static final String REPLY = "reply";
    public static final String RECORD_CONTACT = "recordContact";
    public static final String REPORT_COMPLETION = "reportCompletion";
    public static final String CLOSE = "close";

    /** The service request's lifecycle, declared once; every command asks it first. */
    public static final StateMachine<Stage.Status> LIFECYCLE = StateMachine.named(
                    "service request", Stage.Status.class, Stage.Status.RECEIVED)
            .on(Stage.Status.RECEIVED, HANDLE, Stage.Status.IN_HANDLING)
            .on(Stage.Status.RECEIVED, TRANSFER, Stage.Status.TRANSFERRED)
            .on(Stage.Status.RECEIVED, ASSESS, Stage.Status.RECEIVED)
            .on(Stage.Status.RECEIVED, FILE_COORDINATION_FORM, Stage.Status.RECEIVED)
            .on(Stage.Status.RECEIVED, REPLY, Stage.Status.RECEIVED)
            .on(Stage.Status.RECEIVED, RECORD_CONTACT, Stage.Status.RECEIVED)
            .on(Stage.Status.RECEIVED, REPORT_COMPLETION, Stage.Status.COMPLETED)
            .on(Stage.Status.TRANSFERRED, ACCEPT, Stage.Status.IN_HANDLING)
            .on(Stage.Status.TRANSFERRED, REPLY, Stage.Status.TRANSFERRED)
            .on(Stage.Status.TRANSFERRED, RECORD_CONTACT, Stage.Status.TRANSFERRED)
            .on(Stage.Status.IN_HANDLING, TRANSFER, Stage.Status.TRANSFERRED)
            .on(Stage.Status.IN_HANDLING, ASSESS, Stage.Status.IN_HANDLING)
            .on(Stage.Status.IN_HANDLING, FILE_COORDINATION_FORM, Stage.Status.IN_HANDLING)
            .on(Stage.Status.IN_HANDLING, REPLY, Stage.Status.IN_HANDLING)
            .on(Stage.Status.IN_HANDLING, RECORD_CONTACT, Stage.Status.IN_HANDLING)
            .on(Stage.Status.IN_HANDLING, REPORT_COMPLETION, Stage.Status.COMPLETED)
            .on(Stage.Status.COMPLETED, REPLY, Stage.Status.COMPLETED)
            .on(Stage.Status.COMPLETED, RECORD_CONTACT, Stage.Status.COMPLETED)
            .on(Stage.Status.COMPLETED, CLOSE, Stage.Status.CLOSED)
            .build();

    public ServiceRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(concern, "concern");
        Objects.requireNonNull(firstContact, "firstContact");
        Objects.requireNonNull(firstContactDepartment, "firstContactDepartment");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(transfers, "transfers");
        Objects.requireNonNull(acceptances, "acceptances");
        Objects.requireNonNull(coordinationForms, "coordinationForms");
        Objects.requireNonNull(replies, "replies");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(expectedCompletion, "expectedCompletion");
    }

    /** A new state of the request and what happened to get there. */
    public record Outcome(ServiceRequest request, Seq<FirstContactEvent> events) {
        public Outcome {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(events, "events");
        }
    }

    // ---- receiving ------------------------------------------------------------------------------

    /**
     * The customer reaches {@code firstContact}, who owns the request from now on, whatever their
     * department (R-FC-1). The reception counts as the customer's first contact (R-FC-9).
     */
    public static Either<Rejections<FirstContactRejection>, Outcome> receive(
            ServiceRequestId id,
            StaffMember firstContact,
            RequestKind kind,
            Channel channel,
            String customerName,
            String customerContact,
            String matter,
            Concern concern,
            Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(firstContact, "firstContact");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(concern, "concern");
        Objects.requireNonNull(at, "at");
        Either<Rejections<FirstContactRejection>, Customer> customer = Customer.of(customerName, customerContact);
        List<FirstContactRejection> reasons = customer.fold(r -> List.ofAll(r.reasons()), c -> List.empty());
        if (matter == null || matter.isBlank()) {
            reasons = reasons.append(new FirstContactRejection.MatterNotStated());
        }
        return Rejections.unless(reasons, () -> {
            ServiceRequest request = new ServiceRequest(
                    id, firstContact.office(), 1, kind, channel, customer.get(), matter.strip(), concern,
                    firstContact.id(), firstContact.department(), at, new Stage.Received(),
                    List.empty(), List.empty(), List.empty(), List.empty(), List.of(at), Option.none());
            return new Outcome(request, List.of(new FirstContactEvent.ServiceRequestReceived(
                    request.office, id, firstContact.id(), firstContact.department(), kind, channel, at)));
        });
    }

    // ---- derived facts ---------------------------------------------------------------------------

    public Stage.Status status() {
        return stage.status();
    }

    /** Who has the request in hand now: the owner until it is passed on, then its recipient or handler. */
    public Option<StaffId> holder() {
        if (stage instanceof Stage.Received) {
            return Option.some(firstContact);
        }
        if (stage instanceof Stage.Transferred transferred) {
            return Option.some(transferred.pending().to());
        }
        if (stage instanceof Stage.InHandling handling) {
            return Option.some(handling.handler());
        }
        return Option.none();
    }

    /** The department that has the request in hand now. */
    public Option<Department> holdingDepartment() {
        if (stage instanceof Stage.Received) {
            return Option.some(firstContactDepartment);
        }
        if (stage instanceof Stage.Transferred transferred) {
            return Option.some(transferred.pending().toDepartment());
        }
        if (stage instanceof Stage.InHandling handling) {
            return Option.some(handling.department());
        }
        return Option.none();
    }

    /**
     * Whether the request is still on {@code staff}'s "still mine" list: they were the first contact
     * and completion has not been reported (R-FC-1, R-FC-7), however many transfers happened.
     */
    public boolean isStillResponsibilityOf(StaffId staff) {
        return firstContact.equals(staff) && stage.status().isOpen();
    }

    public boolean firstContactResponsibilityEnded() {
        return !stage.status().isOpen();
    }

    /** The department that accepted a wrong transfer, which keeps the request to the end (R-FC-5). */
    public Option<Department> wronglyTransferredTo() {
        return acceptances.find(Acceptance::wrongTransfer).map(Acceptance::department);
    }

    public boolean wronglyTransferred() {
        return wronglyTransferredTo().isDefined();
    }

    /** How many times the customer has come or called about this request, the first reception included. */
    public int contactCount() {
        return contacts.size();
    }

    /** More contacts than 二次办结 allows (R-FC-9). */
    public boolean breachesContactLimit(FirstContactPolicy policy) {
        return contactCount() > policy.maxContacts();
    }

    /** Still open after the expected completion time the customer was given (R-FC-9). */
    public boolean isOverdue(Instant now) {
        return stage.status().isOpen() && expectedCompletion.exists(expected -> expected.isBefore(now));
    }

    /**
     * The reception-log lines this request puts in the departments' logs (R-FC-7): the owner's at
     * receipt, then one per accepting department, each naming the first-contact employee.
     */
    public Seq<ReceptionEntry> receptionEntries() {
        ReceptionEntry own = new ReceptionEntry(
                office, firstContactDepartment, id, firstContact, firstContact, kind, matter, receivedAt);
        return List.of(own).appendAll(acceptances.map(acceptance -> new ReceptionEntry(
                office, acceptance.department(), id, firstContact, acceptance.by(), kind, matter, acceptance.at())));
    }

    /** Who counts as the customer-service supervisor that completion is reported to (R-FC-7). */
    public static boolean isCustomerServiceSupervisor(StaffMember member) {
        return member.department() == Department.CUSTOMER_SERVICE
                && (member.role() == Role.SUPERVISOR
                        || member.role() == Role.CUSTOMER_RELATIONS_SUPERVISOR
                        || member.role() == Role.DEPARTMENT_MANAGER);
    }

    /** The routing decision for whoever holds the request now, by their role and scope (R-FC-2..R-FC-4). */
    public Routing routeFor(StaffMember holder) {
        return Routing.decide(RoutingQuestion.of(holder, kind, concern));
    }

    // ---- commands ----------------------------------------------------------------------------------

    /** The holder starts on it themselves, telling the customer when to expect it done (R-FC-2, R-FC-3, R-FC-9). */
    public Either<Rejections<FirstContactRejection>, Outcome> handle(StaffMember actor, Instant expected, Instant at) {
        List<FirstContactRejection> reasons = allowed(HANDLE, Rule.R_FC_1).appendAll(heldBy(actor));
        reasons = reasons.appendAll(expectedAhead(Option.of(expected), at));
        return Rejections.unless(reasons, () -> {
            ServiceRequest next = evolve(new Stage.InHandling(actor.id(), actor.department(), at), concern, transfers,
                    acceptances, coordinationForms, replies, contacts, Option.some(expected));
            return new Outcome(next, List.of(new FirstContactEvent.RequestTakenInHand(office, id, actor.id(), expected, at)));
        });
    }

    /**
     * The holder passes the request on (R-FC-6); the first-contact owner stays the owner (R-FC-1).
     * An operator passes it only to their direct superior (R-FC-2); an escort needs the customer's
     * consent given beforehand (R-FC-6); a request that went wrongly to a department never moves
     * again (R-FC-5); the customer has an expected completion time, given now or before (R-FC-9).
     */
    public Either<Rejections<FirstContactRejection>, Outcome> transfer(
            StaffMember actor,
            StaffMember recipient,
            TransferMethod method,
            Option<Instant> consentGivenAt,
            Option<Instant> expected,
            Instant at) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(consentGivenAt, "consentGivenAt");
        Objects.requireNonNull(expected, "expected");
        List<FirstContactRejection> reasons = allowed(TRANSFER, wronglyTransferred() ? Rule.R_FC_5 : Rule.R_FC_6);
        reasons = reasons.appendAll(wronglyTransferredTo().map(
                department -> new FirstContactRejection.WronglyTransferredRequestStays(id, department)));
        reasons = reasons.appendAll(heldBy(actor));
        if (!recipient.office().equals(office)) {
            reasons = reasons.append(new FirstContactRejection.RecipientNotOnStaff(recipient.id()));
        }
        if (recipient.id().equals(actor.id())) {
            reasons = reasons.append(new FirstContactRejection.TransferToSelf(id, actor.id()));
        }
        if (actor.role().isOperator() && !actor.superior().contains(recipient.id())) {
            reasons = reasons.append(new FirstContactRejection.OperatorTransfersOnlyToDirectSuperior(
                    actor.id(), actor.superior(), recipient.id()));
        }
        if (method.needsConsent() && !consentGivenAt.exists(consent -> !consent.isAfter(at))) {
            reasons = reasons.append(new FirstContactRejection.EscortWithoutConsent(id, consentGivenAt, at));
        }
        Option<Instant> promised = expected.orElse(expectedCompletion);
        reasons = reasons.appendAll(expectedAhead(promised, at));
        return Rejections.unless(reasons, () -> {
            Transfer transfer = new Transfer(actor.id(), recipient.id(), recipient.department(), method,
                    method.needsConsent() ? consentGivenAt : Option.none(), at);
            ServiceRequest next = evolve(new Stage.Transferred(transfer), concern, transfers.append(transfer),
                    acceptances, coordinationForms, replies, contacts, promised);
            return new Outcome(next, List.of(new FirstContactEvent.RequestTransferred(
                    office, id, firstContact, transfer, promised.get(), at)));
        });
    }

    /**
     * The recipient, or their department, takes the request on and logs it naming the first-contact
     * employee (R-FC-7). A department that finds the transfer wrong accepts it all the same, toward
     * the customer (R-FC-5); from then on it keeps it.
     */
    public Either<Rejections<FirstContactRejection>, Outcome> accept(StaffMember actor, boolean wrongTransfer, Instant at) {
        List<FirstContactRejection> reasons = allowed(ACCEPT, Rule.R_FC_7);
        if (stage instanceof Stage.Transferred transferred) {
            Transfer pending = transferred.pending();
            if (!pending.to().equals(actor.id())
                    && !(pending.toDepartment() == actor.department() && actor.office().equals(office))) {
                reasons = reasons.append(new FirstContactRejection.NotTheReceivingDepartment(
                        id, actor.id(), actor.department(), pending.to(), pending.toDepartment()));
            }
        }
        return Rejections.unless(reasons, () -> {
            Department department = ((Stage.Transferred) stage).pending().toDepartment();
            Acceptance acceptance = new Acceptance(actor.id(), department, wrongTransfer, at);
            ServiceRequest next = evolve(new Stage.InHandling(actor.id(), department, at), concern, transfers,
                    acceptances.append(acceptance), coordinationForms, replies, contacts, expectedCompletion);
            return new Outcome(next, List.of(new FirstContactEvent.TransferAccepted(office, id, firstContact, acceptance, at)));
        });
    }

    /** The holder says which departments the request concerns, e.g. customer relations naming one (R-FC-4). */
    public Either<Rejections<FirstContactRejection>, Outcome> assess(StaffMember actor, Concern assessed, Instant at) {
        Objects.requireNonNull(assessed, "assessed");
        List<FirstContactRejection> reasons = allowed(ASSESS, Rule.R_FC_4).appendAll(heldBy(actor));
        return Rejections.unless(reasons, () -> new Outcome(
                evolve(stage, assessed, transfers, acceptances, coordinationForms, replies, contacts, expectedCompletion),
                List.of(new FirstContactEvent.ConcernAssessed(office, id, actor.id(), assessed, at))));
    }

    /**
     * The holder files a 客户接待事项协调单 with the customer-service supervisor: for shared
     * responsibility it names several departments and a lead among them (R-FC-4); after a wrong
     * transfer the accepting department leads it (R-FC-5).
     */
    public Either<Rejections<FirstContactRejection>, Outcome> fileCoordinationForm(
            StaffMember actor, Department lead, Set<Department> departments, StaffMember filedWith, Instant at) {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(departments, "departments");
        Objects.requireNonNull(filedWith, "filedWith");
        List<FirstContactRejection> reasons = allowed(FILE_COORDINATION_FORM, Rule.R_FC_4).appendAll(heldBy(actor));
        if (!isCustomerServiceSupervisor(filedWith) || !filedWith.office().equals(office)) {
            reasons = reasons.append(new FirstContactRejection.NotACustomerServiceSupervisor(
                    filedWith.id(), filedWith.role(), filedWith.department()));
        }
        Option<Department> wrong = wronglyTransferredTo();
        if (wrong.isDefined() && wrong.get() != lead) {
            reasons = reasons.append(new FirstContactRejection.LeadMustBeAcceptingDepartment(lead, wrong.get()));
        }
        if (wrong.isEmpty() && departments.size() < 2) {
            reasons = reasons.append(new FirstContactRejection.CoordinationNeedsSeveralDepartments(departments));
        }
        if (!departments.contains(lead)) {
            reasons = reasons.append(new FirstContactRejection.LeadNotAmongDepartments(lead, departments));
        }
        return Rejections.unless(reasons, () -> {
            CoordinationForm form = new CoordinationForm(
                    wrong.isDefined() ? CoordinationForm.Reason.WRONG_TRANSFER : CoordinationForm.Reason.SHARED_RESPONSIBILITY,
                    lead, departments, actor.id(), filedWith.id(), at);
            ServiceRequest next = evolve(stage, concern, transfers, acceptances, coordinationForms.append(form),
                    replies, contacts, expectedCompletion);
            return new Outcome(next, List.of(new FirstContactEvent.CoordinationFormFiled(office, id, form, at)));
        });
    }

    /**
     * Answers the customer. The reply is screened for forbidden answers, all of them reported
     * (R-FC-8); after a wrong transfer it comes from the accepting department (R-FC-5).
     */
    public Either<Rejections<FirstContactRejection>, Outcome> reply(StaffMember actor, String text, Instant at) {
        List<FirstContactRejection> reasons = allowed(REPLY, Rule.R_FC_8);
        if (text == null || text.isBlank()) {
            reasons = reasons.append(new FirstContactRejection.EmptyReply());
        } else {
            reasons = reasons.appendAll(ReplyScreen.screen(text).map(
                    finding -> new FirstContactRejection.ForbiddenAnswerGiven(finding.answer(), finding.form())));
        }
        Option<Department> wrong = wronglyTransferredTo();
        if (wrong.isDefined() && wrong.get() != actor.department()) {
            reasons = reasons.append(new FirstContactRejection.ReplyFromOtherDepartment(id, actor.department(), wrong.get()));
        }
        if (!actor.office().equals(office)) {
            reasons = reasons.append(new FirstContactRejection.NotTheHolder(id, actor.id(), holder()));
        }
        return Rejections.unless(reasons, () -> {
            CustomerReply reply = new CustomerReply(text.strip(), actor.id(), actor.department(), at);
            ServiceRequest next = evolve(stage, concern, transfers, acceptances, coordinationForms,
                    replies.append(reply), contacts, expectedCompletion);
            return new Outcome(next, List.of(new FirstContactEvent.CustomerAnswered(office, id, reply, at)));
        });
    }

    /**
     * The customer comes back or calls again about this request. Never refused while the request is
     * on record; a contact beyond the policy's limit is flagged as a breach of 二次办结 (R-FC-9).
     */
    public Either<Rejections<FirstContactRejection>, Outcome> recordContact(FirstContactPolicy policy, Instant at) {
        Objects.requireNonNull(policy, "policy");
        List<FirstContactRejection> reasons = allowed(RECORD_CONTACT, Rule.R_FC_9);
        return Rejections.unless(reasons, () -> {
            ServiceRequest next = evolve(stage, concern, transfers, acceptances, coordinationForms, replies,
                    contacts.append(at), expectedCompletion);
            Seq<FirstContactEvent> events = List.of(new FirstContactEvent.CustomerContactedAgain(office, id, next.contactCount(), at));
            if (next.breachesContactLimit(policy)) {
                events = events.append(new FirstContactEvent.TwoContactLimitBreached(
                        office, id, firstContact, next.contactCount(), policy.maxContacts(), at));
            }
            return new Outcome(next, events);
        });
    }

    /**
     * The holding department reports to the customer-service supervisor when the matter was done
     * and how; this ends first-contact responsibility (R-FC-7). After a wrong transfer, only once the
     * coordination form is filed (R-FC-5).
     */
    public Either<Rejections<FirstContactRejection>, Outcome> reportCompletion(
            StaffMember actor, Instant completedAt, String result, StaffMember reportedTo, Instant at) {
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(reportedTo, "reportedTo");
        List<FirstContactRejection> reasons = allowed(REPORT_COMPLETION, Rule.R_FC_7);
        boolean ofHoldingDepartment = actor.office().equals(office) && holdingDepartment().contains(actor.department());
        if (stage.status().isOpen() && !holder().contains(actor.id()) && !ofHoldingDepartment) {
            reasons = reasons.append(new FirstContactRejection.NotTheHolder(id, actor.id(), holder()));
        }
        if (result == null || result.isBlank()) {
            reasons = reasons.append(new FirstContactRejection.NoCompletionResult(id));
        }
        if (completedAt.isAfter(at)) {
            reasons = reasons.append(new FirstContactRejection.CompletionInTheFuture(completedAt, at));
        }
        if (!isCustomerServiceSupervisor(reportedTo) || !reportedTo.office().equals(office)) {
            reasons = reasons.append(new FirstContactRejection.NotACustomerServiceSupervisor(
                    reportedTo.id(), reportedTo.role(), reportedTo.department()));
        }
        Option<Department> wrong = wronglyTransferredTo();
        if (wrong.isDefined() && !coordinationForms.exists(form -> form.reason() == CoordinationForm.Reason.WRONG_TRANSFER)) {
            reasons = reasons.append(new FirstContactRejection.CoordinationFormMissing(id, wrong.get()));
        }
        return Rejections.unless(reasons, () -> {
            CompletionReport report = new CompletionReport(
                    completedAt, result.strip(), actor.id(), holdingDepartment().get(), reportedTo.id(), at);
            ServiceRequest next = evolve(new Stage.Completed(report), concern, transfers, acceptances,
                    coordinationForms, replies, contacts, expectedCompletion);
            return new Outcome(next, List.of(new FirstContactEvent.CompletionReported(office, id, firstContact, report, at)));
        });
    }

    /** The customer-service supervisor closes a request whose completion was reported (R-FC-7). */
    public Either<Rejections<FirstContactRejection>, Outcome> close(StaffMember actor, Instant at) {
        List<FirstContactRejection> reasons = allowed(CLOSE, Rule.R_FC_7);
        if (!isCustomerServiceSupervisor(actor) || !actor.office().equals(office)) {
            reasons = reasons.append(new FirstContactRejection.NotACustomerServiceSupervisor(
                    actor.id(), actor.role(), actor.department()));
        }
        return Rejections.unless(reasons, () -> {
            CompletionReport report = ((Stage.Completed) stage).report();
            ServiceRequest next = evolve(new Stage.Closed(report, actor.id(), at), concern, transfers, acceptances,
                    coordinationForms, replies, contacts, expectedCompletion);
            return new Outcome(next, List.of(new FirstContactEvent.ServiceRequestClosed(office, id, actor.id(), at)));
        });
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private List<FirstContactRejection> allowed(String action, Rule rule) {
        return LIFECYCLE.allows(stage.status(), action)
                ? List.empty()
                : List.of(new FirstContactRejection.ActionNotAllowed(id, stage.status(), action, rule));
    }

    /** Only the holder (of this office) acts on an open request; a closed one is the lifecycle's concern. */
    private List<FirstContactRejection> heldBy(StaffMember actor) {
        Objects.requireNonNull(actor, "actor");
        boolean holds = holder().contains(actor.id()) && actor.office().equals(office);
        return holds || !stage.status().isOpen()
                ? List.empty()
                : List.of(new FirstContactRejection.NotTheHolder(id, actor.id(), holder()));
    }

    private List<FirstContactRejection> expectedAhead(Option<Instant> expected, Instant at) {
        Objects.requireNonNull(at, "at");
        if (expected.isEmpty() || expected.get() == null) {
            return List.of(new FirstContactRejection.ExpectedCompletionMissing(id));
        }
        return expected.get().isAfter(at)
                ? List.empty()
                : List.of(new FirstContactRejection.ExpectedCompletionNotAhead(id, expected.get(), at));
    }

    private ServiceRequest evolve(
            Stage nextStage,
            Concern nextConcern,
            Seq<Transfer> nextTransfers,
            Seq<Acceptance> nextAcceptances,
            Seq<CoordinationForm> nextForms,
            Seq<CustomerReply> nextReplies,
            Seq<Instant> nextContacts,
            Option<Instant> nextExpected) {
        return new ServiceRequest(id, office, version + 1, kind, channel, customer, matter, nextConcern,
                firstContact, firstContactDepartment, receivedAt, nextStage, nextTransfers, nextAcceptances,
                nextForms, nextReplies, nextContacts, nextExpected);
    }
}
