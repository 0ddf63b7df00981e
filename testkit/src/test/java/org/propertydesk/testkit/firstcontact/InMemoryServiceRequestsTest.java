package org.propertydesk.testkit.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.firstcontact.Channel;
import org.propertydesk.domain.firstcontact.Concern;
import org.propertydesk.domain.firstcontact.RequestKind;
import org.propertydesk.domain.firstcontact.ServiceRequest;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.kernel.Department;

@DisplayName("The in-memory service-request store")
class InMemoryServiceRequestsTest {

    private final FirstContactOffice o = FirstContactOffice.numbered(1);
    private final InMemoryServiceRequests store = new InMemoryServiceRequests();
    private final ServiceRequest received = ServiceRequest.receive(new ServiceRequestId(new UUID(5, 5)), o.frontDesk,
                    RequestKind.HELP_REQUEST, Channel.PHONE, "张先生", "3-1202", "漏水", Concern.of(Department.ENGINEERING),
                    FirstContactArbitraries.RECEIVED_AT)
            .get().request();

    @Test
    @DisplayName("K-1: a request is found in its own office only")
    void scopedByOffice() {
        store.add(received);

        assertThat(store.find(o.office, received.id())).contains(received);
        assertThat(store.find(FirstContactOffice.numbered(2).office, received.id())).isEmpty();
        assertThat(store.firstContactedBy(FirstContactOffice.numbered(2).office, o.frontDesk.id())).isEmpty();
    }

    @Test
    @DisplayName("R-FC-1: an update from a stale version is a conflict and does not overwrite")
    void optimisticConcurrency() {
        store.add(received);
        var at = FirstContactArbitraries.RECEIVED_AT.plus(Duration.ofMinutes(1));
        ServiceRequest first = received.transfer(o.frontDesk, o.engineeringSupervisor, org.propertydesk.domain.firstcontact.TransferMethod.PHONE_BRIDGE,
                Option.none(), Option.some(at.plus(Duration.ofDays(1))), at).get().request();
        ServiceRequest second = received.handle(o.frontDesk, at.plus(Duration.ofDays(1)), at).get().request();

        store.update(first, received.version());

        assertThatThrownBy(() -> store.update(second, received.version())).isInstanceOf(ConcurrencyConflict.class);
        assertThat(store.find(o.office, received.id())).contains(first);
        assertThat(store.firstContactedBy(o.office, o.frontDesk.id())).containsExactly(first);
    }
}
