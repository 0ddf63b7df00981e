package org.propertydesk.adapters.grpc.firstcontact;

import static org.propertydesk.adapters.grpc.kernel.ProtoValues.timestamp;
import static org.propertydesk.adapters.grpc.kernel.WireEnums.fromWire;
import static org.propertydesk.adapters.grpc.kernel.WireEnums.toWire;

import io.vavr.control.Option;
import java.time.Instant;
import org.propertydesk.adapters.grpc.kernel.Etags;
import org.propertydesk.adapters.grpc.kernel.ResourceName;
import org.propertydesk.adapters.grpc.v1.FirstContactDepartment;
import org.propertydesk.adapters.grpc.v1.ReceptionLogEntry;
import org.propertydesk.adapters.grpc.v1.ServiceRequestAcceptance;
import org.propertydesk.adapters.grpc.v1.ServiceRequestChannel;
import org.propertydesk.adapters.grpc.v1.ServiceRequestCompletionReport;
import org.propertydesk.adapters.grpc.v1.ServiceRequestConcern;
import org.propertydesk.adapters.grpc.v1.ServiceRequestCoordinationForm;
import org.propertydesk.adapters.grpc.v1.ServiceRequestCoordinationReason;
import org.propertydesk.adapters.grpc.v1.ServiceRequestKind;
import org.propertydesk.adapters.grpc.v1.ServiceRequestReply;
import org.propertydesk.adapters.grpc.v1.ServiceRequestRouting;
import org.propertydesk.adapters.grpc.v1.ServiceRequestRoutingDecision;
import org.propertydesk.adapters.grpc.v1.ServiceRequestState;
import org.propertydesk.adapters.grpc.v1.ServiceRequestTransfer;
import org.propertydesk.adapters.grpc.v1.ServiceRequestTransferMethod;
import org.propertydesk.domain.firstcontact.Acceptance;
import org.propertydesk.domain.firstcontact.Channel;
import org.propertydesk.domain.firstcontact.CompletionReport;
import org.propertydesk.domain.firstcontact.Concern;
import org.propertydesk.domain.firstcontact.CoordinationForm;
import org.propertydesk.domain.firstcontact.CustomerReply;
import org.propertydesk.domain.firstcontact.ReceptionEntry;
import org.propertydesk.domain.firstcontact.RequestKind;
import org.propertydesk.domain.firstcontact.Routing;
import org.propertydesk.domain.firstcontact.ServiceRequest;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.firstcontact.Stage;
import org.propertydesk.domain.firstcontact.Transfer;
import org.propertydesk.domain.firstcontact.TransferMethod;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * Service requests between the domain and {@code propertydesk.v1}: resources out, choices in. Enums
 * map by name under their wire prefix ({@code FIRST_CONTACT_DEPARTMENT_CLEANING} ↔
 * {@link Department#CLEANING}); a wire value with no domain counterpart — {@code *_UNSPECIFIED}, or
 * a number this server does not know — maps to nothing, which the service reports as INVALID_ARGUMENT.
 */
final class FirstContactWire {

    static final ResourceName.Pattern OFFICE = ResourceName.Pattern.of("offices/{office}");
    static final ResourceName.Pattern SERVICE_REQUEST = ResourceName.Pattern.of("offices/{office}/serviceRequests/{service_request}");
    static final ResourceName.Pattern STAFF = ResourceName.Pattern.of("offices/{office}/staff/{staff}");

    /** The resource type NOT_FOUND names (AIP-123). */
    static final String SERVICE_REQUEST_TYPE = "propertydesk.org/ServiceRequest";

    private FirstContactWire() {}

    static String name(OfficeId office, ServiceRequestId request) {
        return SERVICE_REQUEST.format(office, request);
    }

    /** The staff member a name of {@link #STAFF}'s shape names. */
    static StaffId staffId(ResourceName staff) {
        return staff.id("staff", StaffId::new);
    }

    static String staff(OfficeId office, StaffId staff) {
        return STAFF.format(office, staff);
    }

    // ---- domain → wire -------------------------------------------------------------------------

    static org.propertydesk.adapters.grpc.v1.ServiceRequest serviceRequest(ServiceRequest request) {
        OfficeId office = request.office();
        org.propertydesk.adapters.grpc.v1.ServiceRequest.Builder wire = org.propertydesk.adapters.grpc.v1.ServiceRequest.newBuilder()
                .setName(name(office, request.id()))
                .setKind(toWire(ServiceRequestKind.class, "SERVICE_REQUEST_KIND_", request.kind()))
                .setChannel(toWire(ServiceRequestChannel.class, "SERVICE_REQUEST_CHANNEL_", request.channel()))
                .setCustomerName(request.customer().name())
                .setCustomerContact(request.customer().contact())
                .setMatter(request.matter())
                .setConcern(concern(request.concern()))
                .setFirstContact(staff(office, request.firstContact()))
                .setFirstContactDepartment(department(request.firstContactDepartment()))
                .setReceiveTime(timestamp(request.receivedAt()))
                .setState(toWire(ServiceRequestState.class, "SERVICE_REQUEST_STATE_", request.status()))
                .setEtag(Etags.of(request.version()));
        request.holder().forEach(holder -> wire.setHolder(staff(office, holder)));
        request.holdingDepartment().forEach(department -> wire.setHoldingDepartment(department(department)));
        request.transfers().forEach(transfer -> wire.addTransfers(transfer(office, transfer)));
        request.acceptances().forEach(acceptance -> wire.addAcceptances(acceptance(office, acceptance)));
        request.coordinationForms().forEach(form -> wire.addCoordinationForms(coordinationForm(office, form)));
        request.replies().forEach(reply -> wire.addReplies(reply(office, reply)));
        request.contacts().forEach(contact -> wire.addContactTimes(timestamp(contact)));
        request.expectedCompletion().forEach(expected -> wire.setExpectedCompletionTime(timestamp(expected)));
        Stage stage = request.stage();
        if (stage instanceof Stage.Completed completed) {
            wire.setCompletionReport(report(office, completed.report()));
        } else if (stage instanceof Stage.Closed closed) {
            wire.setCompletionReport(report(office, closed.report()))
                    .setClosedBy(staff(office, closed.closedBy()))
                    .setCloseTime(timestamp(closed.closedAt()));
        }
        request.wronglyTransferredTo().forEach(department -> wire.setWrongTransferDepartment(department(department)));
        return wire.build();
    }

    static ServiceRequestConcern concern(Concern concern) {
        return ServiceRequestConcern.newBuilder()
                .addAllDepartments(concern.departments().map(FirstContactWire::department))
                .setAcrossOffices(concern.acrossOffices())
                .build();
    }

    static ServiceRequestTransfer transfer(OfficeId office, Transfer transfer) {
        ServiceRequestTransfer.Builder wire = ServiceRequestTransfer.newBuilder()
                .setFrom(staff(office, transfer.from()))
                .setTo(staff(office, transfer.to()))
                .setToDepartment(department(transfer.toDepartment()))
                .setMethod(toWire(ServiceRequestTransferMethod.class, "SERVICE_REQUEST_TRANSFER_METHOD_", transfer.method()))
                .setTransferTime(timestamp(transfer.at()));
        transfer.consentGivenAt().forEach(consent -> wire.setConsentTime(timestamp(consent)));
        return wire.build();
    }

    static ServiceRequestAcceptance acceptance(OfficeId office, Acceptance acceptance) {
        return ServiceRequestAcceptance.newBuilder()
                .setBy(staff(office, acceptance.by()))
                .setDepartment(department(acceptance.department()))
                .setWrongTransfer(acceptance.wrongTransfer())
                .setAcceptTime(timestamp(acceptance.at()))
                .build();
    }

    static ServiceRequestCoordinationForm coordinationForm(OfficeId office, CoordinationForm form) {
        return ServiceRequestCoordinationForm.newBuilder()
                .setReason(toWire(ServiceRequestCoordinationReason.class, "SERVICE_REQUEST_COORDINATION_REASON_", form.reason()))
                .setLead(department(form.lead()))
                .addAllDepartments(form.departments().map(FirstContactWire::department))
                .setFiledBy(staff(office, form.filedBy()))
                .setFiledWith(staff(office, form.filedWith()))
                .setFileTime(timestamp(form.at()))
                .build();
    }

    static ServiceRequestReply reply(OfficeId office, CustomerReply reply) {
        return ServiceRequestReply.newBuilder()
                .setText(reply.text())
                .setBy(staff(office, reply.by()))
                .setDepartment(department(reply.department()))
                .setReplyTime(timestamp(reply.at()))
                .build();
    }

    static ServiceRequestCompletionReport report(OfficeId office, CompletionReport report) {
        return ServiceRequestCompletionReport.newBuilder()
                .setCompletionTime(timestamp(report.completedAt()))
                .setResult(report.result())
                .setReportedBy(staff(office, report.reportedBy()))
                .setDepartment(department(report.department()))
                .setReportedTo(staff(office, report.reportedTo()))
                .setReportTime(timestamp(report.at()))
                .build();
    }

    static ServiceRequestRouting routing(Routing routing) {
        ServiceRequestRouting.Builder wire = ServiceRequestRouting.newBuilder()
                .setDecision(decision(routing))
                .setRuleId(routing.rule().id())
                .setReason(routing.why().name())
                .setExplanation(routing.explanation());
        if (routing instanceof Routing.TransferToResponsibleSupervisor transfer) {
            wire.addDepartments(department(transfer.department()));
        } else if (routing instanceof Routing.OpenCoordinationForm form) {
            wire.addAllDepartments(form.departments().map(FirstContactWire::department));
        }
        return wire.build();
    }

    private static ServiceRequestRoutingDecision decision(Routing routing) {
        if (routing instanceof Routing.HandleDirectly) {
            return ServiceRequestRoutingDecision.SERVICE_REQUEST_ROUTING_DECISION_HANDLE_DIRECTLY;
        } else if (routing instanceof Routing.AnswerDirectly) {
            return ServiceRequestRoutingDecision.SERVICE_REQUEST_ROUTING_DECISION_ANSWER_DIRECTLY;
        } else if (routing instanceof Routing.TransferToDirectSuperior) {
            return ServiceRequestRoutingDecision.SERVICE_REQUEST_ROUTING_DECISION_TRANSFER_TO_DIRECT_SUPERIOR;
        } else if (routing instanceof Routing.TransferToResponsibleSupervisor) {
            return ServiceRequestRoutingDecision.SERVICE_REQUEST_ROUTING_DECISION_TRANSFER_TO_RESPONSIBLE_SUPERVISOR;
        } else if (routing instanceof Routing.TransferToCustomerRelations) {
            return ServiceRequestRoutingDecision.SERVICE_REQUEST_ROUTING_DECISION_TRANSFER_TO_CUSTOMER_RELATIONS;
        } else if (routing instanceof Routing.NameResponsibleDepartment) {
            return ServiceRequestRoutingDecision.SERVICE_REQUEST_ROUTING_DECISION_NAME_RESPONSIBLE_DEPARTMENT;
        } else if (routing instanceof Routing.OpenCoordinationForm) {
            return ServiceRequestRoutingDecision.SERVICE_REQUEST_ROUTING_DECISION_OPEN_COORDINATION_FORM;
        }
        return ServiceRequestRoutingDecision.SERVICE_REQUEST_ROUTING_DECISION_ESCALATE_TO_OFFICE_MANAGER;
    }

    static ReceptionLogEntry receptionEntry(ReceptionEntry entry) {
        return ReceptionLogEntry.newBuilder()
                .setDepartment(department(entry.department()))
                .setServiceRequest(name(entry.office(), entry.request()))
                .setFirstContact(staff(entry.office(), entry.firstContact()))
                .setRecordedBy(staff(entry.office(), entry.recordedBy()))
                .setKind(toWire(ServiceRequestKind.class, "SERVICE_REQUEST_KIND_", entry.kind()))
                .setMatter(entry.matter())
                .setRecordTime(timestamp(entry.at()))
                .build();
    }

    static FirstContactDepartment department(Department department) {
        return toWire(FirstContactDepartment.class, "FIRST_CONTACT_DEPARTMENT_", department);
    }

    // ---- wire → domain (empty: unspecified or unknown) -----------------------------------------

    static Option<Department> department(FirstContactDepartment wire) {
        return fromWire(Department.class, "FIRST_CONTACT_DEPARTMENT_", wire);
    }

    static Option<RequestKind> kind(ServiceRequestKind wire) {
        return fromWire(RequestKind.class, "SERVICE_REQUEST_KIND_", wire);
    }

    static Option<Channel> channel(ServiceRequestChannel wire) {
        return fromWire(Channel.class, "SERVICE_REQUEST_CHANNEL_", wire);
    }

    static Option<TransferMethod> method(ServiceRequestTransferMethod wire) {
        return fromWire(TransferMethod.class, "SERVICE_REQUEST_TRANSFER_METHOD_", wire);
    }

    // ---- plumbing ------------------------------------------------------------------------------



}
