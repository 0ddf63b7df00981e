package org.propertydesk.domain.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.firstcontact.OfficeStaff.*;
import static org.propertydesk.domain.firstcontact.Requests.*;

import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("The front desk sends a leak to cleaning by mistake")
class WrongTransferTest {

    /** Accepted by cleaning, which finds the leak is engineering's. */
    private final ServiceRequest wronglyAccepted =
            accepted(transferred(leakReportedAtFrontDesk(), FRONT_DESK, CLEANING_LEAD), CLEANING_LEAD, true);

    @Test
    @DisplayName("R-FC-5: the department that received the wrong transfer takes it on toward the customer")
    void takesItOn() {
        assertThat(wronglyAccepted.holder()).contains(CLEANING_LEAD.id());
        assertThat(wronglyAccepted.wronglyTransferredTo()).contains(Department.CLEANING);
        assertThat(wronglyAccepted.firstContact()).isEqualTo(FRONT_DESK.id());
    }

    @Test
    @DisplayName("R-FC-5: it may not transfer the request again, not even to the right department")
    void neverTransferredAgain() {
        var refusal = refused(wronglyAccepted.transfer(CLEANING_LEAD, ENGINEERING_SUPERVISOR, TransferMethod.PHONE_BRIDGE,
                Option.none(), Option.some(TOMORROW), at(wronglyAccepted)));

        assertThat(refusal.reasons()).containsExactly(
                new FirstContactRejection.WronglyTransferredRequestStays(REQUEST, Department.CLEANING));
        assertThat(refusal.rules()).containsExactly(Rule.R_FC_5);
    }

    @Test
    @DisplayName("R-FC-5: it files a coordination form with the customer-service supervisor, leading it itself")
    void filesCoordinationForm() {
        ServiceRequest filed = ok(wronglyAccepted.fileCoordinationForm(CLEANING_LEAD, Department.CLEANING,
                TreeSet.of(Department.CLEANING, Department.ENGINEERING), CUSTOMER_SERVICE_SUPERVISOR, at(wronglyAccepted)));

        assertThat(filed.coordinationForms()).singleElement().satisfies(form -> {
            assertThat(form.reason()).isEqualTo(CoordinationForm.Reason.WRONG_TRANSFER);
            assertThat(form.lead()).isEqualTo(Department.CLEANING);
            assertThat(form.filedWith()).isEqualTo(CUSTOMER_SERVICE_SUPERVISOR.id());
        });
    }

    @Test
    @DisplayName("R-FC-5: it may not hand the lead to another department on the form")
    void keepsTheLead() {
        var refusal = refused(wronglyAccepted.fileCoordinationForm(CLEANING_LEAD, Department.ENGINEERING,
                TreeSet.of(Department.CLEANING, Department.ENGINEERING), CUSTOMER_SERVICE_SUPERVISOR, at(wronglyAccepted)));

        assertThat(refusal.reasons()).containsExactly(
                new FirstContactRejection.LeadMustBeAcceptingDepartment(Department.ENGINEERING, Department.CLEANING));
    }

    @Test
    @DisplayName("R-FC-5: it reports completion only after the coordination form is filed")
    void formBeforeCompletion() {
        var refusal = refused(wronglyAccepted.reportCompletion(CLEANING_LEAD, at(wronglyAccepted), "已联系工程部修复",
                CUSTOMER_SERVICE_SUPERVISOR, at(wronglyAccepted)));

        assertThat(refusal.reasons()).containsExactly(new FirstContactRejection.CoordinationFormMissing(REQUEST, Department.CLEANING));
    }

    @Test
    @DisplayName("R-FC-5: the reply to the customer comes from that department, not from the first contact or anyone else")
    void replyFromAcceptingDepartment() {
        var refusal = refused(wronglyAccepted.reply(FRONT_DESK, "维修师傅下午两点上门", at(wronglyAccepted)));

        assertThat(refusal.reasons()).containsExactly(
                new FirstContactRejection.ReplyFromOtherDepartment(REQUEST, Department.CUSTOMER_SERVICE, Department.CLEANING));
        assertThat(refusal.reasons().head()).isInstanceOf(PermissionRejection.class);
        assertThat(ok(wronglyAccepted.reply(CLEANING_LEAD, "维修师傅下午两点上门", at(wronglyAccepted))).replies())
                .singleElement().satisfies(reply -> assertThat(reply.department()).isEqualTo(Department.CLEANING));
    }
}
