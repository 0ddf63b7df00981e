package org.propertydesk.domain.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.firstcontact.OfficeStaff.*;
import static org.propertydesk.domain.firstcontact.Requests.*;

import io.vavr.collection.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("Water seeping from a planter box into a flat: engineering and greening share it")
class CustomerRelationsCoordinatesTest {

    private final ServiceRequest shared = accepted(
            transferred(receivedBy(FRONT_DESK, RequestKind.COMPLAINT, Concern.of(Department.ENGINEERING, Department.GREENING)),
                    FRONT_DESK, CUSTOMER_RELATIONS),
            CUSTOMER_RELATIONS, false);

    @Test
    @DisplayName("R-FC-3: the front desk sends a request several departments share to the customer-relations supervisor")
    void frontDeskToCustomerRelations() {
        ServiceRequest received = receivedBy(FRONT_DESK, RequestKind.COMPLAINT, Concern.of(Department.ENGINEERING, Department.GREENING));

        assertThat(received.routeFor(FRONT_DESK)).isInstanceOf(Routing.TransferToCustomerRelations.class);
    }

    @Test
    @DisplayName("R-FC-4: customer relations files a coordination form naming a lead department among those sharing it")
    void coordinationForm() {
        assertThat(shared.routeFor(CUSTOMER_RELATIONS)).isInstanceOf(Routing.OpenCoordinationForm.class);

        ServiceRequest filed = ok(shared.fileCoordinationForm(CUSTOMER_RELATIONS, Department.ENGINEERING,
                TreeSet.of(Department.ENGINEERING, Department.GREENING), CUSTOMER_SERVICE_SUPERVISOR, at(shared)));

        assertThat(filed.coordinationForms().head().reason()).isEqualTo(CoordinationForm.Reason.SHARED_RESPONSIBILITY);
        assertThat(filed.coordinationForms().head().lead()).isEqualTo(Department.ENGINEERING);
        assertThat(ok(filed.transfer(CUSTOMER_RELATIONS, ENGINEERING_SUPERVISOR, TransferMethod.SUPERVISOR_COMES,
                io.vavr.control.Option.none(), io.vavr.control.Option.none(), at(filed))).holdingDepartment())
                .contains(Department.ENGINEERING);
    }

    @Test
    @DisplayName("R-FC-4: a form whose lead is not among its departments, or that names only one, is refused with both reasons")
    void badForm() {
        var refusal = refused(shared.fileCoordinationForm(CUSTOMER_RELATIONS, Department.FINANCE,
                TreeSet.of(Department.ENGINEERING), CUSTOMER_SERVICE_SUPERVISOR, at(shared)));

        assertThat(refusal.reasons()).hasExactlyElementsOfTypes(
                FirstContactRejection.CoordinationNeedsSeveralDepartments.class,
                FirstContactRejection.LeadNotAmongDepartments.class);
        assertThat(refusal.rules()).containsExactly(Rule.R_FC_4);
    }

    @Test
    @DisplayName("R-FC-4: customer relations names the department of an unclear request, then routing passes it on")
    void namesDepartment() {
        ServiceRequest unclear = accepted(transferred(receivedBy(FRONT_DESK, RequestKind.COMPLAINT, Concern.unclear()),
                FRONT_DESK, CUSTOMER_RELATIONS), CUSTOMER_RELATIONS, false);
        assertThat(unclear.routeFor(CUSTOMER_RELATIONS)).isInstanceOf(Routing.NameResponsibleDepartment.class);

        ServiceRequest assessed = ok(unclear.assess(CUSTOMER_RELATIONS, Concern.of(Department.SECURITY), at(unclear)));

        assertThat(assessed.routeFor(CUSTOMER_RELATIONS)).isEqualTo(new Routing.TransferToResponsibleSupervisor(
                Department.SECURITY, Routing.Why.CUSTOMER_RELATIONS_SINGLE_DEPARTMENT));
    }

    @Test
    @DisplayName("R-FC-4: a request spanning management offices goes to the office manager")
    void acrossOffices() {
        ServiceRequest across = accepted(transferred(receivedBy(FRONT_DESK, RequestKind.COMPLAINT, Concern.spanningOffices(Department.SECURITY)),
                FRONT_DESK, CUSTOMER_RELATIONS), CUSTOMER_RELATIONS, false);

        assertThat(across.routeFor(CUSTOMER_RELATIONS)).isInstanceOf(Routing.EscalateToOfficeManager.class);
        assertThat(transferred(across, CUSTOMER_RELATIONS, OFFICE_MANAGER).holder()).contains(OFFICE_MANAGER.id());
    }
}
