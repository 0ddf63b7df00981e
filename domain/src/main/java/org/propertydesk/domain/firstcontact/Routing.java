package org.propertydesk.domain.firstcontact;

import io.vavr.collection.Set;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;

/**
 * Where a request goes from the person holding it: one decision for every question, explained by
 * the rule that fired (R-FC-2 operators, R-FC-3 managers, R-FC-4 customer relations). The decision
 * is advice in the manuals' words; the people still act (transfer, answer) through the request.
 */
public sealed interface Routing {

    /** Why this decision: the branch of the manual that fired. */
    Why why();

    default Rule rule() {
        return why().rule();
    }

    /** A sentence for people: what to do and why. */
    default String explanation() {
        return why().sentence();
    }

    /** Decides, for every question exactly one way (routing is total). */
    static Routing decide(RoutingQuestion question) {
        Objects.requireNonNull(question, "question");
        Role role = question.role();
        Concern concern = question.concern();
        boolean inScope = concern.within(question.scope());
        if (role.isOperator()) {
            return inScope ? new HandleDirectly(Why.OPERATOR_OWN_SCOPE) : new TransferToDirectSuperior(Why.OPERATOR_OUTSIDE_SCOPE);
        }
        if (question.kind() == RequestKind.CONSULTATION) {
            return new AnswerDirectly(Why.CONSULTATION);
        }
        if (concern.acrossOffices()) {
            if (role == Role.OFFICE_MANAGER || role == Role.COMPANY_LEADERSHIP) {
                return new HandleDirectly(Why.OFFICE_MANAGER_COORDINATES);
            }
            return role == Role.CUSTOMER_RELATIONS_SUPERVISOR
                    ? new EscalateToOfficeManager(Why.ACROSS_OFFICES)
                    : new TransferToCustomerRelations(Why.ACROSS_OFFICES_TO_CUSTOMER_RELATIONS);
        }
        if (inScope) {
            return new HandleDirectly(role == Role.CUSTOMER_RELATIONS_SUPERVISOR ? Why.CUSTOMER_RELATIONS_OWN_SCOPE : Why.MANAGER_OWN_SCOPE);
        }
        if (role == Role.CUSTOMER_RELATIONS_SUPERVISOR) {
            if (concern.isUnclear()) {
                return new NameResponsibleDepartment(Why.CUSTOMER_RELATIONS_NAMES_DEPARTMENT);
            }
            return concern.isSingleDepartment()
                    ? new TransferToResponsibleSupervisor(concern.departments().head(), Why.CUSTOMER_RELATIONS_SINGLE_DEPARTMENT)
                    : new OpenCoordinationForm(concern.departments(), Why.SHARED_RESPONSIBILITY);
        }
        if (concern.isSingleDepartment()) {
            return new TransferToResponsibleSupervisor(concern.departments().head(), Why.MANAGER_SINGLE_OTHER_DEPARTMENT);
        }
        return new TransferToCustomerRelations(concern.isUnclear() ? Why.UNCLEAR_DEPARTMENT : Why.SEVERAL_DEPARTMENTS);
    }

    /** The branches of 首问责任制实施细则 · 实施方式, each with its rule and a sentence. */
    enum Why {
        OPERATOR_OWN_SCOPE(Rule.R_FC_2, "an operator serves a request within their own scope directly"),
        OPERATOR_OUTSIDE_SCOPE(Rule.R_FC_2, "an operator transfers a request outside their own scope to their direct superior, who handles it"),
        CONSULTATION(Rule.R_FC_3, "a consultation is answered directly: a caller is given the right number, a visitor is answered after the policy is checked by phone"),
        MANAGER_OWN_SCOPE(Rule.R_FC_3, "a request within the manager's own scope is served directly"),
        MANAGER_SINGLE_OTHER_DEPARTMENT(Rule.R_FC_3, "a request that belongs to a single other department goes to that department's supervisor"),
        UNCLEAR_DEPARTMENT(Rule.R_FC_3, "a request whose department is unclear goes to the customer-relations supervisor"),
        SEVERAL_DEPARTMENTS(Rule.R_FC_3, "a request that several departments share goes to the customer-relations supervisor"),
        ACROSS_OFFICES_TO_CUSTOMER_RELATIONS(Rule.R_FC_3, "a request beyond this management office is not one department's: it goes to the customer-relations supervisor"),
        CUSTOMER_RELATIONS_OWN_SCOPE(Rule.R_FC_4, "a request within customer relations' own scope is served directly"),
        CUSTOMER_RELATIONS_NAMES_DEPARTMENT(Rule.R_FC_4, "the customer-relations supervisor determines the responsible department before passing the request on"),
        CUSTOMER_RELATIONS_SINGLE_DEPARTMENT(Rule.R_FC_4, "the customer-relations supervisor passes the request to the responsible department's supervisor"),
        SHARED_RESPONSIBILITY(Rule.R_FC_4, "several departments share it: the customer-relations supervisor files a coordination form (客户接待事项协调单) naming a lead department, which handles it"),
        ACROSS_OFFICES(Rule.R_FC_4, "a request spanning management offices goes to the office manager, who coordinates it"),
        OFFICE_MANAGER_COORDINATES(Rule.R_FC_4, "the office manager coordinates a request spanning management offices");

        private final Rule rule;
        private final String sentence;

        Why(Rule rule, String sentence) {
            this.rule = rule;
            this.sentence = sentence;
        }

        public Rule rule() {
            return rule;
        }

        public String sentence() {
            return sentence;
        }
    }

    /** Serve it yourself. */
    @ValueObject
    record HandleDirectly(Why why) implements Routing {
        public HandleDirectly {
            Objects.requireNonNull(why, "why");
        }
    }

    /** Answer the consultation yourself (R-FC-3). */
    @ValueObject
    record AnswerDirectly(Why why) implements Routing {
        public AnswerDirectly {
            Objects.requireNonNull(why, "why");
        }
    }

    /** An operator passes it up the line (R-FC-2). */
    @ValueObject
    record TransferToDirectSuperior(Why why) implements Routing {
        public TransferToDirectSuperior {
            Objects.requireNonNull(why, "why");
        }
    }

    /** To the supervisor of the one responsible department (R-FC-3, R-FC-4). */
    @ValueObject
    record TransferToResponsibleSupervisor(Department department, Why why) implements Routing {
        public TransferToResponsibleSupervisor {
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(why, "why");
        }

        @Override
        public String explanation() {
            return why.sentence() + " (" + department + ")";
        }
    }

    /** To the customer-relations supervisor (R-FC-3). */
    @ValueObject
    record TransferToCustomerRelations(Why why) implements Routing {
        public TransferToCustomerRelations {
            Objects.requireNonNull(why, "why");
        }
    }

    /** The customer-relations supervisor must first say which department is responsible (R-FC-4). */
    @ValueObject
    record NameResponsibleDepartment(Why why) implements Routing {
        public NameResponsibleDepartment {
            Objects.requireNonNull(why, "why");
        }
    }

    /** A coordination form naming one of {@code departments} as lead (R-FC-4). */
    @ValueObject
    record OpenCoordinationForm(Set<Department> departments, Why why) implements Routing {
        public OpenCoordinationForm {
            Objects.requireNonNull(departments, "departments");
            Objects.requireNonNull(why, "why");
        }

        @Override
        public String explanation() {
            return why.sentence() + " (among " + departments.mkString(", ") + ")";
        }
    }

    /** To the office manager, across management offices (R-FC-4, K-1). */
    @ValueObject
    record EscalateToOfficeManager(Why why) implements Routing {
        public EscalateToOfficeManager {
            Objects.requireNonNull(why, "why");
        }
    }
}
