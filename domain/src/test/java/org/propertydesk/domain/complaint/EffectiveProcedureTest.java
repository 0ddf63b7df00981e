package org.propertydesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.complaint.ComplaintFixture.*;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("R-CO-2: an effective complaint goes record → nature → department → head on site → head handles → return visit")
class EffectiveProcedureTest {

    private final Instant t = shanghai("2026-03-10T10:00");
    private final Complaint lift = registered(1, companyFailure(Subject.EQUIPMENT_REPAIR), t);

    @Test
    @DisplayName("R-CO-2: the machine declares exactly the manual's steps, and closing is only reached through a return visit")
    void declaredOnce() {
        assertThat(Procedure.EFFECTIVE.reachable()).containsExactlyInAnyOrder(EffectiveStep.values());
        assertThat(Procedure.EFFECTIVE.terminal()).containsExactly(EffectiveStep.CLOSED);
        assertThat(Procedure.EFFECTIVE.transitions().filter(step -> step.to() == EffectiveStep.CLOSED).map(step -> step.from()))
                .containsExactly(EffectiveStep.RETURN_VISITED);
    }

    @Test
    @DisplayName("R-CO-2: a step cannot be skipped: the department cannot be named before the nature is determined")
    void noSkipping() {
        assertThat(lift.determineDepartment(ASSISTANT, Department.ENGINEERING, t).getLeft().reasons())
                .containsExactly(new ComplaintRejection.StepOutOfOrder(lift.id(), Rule.R_CO_2, "RECORDED", Procedure.DETERMINE_DEPARTMENT));
        assertThat(lift.confirmIdentity(ASSISTANT, t).getLeft().rules()).containsExactly(Rule.R_CO_2);
    }

    @Test
    @DisplayName("R-CO-2: only a head of the responsible department goes to the scene, and that head leads the handling")
    void theResponsibleHead() {
        Complaint named = lift.determineNature(ASSISTANT, t).get().complaint()
                .determineDepartment(ASSISTANT, Department.ENGINEERING, t.plusSeconds(60)).get().complaint();
        assertThat(named.headOnSite(CLEANING_HEAD, t.plusSeconds(120)).getLeft().reasons())
                .containsExactly(new ComplaintRejection.NotHeadOfDepartment(CLEANING_HEAD.id(), Department.ENGINEERING));
        assertThat(named.headOnSite(REPAIRER, t.plusSeconds(120)).isLeft()).as("an operator is not a head").isTrue();
        Complaint onSite = named.headOnSite(ENGINEERING_HEAD, t.plusSeconds(120)).get().complaint();
        assertThat(onSite.head()).contains(ENGINEERING_HEAD.id());
        assertThat(onSite.headHandles(SUPERVISOR, t.plusSeconds(180)).getLeft().reasons())
                .containsExactly(new ComplaintRejection.NotTheResponsibleHead(SUPERVISOR.id(), ENGINEERING_HEAD.id()))
                .allMatch(PermissionRejection.class::isInstance);
    }

    @Test
    @DisplayName("R-CO-2, R-CO-7: walked through in order, every step records who and when, and it closes after a satisfied return visit")
    void wholeProcedure() {
        Complaint handled = handledByEngineeringHead(lift, t);
        Complaint closed = handled.returnVisit(ASSISTANT, true, t.plusSeconds(20000)).get().complaint()
                .close(SUPERVISOR, t.plusSeconds(21000)).get().complaint();
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.history().filter(ComplaintEvent.StepTaken.class::isInstance).map(ComplaintEvent.StepTaken.class::cast)
                        .map(step -> step.step() + " by " + (step.by().equals(ENGINEERING_HEAD.id()) ? "head" : "desk")))
                .containsExactly("NATURE_DETERMINED by desk", "DEPARTMENT_DETERMINED by desk", "HEAD_ON_SITE by head",
                        "HANDLED_BY_HEAD by head", "RETURN_VISITED by desk", "CLOSED by desk");
        assertThat(closed.history().filter(ComplaintEvent.StepTaken.class::isInstance).map(ComplaintEvent::at).toJavaList())
                .isSorted();
    }

    @Test
    @DisplayName("R-CO-2: a dissatisfied return visit sends the head back to handle it again; the complaint stays effective")
    void dissatisfiedGoesBackToTheHead() {
        Complaint again = handledByEngineeringHead(lift, t).returnVisit(ASSISTANT, false, t.plusSeconds(20000)).get().complaint();
        assertThat(again.procedure()).isEqualTo(new Procedure.Effective(EffectiveStep.HEAD_ON_SITE));
        assertThat(again.classification().isEffective()).isTrue();
        assertThat(again.close(SUPERVISOR, t.plusSeconds(21000)).getLeft().rules()).containsExactly(Rule.R_CO_2);
    }
}
