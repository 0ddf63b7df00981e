package org.propertydesk.domain.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.firstcontact.OfficeStaff.*;
import static org.propertydesk.domain.firstcontact.Requests.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("A repairer met in the corridor becomes the first-contact owner of a finance question")
class FirstContactOwnsTheRequestTest {

    @Test
    @DisplayName("R-FC-1: whoever the customer reaches first owns the request, whatever their department")
    void firstEmployeeOwns() {
        ServiceRequest request = ok(ServiceRequest.receive(REQUEST, REPAIRER, RequestKind.CONSULTATION, Channel.VISIT,
                "张先生", "3-1202", "物业费发票怎么开?", Concern.of(Department.FINANCE), NINE));

        assertThat(request.firstContact()).isEqualTo(REPAIRER.id());
        assertThat(request.firstContactDepartment()).isEqualTo(Department.ENGINEERING);
        assertThat(request.holder()).contains(REPAIRER.id());
        assertThat(request.isStillResponsibilityOf(REPAIRER.id())).isTrue();
        assertThat(request.status()).isEqualTo(Stage.Status.RECEIVED);
    }

    @Test
    @DisplayName("R-FC-1: the owner stays the owner after the request is passed on and accepted")
    void ownerSurvivesTransfers() {
        ServiceRequest request = leakReportedAtFrontDesk();
        request = accepted(transferred(request, FRONT_DESK, ENGINEERING_SUPERVISOR), ENGINEERING_SUPERVISOR, false);

        assertThat(request.firstContact()).isEqualTo(FRONT_DESK.id());
        assertThat(request.holder()).contains(ENGINEERING_SUPERVISOR.id());
        assertThat(request.isStillResponsibilityOf(FRONT_DESK.id())).isTrue();
        assertThat(request.isStillResponsibilityOf(ENGINEERING_SUPERVISOR.id())).isFalse();
    }

    @Test
    @DisplayName("R-FC-1: a request without customer, way back to them or matter is refused with every reason")
    void incompleteReceptionRefused() {
        var refusal = refused(ServiceRequest.receive(REQUEST, FRONT_DESK, RequestKind.COMPLAINT, Channel.PHONE,
                " ", "", "  ", Concern.unclear(), NINE));

        assertThat(refusal.reasons()).hasExactlyElementsOfTypes(
                FirstContactRejection.CustomerUnnamed.class,
                FirstContactRejection.NoWayBackToCustomer.class,
                FirstContactRejection.MatterNotStated.class);
        assertThat(refusal.rules()).containsExactly(Rule.R_FC_1);
    }

    @Test
    @DisplayName("R-FC-1: only the person holding the request passes it on")
    void onlyHolderActs() {
        ServiceRequest request = leakReportedAtFrontDesk();

        var refusal = refused(request.transfer(CUSTOMER_RELATIONS, ENGINEERING_SUPERVISOR, TransferMethod.PHONE_BRIDGE,
                io.vavr.control.Option.none(), io.vavr.control.Option.some(TOMORROW), at(request)));

        assertThat(refusal.reasons()).singleElement().isInstanceOf(FirstContactRejection.NotTheHolder.class);
        assertThat(refusal.reasons().head()).isInstanceOf(org.propertydesk.domain.kernel.PermissionRejection.class);
    }
}
