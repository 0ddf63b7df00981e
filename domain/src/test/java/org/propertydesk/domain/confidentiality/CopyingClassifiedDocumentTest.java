package org.propertydesk.domain.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.confidentiality.ConfidentialityFixture.*;

import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Rule;

class CopyingClassifiedDocumentTest {

    @Test
    @DisplayName("R-CF-3: a department manager may read a contract but not copy it without approval")
    void copyNeedsApproval() {
        var manager = departmentManager();
        var contract = document(DocumentKind.CONTRACT);

        var denial = refused(AccessPolicy.decide(manager, contract, Access.COPY, TUESDAY_10AM, none(), List.empty()));

        assertThat(denial.reasons()).containsExactly(
                new ConfidentialityRejection.CopyNotApproved(contract.id(), contract.level(), Access.COPY));
    }

    @Test
    @DisplayName("R-CF-3: with the approval of another department head (cleared secret) the contract may be excerpted")
    void approvedByCleared() {
        var contract = document(DocumentKind.CONTRACT);
        var approval = Approval.givenBy(departmentManager(), contract.id(), Approval.Purpose.COPY, TUESDAY_10AM.minusSeconds(60));

        var granted = AccessPolicy.decide(departmentManager(), contract, Access.EXCERPT, TUESDAY_10AM, List.of(approval), List.empty());

        assertThat(granted.get().decidedBy()).isEqualTo(Rule.R_CF_3);
    }

    @Test
    @DisplayName("R-CF-3: an approval by a supervisor not cleared for secret does not count, nor does one for another document")
    void approvalByUnclearedDoesNotCount() {
        var contract = document(DocumentKind.CONTRACT);
        var bySupervisor = Approval.givenBy(staff(org.propertydesk.domain.kernel.Role.SUPERVISOR), contract.id(),
                Approval.Purpose.COPY, TUESDAY_10AM);
        var forOther = Approval.givenBy(leadership(), document(DocumentKind.CONTRACT).id(), Approval.Purpose.COPY, TUESDAY_10AM);

        var denial = refused(AccessPolicy.decide(departmentManager(), contract, Access.COPY, TUESDAY_10AM,
                List.of(bySupervisor, forOther), List.empty()));

        assertThat(denial.rules()).containsExactly(Rule.R_CF_3);
    }

    @Test
    @DisplayName("R-CF-3: internal notices are copied without approval")
    void internalWithoutApproval() {
        assertThat(AccessPolicy.decide(assistant(), document(DocumentKind.INTERNAL_DOCUMENT), Access.COPY, TUESDAY_10AM, none(),
                List.empty()).isRight()).isTrue();
    }

    @Test
    @DisplayName("R-CF-3: only someone cleared for a plan's level (confidential) may approve copying it")
    void approverMustBeCleared() {
        var plan = document(DocumentKind.PLAN);
        var officeManager = officeManager();

        var refusal = refused(plan.approveCopy(officeManager, TUESDAY_10AM));

        assertThat(refusal.reasons()).containsExactly(new ConfidentialityRejection.ApproverNotCleared(
                officeManager.id(), officeManager.clearance(), plan.id(), plan.level()));
        assertThat(accepted(plan.approveCopy(leadership(), TUESDAY_10AM)).purpose()).isEqualTo(Approval.Purpose.COPY);
    }
}
