package org.propertydesk.domain.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.TreeSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;

class RoutingProperties {

    @Provide
    Arbitrary<RoutingQuestion> questions() {
        Arbitrary<Set<Department>> departments = Arbitraries.of(Department.class).set().ofMaxSize(3);
        Arbitrary<Concern> concerns = Combinators.combine(departments, Arbitraries.of(true, false))
                .as((named, across) -> new Concern(TreeSet.ofAll(named), across));
        Arbitrary<io.vavr.collection.Set<Department>> scopes = Arbitraries.of(Department.class).set().ofMinSize(1).ofMaxSize(2)
                .map(TreeSet::ofAll);
        return Combinators.combine(Arbitraries.of(Role.class), scopes, Arbitraries.of(RequestKind.class), concerns)
                .as(RoutingQuestion::new);
    }

    @Property
    @Label("R-FC-2..R-FC-4: routing is total — every question gets exactly one decision, explained by one of R-FC-2..R-FC-4, and the same one every time")
    void total(@ForAll("questions") RoutingQuestion question) {
        Routing routing = Routing.decide(question);

        assertThat(routing).isNotNull();
        assertThat(routing.rule()).isIn(Rule.R_FC_2, Rule.R_FC_3, Rule.R_FC_4);
        assertThat(routing.explanation()).isNotBlank();
        assertThat(Routing.decide(question)).isEqualTo(routing);
        Statistics.label("decision").collect(routing.getClass().getSimpleName());
    }

    @Property
    @Label("R-FC-2: an operator either serves within their own scope or goes to their direct superior, never elsewhere")
    void operators(@ForAll("questions") RoutingQuestion question) {
        Routing routing = Routing.decide(question);

        if (question.role().isOperator()) {
            assertThat(routing).isInstanceOf(question.concern().within(question.scope())
                    ? Routing.HandleDirectly.class
                    : Routing.TransferToDirectSuperior.class);
            assertThat(routing.rule()).isEqualTo(Rule.R_FC_2);
        } else {
            assertThat(routing).isNotInstanceOf(Routing.TransferToDirectSuperior.class);
        }
    }

    @Property
    @Label("R-FC-3: whoever is not an operator answers a consultation directly")
    void consultations(@ForAll("questions") RoutingQuestion question) {
        Routing routing = Routing.decide(question);

        boolean answered = routing instanceof Routing.AnswerDirectly;
        assertThat(answered).isEqualTo(!question.role().isOperator() && question.kind() == RequestKind.CONSULTATION);
    }

    @Property
    @Label("R-FC-4: only the customer-relations supervisor files a coordination form or escalates to the office manager, and only for several departments or several offices")
    void customerRelations(@ForAll("questions") RoutingQuestion question) {
        Routing routing = Routing.decide(question);

        if (routing instanceof Routing.OpenCoordinationForm form) {
            assertThat(question.role()).isEqualTo(Role.CUSTOMER_RELATIONS_SUPERVISOR);
            assertThat(form.departments().size()).isGreaterThan(1);
        }
        if (routing instanceof Routing.EscalateToOfficeManager) {
            assertThat(question.role()).isEqualTo(Role.CUSTOMER_RELATIONS_SUPERVISOR);
            assertThat(question.concern().acrossOffices()).isTrue();
        }
        if (routing instanceof Routing.TransferToResponsibleSupervisor single) {
            assertThat(question.concern().departments()).containsExactly(single.department());
            assertThat(question.scope()).doesNotContain(single.department());
        }
    }
}
