package org.propertydesk.domain.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.confidentiality.ConfidentialityFixture.*;

import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;

class DocumentLevelsTest {

    @Test
    @DisplayName("R-CF-1: owner and occupant records are secret by default")
    void ownerAndOccupantRecordsAreSecret() {
        assertThat(document(DocumentKind.OWNER_RECORD).level()).isEqualTo(ClearanceLevel.SECRET);
        assertThat(document(DocumentKind.OCCUPANT_RECORD).level()).isEqualTo(ClearanceLevel.SECRET);
    }

    @Test
    @DisplayName("R-CF-1: decision documents are top secret, plans and important minutes confidential, salaries and contracts secret")
    void levelsByKind() {
        assertThat(document(DocumentKind.DECISION_DOCUMENT).level()).isEqualTo(ClearanceLevel.TOP_SECRET);
        assertThat(document(DocumentKind.PLAN).level()).isEqualTo(ClearanceLevel.CONFIDENTIAL);
        assertThat(document(DocumentKind.IMPORTANT_MINUTES).level()).isEqualTo(ClearanceLevel.CONFIDENTIAL);
        assertThat(document(DocumentKind.SALARIES).level()).isEqualTo(ClearanceLevel.SECRET);
        assertThat(document(DocumentKind.CONTRACT).level()).isEqualTo(ClearanceLevel.SECRET);
        assertThat(document(DocumentKind.INTERNAL_DOCUMENT).level()).isEqualTo(ClearanceLevel.INTERNAL);
    }

    @Test
    @DisplayName("R-CF-1: an owner record graded internal is refused; graded confidential it is accepted")
    void neverBelowTheKindsLevel() {
        var lowered = refused(Document.classify(new DocumentId(nextId()), OFFICE, "owners of block 3", DocumentKind.OWNER_RECORD,
                Option.some(ClearanceLevel.INTERNAL), Option.none(), new StaffId(nextId()), ClassificationPolicy.defaults(),
                TUESDAY_10AM));
        assertThat(lowered.reasons()).containsExactly(new ConfidentialityRejection.BelowMinimumLevel(
                DocumentKind.OWNER_RECORD, ClearanceLevel.INTERNAL, ClearanceLevel.SECRET));
        assertThat(lowered.names(Rule.R_CF_1)).isTrue();

        assertThat(document(DocumentKind.OWNER_RECORD, Option.some(ClearanceLevel.CONFIDENTIAL)).level())
                .isEqualTo(ClearanceLevel.CONFIDENTIAL);
    }

    @Test
    @DisplayName("R-CF-1: an integrator's policy may grade CCTV recordings confidential by default")
    void policyIsReplaceable() {
        var policy = ClassificationPolicy.defaults().with(DocumentKind.CCTV_RECORDING, ClearanceLevel.CONFIDENTIAL);
        var outcome = accepted(Document.classify(new DocumentId(nextId()), OFFICE, "lobby camera, 3 March",
                DocumentKind.CCTV_RECORDING, Option.none(), Option.none(), new StaffId(nextId()), policy, TUESDAY_10AM));
        assertThat(outcome.state().level()).isEqualTo(ClearanceLevel.CONFIDENTIAL);
        assertThat(outcome.events()).hasSize(1);
    }

    @Test
    @DisplayName("R-CF-1, R-CF-8: an untitled personnel file without a subject is refused for both reasons at once")
    void everyReasonAtOnce() {
        var refusal = refused(Document.classify(new DocumentId(nextId()), OFFICE, " ", DocumentKind.PERSONNEL_FILE,
                Option.none(), Option.none(), new StaffId(nextId()), ClassificationPolicy.defaults(), TUESDAY_10AM));
        assertThat(refusal.rules()).containsExactly(Rule.R_CF_1, Rule.R_CF_8);
    }
}
