package org.propertydesk.domain.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.confidentiality.ConfidentialityFixture.*;

import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Rule;

class RetentionOfDepartedStaffFilesTest {

    private final RetentionPolicy retention = RetentionPolicy.defaults();
    private final Instant leftOn = Instant.parse("2026-06-30T04:00:00Z");

    private Option<Approval> approvalFor(Document file, Instant at) {
        return Option.some(Approval.givenBy(officeManager(), file.id(), Approval.Purpose.DESTRUCTION, at));
    }

    @Test
    @DisplayName("R-CF-7: a departed assistant's file is kept 2 years; destroying it a day early is refused naming the date")
    void twoYears() {
        var file = accepted(personnelFileOf(assistant()).recordSubjectDeparture(new SubjectDeparture(leftOn, false))).state();
        var until = Instant.parse("2028-06-30T04:00:00Z");
        assertThat(file.retainedUntil(retention, SHANGHAI)).contains(until);

        var early = until.minusSeconds(86_400);
        assertThat(refused(file.destroy(approvalFor(file, early), Disposal.SHREDDED, early, retention, SHANGHAI)).reasons())
                .containsExactly(new ConfidentialityRejection.RetentionNotOver(file.id(), until, early));
        assertThat(file.destroy(approvalFor(file, until), Disposal.SHREDDED, until, retention, SHANGHAI).isRight()).isTrue();
    }

    @Test
    @DisplayName("R-CF-7: a key position's file is kept 3 years")
    void threeYearsForKeyPositions() {
        var file = accepted(personnelFileOf(departmentManager()).recordSubjectDeparture(new SubjectDeparture(leftOn, true))).state();
        var afterTwoYears = Instant.parse("2028-07-01T04:00:00Z");

        assertThat(file.retainedUntil(retention, SHANGHAI)).contains(Instant.parse("2029-06-30T04:00:00Z"));
        assertThat(refused(file.destroy(approvalFor(file, afterTwoYears), Disposal.SHREDDED, afterTwoYears, retention, SHANGHAI))
                .rules()).containsExactly(Rule.R_CF_7);
    }

    @Test
    @DisplayName("R-CF-7: the file of someone still employed is not destroyed at all")
    void stillEmployed() {
        var file = personnelFileOf(assistant());
        assertThat(refused(file.destroy(approvalFor(file, leftOn), Disposal.SHREDDED, leftOn, retention, SHANGHAI)).reasons().head())
                .isInstanceOf(ConfidentialityRejection.SubjectStillEmployed.class);
    }
}
