package org.propertydesk.adapters.grpc.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.propertydesk.adapters.grpc.v1.FirstContactDepartment;
import org.propertydesk.domain.kernel.Department;

class WireEnumsTest {

    private static final String PREFIX = "FIRST_CONTACT_DEPARTMENT_";

    @RepeatedTest(2) // the second time from what the first kept
    @DisplayName("every domain value goes to the wire value of its name and back, the first time and every time after")
    void roundTrip() {
        for (Department department : Department.values()) {
            FirstContactDepartment wire = WireEnums.toWire(FirstContactDepartment.class, PREFIX, department);
            assertThat(wire.name()).isEqualTo(PREFIX + department.name());
            assertThat(WireEnums.fromWire(Department.class, PREFIX, wire)).contains(department);
        }
    }

    @Test
    @DisplayName("unspecified, unrecognized and absent wire values name no domain value, however often asked")
    void noDomainValue() {
        for (int asked = 0; asked < 2; asked++) {
            assertThat(WireEnums.fromWire(Department.class, PREFIX, FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_UNSPECIFIED)).isEmpty();
            assertThat(WireEnums.fromWire(Department.class, PREFIX, FirstContactDepartment.UNRECOGNIZED)).isEmpty();
            assertThat(WireEnums.fromWire(Department.class, PREFIX, (FirstContactDepartment) null)).isEmpty();
        }
    }

    @Test
    @DisplayName("what was kept for one prefix does not answer for another: a wire value outside the prefix names nothing")
    void keptPerPrefix() {
        FirstContactDepartment security = FirstContactDepartment.FIRST_CONTACT_DEPARTMENT_SECURITY;
        assertThat(WireEnums.fromWire(Department.class, PREFIX, security)).contains(Department.SECURITY);
        assertThat(WireEnums.fromWire(Department.class, "COMPLAINT_DEPARTMENT_", security)).isEmpty();
        assertThat(WireEnums.fromWire(Department.class, PREFIX, security)).contains(Department.SECURITY);
    }
}
