package org.propertydesk.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.risk.NoticeFixture.*;

import io.vavr.collection.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.propertydesk.domain.kernel.Rule;

@DisplayName("R-RN-8: the office does not detain, fine, confine, force registration, keep ID, break in or move the badly hurt")
class UnlawfulConductTest {

    private static final IncidentId INCIDENT = new IncidentId(new UUID(6, 1));

    @ParameterizedTest
    @EnumSource(value = ConductAction.class, names = {"DETAIN", "FINE", "CONFINE", "FORCE_REGISTRATION", "KEEP_ID_DOCUMENT",
            "ENTER_HOME_WITHOUT_PERMISSION", "MOVE_SERIOUSLY_INJURED"})
    @DisplayName("R-RN-8: each act the manual forbids is refused, naming a lawful alternative")
    void forbiddenActs(ConductAction act) {
        var result = IncidentRecord.record(INCIDENT, OFFICE, CLERK, "incident", List.of(act), MONDAY_9AM);

        assertThat(result.getLeft().reasons()).singleElement().isInstanceOfSatisfying(RiskRejection.UnlawfulConduct.class, rejection -> {
            assertThat(rejection.rule()).isEqualTo(Rule.R_RN_8);
            assertThat(rejection.lawfulAlternatives()).isNotEmpty().allMatch(ConductAction::lawful);
            assertThat(rejection.reason()).contains(rejection.lawfulAlternatives().head().description());
        });
    }

    @Test
    @DisplayName("R-RN-8: the alternatives are the manual's: call the police, preserve the scene, ask the owner's permission, patrol escort")
    void alternativesAsInManual() {
        assertThat(ConductAction.DETAIN.lawfulAlternatives()).contains(ConductAction.CALL_POLICE);
        assertThat(ConductAction.TOUCH_SCENE.lawfulAlternatives()).contains(ConductAction.PRESERVE_SCENE);
        assertThat(ConductAction.ENTER_HOME_WITHOUT_PERMISSION.lawfulAlternatives())
                .contains(ConductAction.ASK_OCCUPANT_PERMISSION, ConductAction.CALL_POLICE);
        assertThat(ConductAction.FORCE_REGISTRATION.lawfulAlternatives()).contains(ConductAction.ESCORT_VISITOR_WITH_PATROL);
        assertThat(ConductAction.MOVE_SERIOUSLY_INJURED.lawfulAlternatives()).contains(ConductAction.CALL_AMBULANCE);
    }

    @Test
    @DisplayName("R-RN-8: a record with two unlawful acts names both, not only the first")
    void everyReason() {
        var result = IncidentRecord.record(INCIDENT, OFFICE, CLERK, "shoplifter caught",
                List.of(ConductAction.CALL_POLICE, ConductAction.DETAIN, ConductAction.FINE), MONDAY_9AM);

        assertThat(result.getLeft().reasons()).map(r -> ((RiskRejection.UnlawfulConduct) r).action())
                .containsExactly(ConductAction.DETAIN, ConductAction.FINE);
    }

    @Test
    @DisplayName("R-RN-8: calling the police, preserving the scene and entering with permission are recorded")
    void lawfulActs() {
        var result = IncidentRecord.record(INCIDENT, OFFICE, CLERK, "water leaking from 3-1201",
                List.of(ConductAction.ASK_OCCUPANT_PERMISSION, ConductAction.ENTER_HOME_WITH_PERMISSION, ConductAction.CUT_OFF_DAMAGE_SOURCE),
                MONDAY_9AM);

        assertThat(result.get().events()).singleElement().isInstanceOf(RiskEvent.IncidentRecorded.class);
    }
}
