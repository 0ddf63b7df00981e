package org.propertydesk.domain.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.firstcontact.OfficeStaff.*;
import static org.propertydesk.domain.firstcontact.Requests.*;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("Engineering fixes the leak and reports it to the customer-service supervisor")
class ReceptionLogAndClosureTest {

    private final ServiceRequest inEngineering =
            accepted(transferred(leakReportedAtFrontDesk(), FRONT_DESK, ENGINEERING_SUPERVISOR), ENGINEERING_SUPERVISOR, false);

    @Test
    @DisplayName("R-FC-7: the first contact's department and the receiving department both log it, naming the first-contact employee")
    void bothSidesLog() {
        assertThat(inEngineering.receptionEntries()).extracting(ReceptionEntry::department)
                .containsExactly(Department.CUSTOMER_SERVICE, Department.ENGINEERING);
        assertThat(inEngineering.receptionEntries()).allSatisfy(entry -> assertThat(entry.firstContact()).isEqualTo(FRONT_DESK.id()));
        assertThat(inEngineering.receptionEntries().last().recordedBy()).isEqualTo(ENGINEERING_SUPERVISOR.id());
    }

    @Test
    @DisplayName("R-FC-7: the request stays on the first contact's list until completion time and result are reported")
    void responsibilityEndsWithReport() {
        assertThat(inEngineering.isStillResponsibilityOf(FRONT_DESK.id())).isTrue();

        ServiceRequest reported = ok(inEngineering.reportCompletion(ENGINEERING_SUPERVISOR, at(inEngineering).minus(Duration.ofMinutes(1)),
                "更换破裂水管,天花板已修复", CUSTOMER_SERVICE_SUPERVISOR, at(inEngineering)));

        assertThat(reported.isStillResponsibilityOf(FRONT_DESK.id())).isFalse();
        assertThat(reported.firstContactResponsibilityEnded()).isTrue();
        assertThat(reported.stage()).isInstanceOfSatisfying(Stage.Completed.class, completed -> {
            assertThat(completed.report().reportedTo()).isEqualTo(CUSTOMER_SERVICE_SUPERVISOR.id());
            assertThat(completed.report().department()).isEqualTo(Department.ENGINEERING);
        });
    }

    @Test
    @DisplayName("R-FC-7: a report without result, completed in the future, or made to someone other than a customer-service supervisor is refused with every reason")
    void incompleteReport() {
        var refusal = refused(inEngineering.reportCompletion(ENGINEERING_SUPERVISOR, TOMORROW, " ", SECURITY_SUPERVISOR, at(inEngineering)));

        assertThat(refusal.reasons()).hasExactlyElementsOfTypes(
                FirstContactRejection.NoCompletionResult.class,
                FirstContactRejection.CompletionInTheFuture.class,
                FirstContactRejection.NotACustomerServiceSupervisor.class);
        assertThat(refusal.rules()).containsExactly(Rule.R_FC_7);
    }

    @Test
    @DisplayName("R-FC-7: a department that does not hold the request cannot report it done")
    void onlyHoldingDepartmentReports() {
        var refusal = refused(inEngineering.reportCompletion(SECURITY_SUPERVISOR, at(inEngineering), "已处理", CUSTOMER_SERVICE_SUPERVISOR, at(inEngineering)));

        assertThat(refusal.reasons()).hasExactlyElementsOfTypes(FirstContactRejection.NotTheHolder.class);
    }

    @Test
    @DisplayName("R-FC-7: the request is closed only after completion is reported, and only by the customer-service supervisor")
    void closure() {
        assertThat(refused(inEngineering.close(CUSTOMER_SERVICE_SUPERVISOR, at(inEngineering))).reasons())
                .containsExactly(new FirstContactRejection.ActionNotAllowed(REQUEST, Stage.Status.IN_HANDLING, ServiceRequest.CLOSE, Rule.R_FC_7));

        ServiceRequest reported = ok(inEngineering.reportCompletion(ENGINEER, at(inEngineering), "已修复", CUSTOMER_SERVICE_SUPERVISOR, at(inEngineering)));

        assertThat(refused(reported.close(ENGINEERING_SUPERVISOR, at(reported))).rules()).containsExactly(Rule.R_FC_7);
        assertThat(ok(reported.close(CUSTOMER_SERVICE_SUPERVISOR, at(reported))).status()).isEqualTo(Stage.Status.CLOSED);
    }
}
