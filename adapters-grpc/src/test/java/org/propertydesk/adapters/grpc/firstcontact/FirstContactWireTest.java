package org.propertydesk.adapters.grpc.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.grpc.kernel.WireEnums;
import org.propertydesk.adapters.grpc.v1.FirstContactDepartment;
import org.propertydesk.adapters.grpc.v1.ServiceRequestChannel;
import org.propertydesk.adapters.grpc.v1.ServiceRequestCoordinationReason;
import org.propertydesk.adapters.grpc.v1.ServiceRequestKind;
import org.propertydesk.adapters.grpc.v1.ServiceRequestState;
import org.propertydesk.adapters.grpc.v1.ServiceRequestTransferMethod;
import org.propertydesk.domain.firstcontact.Channel;
import org.propertydesk.domain.firstcontact.CoordinationForm;
import org.propertydesk.domain.firstcontact.RequestKind;
import org.propertydesk.domain.firstcontact.Stage;
import org.propertydesk.domain.firstcontact.TransferMethod;
import org.propertydesk.domain.kernel.Department;

/**
 * The wire enums and the domain's agree value for value: every domain value has its wire value and
 * comes back from it, and every wire value but {@code *_UNSPECIFIED} names a domain value — so a
 * new value on either side fails here rather than as INTERNAL on a call.
 */
@DisplayName("First-contact enums map one to one between the domain and the wire")
class FirstContactWireTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of(Department.class, FirstContactDepartment.class, "FIRST_CONTACT_DEPARTMENT_"),
                Arguments.of(RequestKind.class, ServiceRequestKind.class, "SERVICE_REQUEST_KIND_"),
                Arguments.of(Channel.class, ServiceRequestChannel.class, "SERVICE_REQUEST_CHANNEL_"),
                Arguments.of(TransferMethod.class, ServiceRequestTransferMethod.class, "SERVICE_REQUEST_TRANSFER_METHOD_"),
                Arguments.of(Stage.Status.class, ServiceRequestState.class, "SERVICE_REQUEST_STATE_"),
                Arguments.of(CoordinationForm.Reason.class, ServiceRequestCoordinationReason.class, "SERVICE_REQUEST_COORDINATION_REASON_"));
    }

    @ParameterizedTest(name = "{0} ↔ {1}")
    @MethodSource("pairs")
    @DisplayName("each domain value has its wire value and back, and no wire value is left without one")
    <D extends Enum<D>, W extends Enum<W>> void oneToOne(Class<D> domain, Class<W> wire, String prefix) {
        for (D value : domain.getEnumConstants()) {
            assertThat(WireEnums.fromWire(domain, prefix, WireEnums.toWire(wire, prefix, value))).contains(value);
        }
        List<W> named = Arrays.stream(wire.getEnumConstants())
                .filter(value -> !value.name().endsWith("_UNSPECIFIED") && !value.name().equals("UNRECOGNIZED"))
                .toList();
        assertThat(named).hasSize(domain.getEnumConstants().length)
                .allSatisfy(value -> assertThat(WireEnums.fromWire(domain, prefix, value)).isNotEmpty());
        assertThat(WireEnums.fromWire(domain, prefix, Enum.valueOf(wire, "UNRECOGNIZED"))).isEmpty();
    }
}
