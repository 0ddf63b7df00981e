package org.propertydesk.testkit.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.firstcontact.FirstContactDesk;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.domain.firstcontact.Channel;
import org.propertydesk.domain.firstcontact.Concern;
import org.propertydesk.domain.firstcontact.RequestKind;
import org.propertydesk.domain.firstcontact.ServiceRequest;
import org.propertydesk.domain.firstcontact.ServiceRequestId;
import org.propertydesk.domain.kernel.Department;

/** Reading one service request as an API shows it. */
@DisplayName("R-FC-7: a service request read back through the first-contact desk")
class ReadingServiceRequestsThroughTheDeskTest {

    private final DeskFixture f = new DeskFixture();
    private final FirstContactOffice o = f.office;

    private ServiceRequest receiveLeak() {
        return f.desk.receive(new FirstContactDesk.Receive(o.office, o.frontDesk.id(), RequestKind.HELP_REQUEST, Channel.PHONE,
                "张先生", "138-0000-1202", "客厅天花板漏水", Concern.of(Department.ENGINEERING))).get().request();
    }

    @Test
    @DisplayName("R-FC-7: any colleague of the office reads the request as it was stored, with its first contact")
    void readBack() {
        ServiceRequest received = receiveLeak();

        ServiceRequest read = f.desk.serviceRequest(o.office, o.cleaner.id(), received.id());

        assertThat(read).isEqualTo(received);
        assertThat(read.firstContact()).isEqualTo(o.frontDesk.id());
    }

    @Test
    @DisplayName("K-1: another office's request, an unknown one, or a reader not on the staff is not found")
    void notFound() {
        ServiceRequest received = receiveLeak();
        FirstContactOffice other = f.otherOffice;

        assertThatThrownBy(() -> f.desk.serviceRequest(o.office, o.frontDesk.id(), new ServiceRequestId(new UUID(5, 5))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.desk.serviceRequest(other.office, other.frontDesk.id(), received.id()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.desk.serviceRequest(o.office, other.frontDesk.id(), received.id()))
                .isInstanceOf(NotFound.class);
    }
}
