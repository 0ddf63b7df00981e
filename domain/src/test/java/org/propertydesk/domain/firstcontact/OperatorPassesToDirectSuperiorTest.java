package org.propertydesk.domain.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.firstcontact.OfficeStaff.*;
import static org.propertydesk.domain.firstcontact.Requests.*;

import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("A security officer asked about a broken lift")
class OperatorPassesToDirectSuperiorTest {

    private final ServiceRequest request = receivedBy(SECURITY_OFFICER, RequestKind.HELP_REQUEST, Concern.of(Department.ENGINEERING));

    @Test
    @DisplayName("R-FC-2: routing sends it to the officer's direct superior, the matter being outside security's scope")
    void routedToSuperior() {
        assertThat(request.routeFor(SECURITY_OFFICER)).isInstanceOf(Routing.TransferToDirectSuperior.class);
    }

    @Test
    @DisplayName("R-FC-2: the officer transfers it to their direct superior")
    void toSuperior() {
        ServiceRequest passed = transferred(request, SECURITY_OFFICER, SECURITY_SUPERVISOR);

        assertThat(passed.holder()).contains(SECURITY_SUPERVISOR.id());
        assertThat(passed.firstContact()).isEqualTo(SECURITY_OFFICER.id());
    }

    @Test
    @DisplayName("R-FC-2: the officer may not skip the superior and go to engineering directly")
    void notPastSuperior() {
        var refusal = refused(request.transfer(SECURITY_OFFICER, ENGINEERING_SUPERVISOR, TransferMethod.PHONE_BRIDGE,
                Option.none(), Option.some(TOMORROW), at(request)));

        assertThat(refusal.rules()).containsExactly(Rule.R_FC_2);
        assertThat(refusal.reasons().head()).isInstanceOf(PermissionRejection.class)
                .isEqualTo(new FirstContactRejection.OperatorTransfersOnlyToDirectSuperior(
                        SECURITY_OFFICER.id(), SECURITY_OFFICER.superior(), ENGINEERING_SUPERVISOR.id()));
    }

    @Test
    @DisplayName("R-FC-2: a matter in the officer's own scope is served directly")
    void ownScope() {
        ServiceRequest own = receivedBy(SECURITY_OFFICER, RequestKind.HELP_REQUEST, Concern.of(Department.SECURITY));

        assertThat(own.routeFor(SECURITY_OFFICER)).isInstanceOf(Routing.HandleDirectly.class);
        assertThat(ok(own.handle(SECURITY_OFFICER, TOMORROW, at(own))).holder()).contains(SECURITY_OFFICER.id());
    }
}
