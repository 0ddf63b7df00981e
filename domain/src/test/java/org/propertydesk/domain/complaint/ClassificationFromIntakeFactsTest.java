package org.propertydesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.complaint.ComplaintFixture.*;

import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("R-CO-1: a complaint's class is decided from the facts recorded at intake")
class ClassificationFromIntakeFactsTest {

    @ParameterizedTest
    @EnumSource(Subject.class)
    @DisplayName("R-CO-1: the company's failure of duty or breach of rules makes an effective complaint, with its subject")
    void companyFailureIsEffective(Subject subject) {
        assertThat(Classification.decide(companyFailure(subject))).isEqualTo(new Classification.Effective(subject));
    }

    @Test
    @DisplayName("R-CO-1: nobody at fault, the ask decides the kind: help-seeking, consulting or venting")
    void askDecidesTheCommunicativeKind() {
        assertThat(Classification.decide(noFault(Subject.EQUIPMENT_REPAIR, Ask.HELP)))
                .isEqualTo(new Classification.Communicative(CommunicativeKind.HELP_SEEKING));
        assertThat(Classification.decide(noFault(Subject.CHARGES, Ask.ANSWER_OR_SUGGESTION)))
                .isEqualTo(new Classification.Communicative(CommunicativeKind.CONSULTING));
        assertThat(Classification.decide(noFault(Subject.SECURITY, Ask.BE_HEARD)))
                .isEqualTo(new Classification.Communicative(CommunicativeKind.VENTING));
    }

    @ParameterizedTest
    @EnumSource(Utility.class)
    @DisplayName("R-CO-1: a complaint caused by a municipal utility is communicative, whatever is asked")
    void municipalUtilityIsCommunicative(Utility utility) {
        for (Ask ask : Ask.values()) {
            IntakeFacts facts = new IntakeFacts(Subject.OTHER_SERVICE, LIFT_LOBBY, new Cause.MunicipalUtility(utility), ask,
                    Option.none(), false, "停水停电");
            assertThat(Classification.decide(facts).isEffective()).isFalse();
        }
    }

    @Test
    @DisplayName("R-CO-1, R-CO-2, R-CO-3: the class decided at registration chooses the procedure")
    void classChoosesTheProcedure() {
        Complaint effective = registered(1, companyFailure(Subject.CLEANING), shanghai("2026-03-10T10:00"));
        Complaint communicative = registered(2, noFault(Subject.CLEANING, Ask.ANSWER_OR_SUGGESTION), shanghai("2026-03-10T10:00"));
        assertThat(effective.procedure()).isEqualTo(new Procedure.Effective(EffectiveStep.RECORDED));
        assertThat(communicative.procedure()).isEqualTo(new Procedure.Communicative(CommunicativeStep.RECORDED));
        assertThat(effective.history().head()).isInstanceOf(ComplaintEvent.Registered.class);
    }
}
