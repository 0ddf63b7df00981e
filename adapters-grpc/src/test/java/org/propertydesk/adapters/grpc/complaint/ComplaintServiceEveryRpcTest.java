package org.propertydesk.adapters.grpc.complaint;

import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.anyoneInTheOffice;
import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.rankAtLeast;
import static org.propertydesk.adapters.grpc.AccessMatrixContract.Grant.roles;
import static org.propertydesk.adapters.grpc.complaint.ComplaintsOverGrpc.ASSISTANT;
import static org.propertydesk.adapters.grpc.complaint.ComplaintsOverGrpc.MANAGER;
import static org.propertydesk.adapters.grpc.complaint.ComplaintsOverGrpc.OFFICE;
import static org.propertydesk.adapters.grpc.complaint.ComplaintsOverGrpc.SUPERVISOR;

import com.google.protobuf.Message;
import io.grpc.ServiceDescriptor;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.propertydesk.adapters.grpc.AccessMatrixContract;
import org.propertydesk.adapters.grpc.RpcCalls;
import org.propertydesk.adapters.grpc.v1.AdvanceComplaintRequest;
import org.propertydesk.adapters.grpc.v1.ApproveComplaintCommitmentRequest;
import org.propertydesk.adapters.grpc.v1.Complaint;
import org.propertydesk.adapters.grpc.v1.ComplaintAction;
import org.propertydesk.adapters.grpc.v1.ComplaintClassification;
import org.propertydesk.adapters.grpc.v1.ComplaintClassificationType;
import org.propertydesk.adapters.grpc.v1.ComplaintDepartment;
import org.propertydesk.adapters.grpc.v1.ComplaintServiceGrpc;
import org.propertydesk.adapters.grpc.v1.ComplaintSubject;
import org.propertydesk.adapters.grpc.v1.CorrectComplaintClassificationRequest;
import org.propertydesk.adapters.grpc.v1.DetermineResponsibleDepartmentRequest;
import org.propertydesk.adapters.grpc.v1.EscalateOverdueComplaintsRequest;
import org.propertydesk.adapters.grpc.v1.GetComplaintHandledRateRequest;
import org.propertydesk.adapters.grpc.v1.GetComplaintRequest;
import org.propertydesk.adapters.grpc.v1.ListComplaintsRequest;
import org.propertydesk.adapters.grpc.v1.ListRecurringProblemsRequest;
import org.propertydesk.adapters.grpc.v1.RecordComplaintReturnVisitRequest;
import org.propertydesk.adapters.grpc.v1.ReferComplaintRequest;
import org.propertydesk.adapters.grpc.v1.ReplyToComplaintRequest;
import org.propertydesk.adapters.grpc.v1.SuggestComplaintClassificationRequest;
import org.propertydesk.adapters.grpc.v1.WaitForResidentRequest;
import org.propertydesk.domain.kernel.Role;

@DisplayName("ComplaintService: every RPC")
class ComplaintServiceEveryRpcTest extends AccessMatrixContract<ComplaintsOverGrpc> {

    @Override
    protected ServiceDescriptor service() {
        return ComplaintServiceGrpc.getServiceDescriptor();
    }

    @Override
    protected ComplaintsOverGrpc world() {
        return new ComplaintsOverGrpc();
    }

    @Override
    protected Rpc<ComplaintsOverGrpc> otherMutation(String method) {
        return rpc(method.equals("RegisterComplaint") ? "WaitForResident" : "RegisterComplaint");
    }

    @Override
    protected java.util.Set<String> singletons() {
        return java.util.Set.of("GetComplaintHandledRate");
    }

    /** Who may call what, from the rules. */
    @Override
    protected Map<String, Grant> grants() {
        Map<String, Grant> grants = new LinkedHashMap<>();
        for (String method : List.of("RegisterComplaint", "GetComplaint", "ListComplaints", "SuggestComplaintClassification",
                "AdvanceComplaint", "DetermineResponsibleDepartment", "ReferComplaint", "ReplyToComplaint",
                "RecordComplaintReturnVisit", "WaitForResident", "EscalateOverdueComplaints", "ListRecurringProblems",
                "GetComplaintHandledRate")) {
            grants.put(method, anyoneInTheOffice());
        }
        grants.put("CorrectComplaintClassification", rankAtLeast(Role.Rank.SUPERVISOR));     // R-CO-1
        grants.put("ApproveComplaintCommitment", roles(Role.OFFICE_MANAGER));                // R-CO-6
        return grants;
    }

    /** {@code request} at the complaint's current etag (AIP-154). */
    private static Message current(Message request, Complaint complaint) {
        return RpcCalls.with(request, "etag", complaint.getEtag());
    }

    @Override
    protected List<Rpc<ComplaintsOverGrpc>> rpcs() {
        return List.of(
                new Rpc<>("RegisterComplaint", ASSISTANT, d -> d.registration(ComplaintsOverGrpc.venting())),
                new Rpc<>("GetComplaint", ASSISTANT, d -> GetComplaintRequest.newBuilder().setName(d.vented().getName()).build()),
                new Rpc<>("ListComplaints", ASSISTANT, d -> {
                    d.vented();
                    return ListComplaintsRequest.newBuilder().setParent(OFFICE).build();
                }),
                new Rpc<>("SuggestComplaintClassification", ASSISTANT,
                        d -> SuggestComplaintClassificationRequest.newBuilder().setParent(OFFICE).setText("垃圾没人清理").build()),
                new Rpc<>("CorrectComplaintClassification", SUPERVISOR, d -> {
                    Complaint complaint = d.vented();
                    return current(CorrectComplaintClassificationRequest.newBuilder()
                            .setName(complaint.getName())
                            .setClassification(ComplaintClassification.newBuilder()
                                    .setType(ComplaintClassificationType.COMPLAINT_CLASSIFICATION_TYPE_EFFECTIVE)
                                    .setSubject(ComplaintSubject.COMPLAINT_SUBJECT_GREENING))
                            .setReason("our contractor cut the tree")
                            .build(), complaint);
                }),
                new Rpc<>("AdvanceComplaint", ASSISTANT, d -> {
                    Complaint complaint = d.vented();
                    return current(AdvanceComplaintRequest.newBuilder().setName(complaint.getName())
                            .setAction(ComplaintAction.COMPLAINT_ACTION_CONFIRM_IDENTITY).build(), complaint);
                }),
                new Rpc<>("DetermineResponsibleDepartment", ASSISTANT, d -> {
                    Complaint complaint = d.natureDetermined();
                    return current(DetermineResponsibleDepartmentRequest.newBuilder().setName(complaint.getName())
                            .setDepartment(ComplaintDepartment.COMPLAINT_DEPARTMENT_ENGINEERING).build(), complaint);
                }),
                new Rpc<>("ReferComplaint", ASSISTANT, d -> {
                    Complaint complaint = d.paymentChecked();
                    return current(ReferComplaintRequest.newBuilder().setName(complaint.getName())
                            .setDepartment(ComplaintDepartment.COMPLAINT_DEPARTMENT_GREENING).build(), complaint);
                }),
                new Rpc<>("ReplyToComplaint", ASSISTANT, d -> {
                    Complaint complaint = d.vented();
                    return current(ReplyToComplaintRequest.newBuilder().setName(complaint.getName()).setText("已联系绿化部门").build(), complaint);
                }),
                new Rpc<>("ApproveComplaintCommitment", MANAGER, d -> {
                    Complaint complaint = d.promised();
                    return current(ApproveComplaintCommitmentRequest.newBuilder().setName(complaint.getName()).build(), complaint);
                }),
                new Rpc<>("RecordComplaintReturnVisit", ASSISTANT, d -> {
                    Complaint complaint = d.referred();
                    return current(RecordComplaintReturnVisitRequest.newBuilder().setName(complaint.getName()).setSatisfied(true).build(),
                            complaint);
                }),
                new Rpc<>("WaitForResident", ASSISTANT, d -> {
                    Complaint complaint = d.vented();
                    return current(WaitForResidentRequest.newBuilder().setName(complaint.getName()).setReason("not at home").build(), complaint);
                }),
                new Rpc<>("EscalateOverdueComplaints", SUPERVISOR, d -> {
                    d.vented();
                    d.clock.advance(Duration.ofHours(25));
                    return EscalateOverdueComplaintsRequest.newBuilder().setParent(OFFICE).build();
                }),
                new Rpc<>("ListRecurringProblems", ASSISTANT, d -> ListRecurringProblemsRequest.newBuilder().setParent(OFFICE).build()),
                new Rpc<>("GetComplaintHandledRate", MANAGER,
                        d -> GetComplaintHandledRateRequest.newBuilder().setName(OFFICE + "/complaintHandledRate").build()));
    }
}
