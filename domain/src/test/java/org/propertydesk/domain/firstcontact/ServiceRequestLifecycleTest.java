package org.propertydesk.domain.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.firstcontact.Stage.Status;

@DisplayName("The service request lifecycle, declared once")
class ServiceRequestLifecycleTest {

    @Test
    @DisplayName("R-FC-7: every state is reachable from reception, and only a closed request is final")
    void reachableAndTerminal() {
        assertThat(ServiceRequest.LIFECYCLE.initial()).isEqualTo(Status.RECEIVED);
        assertThat(ServiceRequest.LIFECYCLE.reachable()).containsExactlyInAnyOrder(Status.values());
        assertThat(ServiceRequest.LIFECYCLE.terminal()).containsExactly(Status.CLOSED);
    }

    @Test
    @DisplayName("R-FC-5, R-FC-7: a transfer waits for acceptance, and completion can only be reported while first-contact duty runs")
    void transitions() {
        assertThat(ServiceRequest.LIFECYCLE.actionsFrom(Status.TRANSFERRED))
                .containsExactly(ServiceRequest.ACCEPT, ServiceRequest.REPLY, ServiceRequest.RECORD_CONTACT);
        assertThat(ServiceRequest.LIFECYCLE.transitions().filter(t -> t.action().equals(ServiceRequest.REPORT_COMPLETION)))
                .allSatisfy(t -> assertThat(t.from().isOpen()).isTrue());
        assertThat(ServiceRequest.LIFECYCLE.transitions().filter(t -> t.action().equals(ServiceRequest.CLOSE)))
                .singleElement().satisfies(t -> assertThat(t.from()).isEqualTo(Status.COMPLETED));
    }
}
