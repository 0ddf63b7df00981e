package org.propertydesk.adapters.grpc.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.grpc.kernel.WireEnums;
import org.propertydesk.adapters.grpc.v1.ComplaintAction;
import org.propertydesk.adapters.grpc.v1.ComplaintAsk;
import org.propertydesk.adapters.grpc.v1.ComplaintCommunicativeKind;
import org.propertydesk.adapters.grpc.v1.ComplaintDepartment;
import org.propertydesk.adapters.grpc.v1.ComplaintDueState;
import org.propertydesk.adapters.grpc.v1.ComplaintProcedureStep;
import org.propertydesk.adapters.grpc.v1.ComplaintRepairUrgency;
import org.propertydesk.adapters.grpc.v1.ComplaintSubject;
import org.propertydesk.adapters.grpc.v1.ComplaintTarget;
import org.propertydesk.adapters.grpc.v1.ComplaintUtility;
import org.propertydesk.application.complaint.ComplaintDesk;
import org.propertydesk.domain.complaint.Ask;
import org.propertydesk.domain.complaint.CommunicativeKind;
import org.propertydesk.domain.complaint.CommunicativeStep;
import org.propertydesk.domain.complaint.DueState;
import org.propertydesk.domain.complaint.EffectiveStep;
import org.propertydesk.domain.complaint.Procedure;
import org.propertydesk.domain.complaint.RepairUrgency;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.complaint.Target;
import org.propertydesk.domain.complaint.Utility;
import org.propertydesk.domain.kernel.Department;

/**
 * The wire enums and the domain's agree value for value: every domain value has its wire value and
 * comes back from it, and every wire value but {@code *_UNSPECIFIED} names a domain value — so a
 * new value on either side fails here rather than as INTERNAL on a call.
 */
@DisplayName("Complaint enums map one to one between the domain and the wire")
class ComplaintWireTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of(Subject.class, ComplaintSubject.class, "COMPLAINT_SUBJECT_"),
                Arguments.of(Ask.class, ComplaintAsk.class, "COMPLAINT_ASK_"),
                Arguments.of(Utility.class, ComplaintUtility.class, "COMPLAINT_UTILITY_"),
                Arguments.of(RepairUrgency.class, ComplaintRepairUrgency.class, "COMPLAINT_REPAIR_URGENCY_"),
                Arguments.of(CommunicativeKind.class, ComplaintCommunicativeKind.class, "COMPLAINT_COMMUNICATIVE_KIND_"),
                Arguments.of(Department.class, ComplaintDepartment.class, "COMPLAINT_DEPARTMENT_"),
                Arguments.of(ComplaintDesk.Step.class, ComplaintAction.class, "COMPLAINT_ACTION_"),
                Arguments.of(Target.class, ComplaintTarget.class, "COMPLAINT_TARGET_"),
                Arguments.of(DueState.class, ComplaintDueState.class, "COMPLAINT_DUE_STATE_"));
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
        assertThat(WireEnums.fromWire(domain, prefix, Enum.valueOf(wire, prefix + "UNSPECIFIED"))).isEmpty();
    }

    @Test
    @DisplayName("R-CO-2, R-CO-3: every step of both procedures has its wire value")
    void procedureSteps() {
        Stream<Procedure> steps = Stream.concat(
                Arrays.stream(EffectiveStep.values()).map(Procedure.Effective::new),
                Arrays.stream(CommunicativeStep.values()).map(Procedure.Communicative::new));

        assertThat(steps.map(ComplaintWire::step))
                .doesNotContain(ComplaintProcedureStep.COMPLAINT_PROCEDURE_STEP_UNSPECIFIED)
                .containsAll(Arrays.stream(ComplaintProcedureStep.values())
                        .filter(step -> step != ComplaintProcedureStep.COMPLAINT_PROCEDURE_STEP_UNSPECIFIED
                                && step != ComplaintProcedureStep.UNRECOGNIZED)
                        .toList());
    }
}
