package org.propertydesk.domain.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.confidentiality.ConfidentialityFixture.*;

import io.vavr.collection.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.Rule;

class ReadingAboveClearanceTest {

    @Test
    @DisplayName("R-CF-2: a front-desk assistant is denied a secret owner record, as a permission refusal naming both levels")
    void assistantDeniedOwnerRecord() {
        var assistant = assistant();
        var record = document(DocumentKind.OWNER_RECORD);

        var denial = refused(AccessPolicy.decide(assistant, record, Access.READ, TUESDAY_10AM, none(), List.empty()));

        assertThat(denial.reasons()).containsExactly(new ConfidentialityRejection.AboveClearance(
                assistant.id(), ClearanceLevel.INTERNAL, record.id(), ClearanceLevel.SECRET));
        assertThat(denial.reasons().head()).isInstanceOf(PermissionRejection.class);
    }

    @Test
    @DisplayName("R-CF-2: secret circulates to department heads; confidential and top secret only to company leadership")
    void circulation() {
        var plan = document(DocumentKind.PLAN);
        var decision = document(DocumentKind.DECISION_DOCUMENT);
        var owners = document(DocumentKind.OWNER_RECORD);

        var granted = AccessPolicy.decide(departmentManager(), owners, Access.READ, TUESDAY_10AM, none(), List.empty()).get();
        assertThat(granted.decidedBy()).isEqualTo(Rule.R_CF_2);
        assertThat(AccessPolicy.decide(officeManager(), plan, Access.READ, TUESDAY_10AM, none(), List.empty()).isLeft()).isTrue();
        assertThat(AccessPolicy.decide(leadership(), plan, Access.READ, TUESDAY_10AM, none(), List.empty()).isRight()).isTrue();
        assertThat(AccessPolicy.decide(leadership(), decision, Access.READ, TUESDAY_10AM, none(), List.empty()).isRight()).isTrue();
    }

    @Test
    @DisplayName("R-CF-2: internal documents circulate to the staff concerned")
    void internalForStaff() {
        var notice = document(DocumentKind.INTERNAL_DOCUMENT);
        assertThat(AccessPolicy.decide(assistant(), notice, Access.READ, TUESDAY_10AM, none(), List.empty()).isRight()).isTrue();
    }

    @Test
    @DisplayName("K-1, R-CF-2: a manager of another office is denied even an internal notice")
    void otherOffice() {
        var manager = departmentManager();
        var stranger = new org.propertydesk.domain.kernel.StaffMember(manager.id(), new OfficeId(new UUID(9, 9)), "x",
                manager.role(), manager.department(), manager.superior(), manager.clearance());
        var denial = refused(AccessPolicy.decide(stranger, document(DocumentKind.INTERNAL_DOCUMENT), Access.READ, TUESDAY_10AM,
                none(), List.empty()));
        assertThat(denial.rules()).containsExactly(Rule.K_1);
    }
}
