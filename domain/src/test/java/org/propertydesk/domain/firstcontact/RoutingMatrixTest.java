package org.propertydesk.domain.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.kernel.Department.CLEANING;
import static org.propertydesk.domain.kernel.Department.CUSTOMER_SERVICE;
import static org.propertydesk.domain.kernel.Department.ENGINEERING;
import static org.propertydesk.domain.kernel.Department.FINANCE;
import static org.propertydesk.domain.kernel.Department.SECURITY;
import static org.propertydesk.domain.firstcontact.RequestKind.BUSINESS_TRANSACTION;
import static org.propertydesk.domain.firstcontact.RequestKind.COMPLAINT;
import static org.propertydesk.domain.firstcontact.RequestKind.CONSULTATION;
import static org.propertydesk.domain.firstcontact.RequestKind.HELP_REQUEST;
import static org.propertydesk.domain.kernel.Role.CLEANER;
import static org.propertydesk.domain.kernel.Role.COMPANY_LEADERSHIP;
import static org.propertydesk.domain.kernel.Role.CUSTOMER_RELATIONS_SUPERVISOR;
import static org.propertydesk.domain.kernel.Role.CUSTOMER_SERVICE_ASSISTANT;
import static org.propertydesk.domain.kernel.Role.DEPARTMENT_MANAGER;
import static org.propertydesk.domain.kernel.Role.OFFICE_MANAGER;
import static org.propertydesk.domain.kernel.Role.REPAIRER;
import static org.propertydesk.domain.kernel.Role.SECURITY_OFFICER;
import static org.propertydesk.domain.kernel.Role.SUPERVISOR;

import io.vavr.control.Option;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.domain.firstcontact.Routing.AnswerDirectly;
import org.propertydesk.domain.firstcontact.Routing.EscalateToOfficeManager;
import org.propertydesk.domain.firstcontact.Routing.HandleDirectly;
import org.propertydesk.domain.firstcontact.Routing.NameResponsibleDepartment;
import org.propertydesk.domain.firstcontact.Routing.OpenCoordinationForm;
import org.propertydesk.domain.firstcontact.Routing.TransferToCustomerRelations;
import org.propertydesk.domain.firstcontact.Routing.TransferToDirectSuperior;
import org.propertydesk.domain.firstcontact.Routing.TransferToResponsibleSupervisor;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * The routing matrix of 首问责任制实施细则 · 实施方式 (DOMAIN.md R-FC-2..R-FC-4), row by row:
 * who holds the request (role, department), what kind it is, what it concerns → where it goes and
 * which rule says so.
 */
@DisplayName("R-FC-2..R-FC-4: the routing matrix (role × kind × departments)")
class RoutingMatrixTest {

    static Stream<Arguments> matrix() {
        return Stream.of(
                // R-FC-2: operators serve within their scope, otherwise go to their direct superior — whatever the kind
                row(REPAIRER, ENGINEERING, HELP_REQUEST, Concern.of(ENGINEERING), HandleDirectly.class, Rule.R_FC_2),
                row(SECURITY_OFFICER, SECURITY, BUSINESS_TRANSACTION, Concern.of(SECURITY), HandleDirectly.class, Rule.R_FC_2),
                row(REPAIRER, ENGINEERING, HELP_REQUEST, Concern.of(SECURITY), TransferToDirectSuperior.class, Rule.R_FC_2),
                row(CLEANER, CLEANING, CONSULTATION, Concern.of(FINANCE), TransferToDirectSuperior.class, Rule.R_FC_2),
                row(SECURITY_OFFICER, SECURITY, COMPLAINT, Concern.unclear(), TransferToDirectSuperior.class, Rule.R_FC_2),
                row(SECURITY_OFFICER, SECURITY, COMPLAINT, Concern.of(SECURITY, CLEANING), TransferToDirectSuperior.class, Rule.R_FC_2),
                row(SECURITY_OFFICER, SECURITY, COMPLAINT, Concern.spanningOffices(SECURITY), TransferToDirectSuperior.class, Rule.R_FC_2),
                // R-FC-3: managers answer consultations directly, whichever department they concern
                row(SUPERVISOR, ENGINEERING, CONSULTATION, Concern.of(FINANCE), AnswerDirectly.class, Rule.R_FC_3),
                row(CUSTOMER_SERVICE_ASSISTANT, CUSTOMER_SERVICE, CONSULTATION, Concern.unclear(), AnswerDirectly.class, Rule.R_FC_3),
                row(DEPARTMENT_MANAGER, SECURITY, CONSULTATION, Concern.spanningOffices(), AnswerDirectly.class, Rule.R_FC_3),
                row(CUSTOMER_RELATIONS_SUPERVISOR, CUSTOMER_SERVICE, CONSULTATION, Concern.of(ENGINEERING), AnswerDirectly.class, Rule.R_FC_3),
                row(COMPANY_LEADERSHIP, ADMIN, CONSULTATION, Concern.of(FINANCE), AnswerDirectly.class, Rule.R_FC_3),
                // R-FC-3: handling requests — own scope, a single other department, unclear or several
                row(SUPERVISOR, ENGINEERING, HELP_REQUEST, Concern.of(ENGINEERING), HandleDirectly.class, Rule.R_FC_3),
                row(SUPERVISOR, ENGINEERING, COMPLAINT, Concern.of(CLEANING), TransferToResponsibleSupervisor.class, Rule.R_FC_3),
                row(CUSTOMER_SERVICE_ASSISTANT, CUSTOMER_SERVICE, HELP_REQUEST, Concern.of(ENGINEERING), TransferToResponsibleSupervisor.class, Rule.R_FC_3),
                row(DEPARTMENT_MANAGER, SECURITY, BUSINESS_TRANSACTION, Concern.unclear(), TransferToCustomerRelations.class, Rule.R_FC_3),
                row(SUPERVISOR, CLEANING, HELP_REQUEST, Concern.of(ENGINEERING, CLEANING), TransferToCustomerRelations.class, Rule.R_FC_3),
                row(CUSTOMER_SERVICE_ASSISTANT, CUSTOMER_SERVICE, COMPLAINT, Concern.spanningOffices(ENGINEERING), TransferToCustomerRelations.class, Rule.R_FC_3),
                row(OFFICE_MANAGER, ADMIN, HELP_REQUEST, Concern.of(ENGINEERING, CLEANING), HandleDirectly.class, Rule.R_FC_3),
                // R-FC-4: customer relations names the department, files a coordination form, escalates across offices
                row(CUSTOMER_RELATIONS_SUPERVISOR, CUSTOMER_SERVICE, COMPLAINT, Concern.of(ENGINEERING), TransferToResponsibleSupervisor.class, Rule.R_FC_4),
                row(CUSTOMER_RELATIONS_SUPERVISOR, CUSTOMER_SERVICE, HELP_REQUEST, Concern.of(ENGINEERING, CLEANING), OpenCoordinationForm.class, Rule.R_FC_4),
                row(CUSTOMER_RELATIONS_SUPERVISOR, CUSTOMER_SERVICE, COMPLAINT, Concern.unclear(), NameResponsibleDepartment.class, Rule.R_FC_4),
                row(CUSTOMER_RELATIONS_SUPERVISOR, CUSTOMER_SERVICE, BUSINESS_TRANSACTION, Concern.spanningOffices(FINANCE), EscalateToOfficeManager.class, Rule.R_FC_4),
                row(CUSTOMER_RELATIONS_SUPERVISOR, CUSTOMER_SERVICE, BUSINESS_TRANSACTION, Concern.of(CUSTOMER_SERVICE), HandleDirectly.class, Rule.R_FC_4),
                row(OFFICE_MANAGER, ADMIN, COMPLAINT, Concern.spanningOffices(ENGINEERING), HandleDirectly.class, Rule.R_FC_4));
    }

    private static final Department ADMIN = Department.ADMINISTRATION_HR;

    @ParameterizedTest(name = "{0} of {1}, {2} concerning {3} → {4} ({5})")
    @MethodSource("matrix")
    @DisplayName("R-FC-2..R-FC-4: each row of the matrix")
    void routes(Role role, Department department, RequestKind kind, Concern concern, Class<? extends Routing> expected, Rule rule) {
        StaffMember holder = StaffMember.of(new StaffId(new UUID(3, 3)), OfficeStaff.OFFICE, "持单人", role, department,
                        role == COMPANY_LEADERSHIP ? Option.none() : Option.some(new StaffId(new UUID(3, 4))))
                .get();

        Routing routing = Routing.decide(RoutingQuestion.of(holder, kind, concern));

        assertThat(routing).isInstanceOf(expected);
        assertThat(routing.rule()).isEqualTo(rule);
        assertThat(routing.explanation()).isNotBlank();
        if (routing instanceof TransferToResponsibleSupervisor single) {
            assertThat(concern.departments()).containsExactly(single.department());
            assertThat(routing.explanation()).contains(single.department().name());
        }
        if (routing instanceof OpenCoordinationForm form) {
            assertThat(form.departments()).isEqualTo(concern.departments());
        }
    }

    private static Arguments row(Role role, Department department, RequestKind kind, Concern concern,
            Class<? extends Routing> expected, Rule rule) {
        return Arguments.of(role, department, kind, concern, expected, rule);
    }
}
