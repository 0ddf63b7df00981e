package org.propertydesk.domain.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.confidentiality.ConfidentialityFixture.*;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Rule;

class DestroyingArchivesTest {

    private final RetentionPolicy retention = RetentionPolicy.defaults();

    @Test
    @DisplayName("R-CF-6: destroying an archive without the office manager's approval is refused; a department manager's does not count")
    void needsOfficeManager() {
        var contract = document(DocumentKind.CONTRACT);
        var byDepartment = Approval.givenBy(departmentManager(), contract.id(), Approval.Purpose.DESTRUCTION, TUESDAY_10AM);

        assertThat(refused(contract.destroy(Option.none(), Disposal.SHREDDED, TUESDAY_10AM, retention, SHANGHAI)).rules())
                .containsExactly(Rule.R_CF_6);
        assertThat(refused(contract.destroy(Option.some(byDepartment), Disposal.SHREDDED, TUESDAY_10AM, retention, SHANGHAI))
                .reasons().head()).isInstanceOf(ConfidentialityRejection.DestructionNotApproved.class);
    }

    @Test
    @DisplayName("R-CF-6: classified waste is shredded, never discarded; internal waste may be discarded")
    void classifiedWasteDestroyed() {
        var contract = document(DocumentKind.CONTRACT);
        var approval = Option.some(Approval.givenBy(officeManager(), contract.id(), Approval.Purpose.DESTRUCTION, TUESDAY_10AM));

        assertThat(refused(contract.destroy(approval, Disposal.DISCARDED, TUESDAY_10AM, retention, SHANGHAI)).reasons())
                .containsExactly(new ConfidentialityRejection.ClassifiedWasteDiscarded(contract.id(), contract.level()));
        var destroyed = accepted(contract.destroy(approval, Disposal.SHREDDED, TUESDAY_10AM, retention, SHANGHAI)).state();
        assertThat(destroyed.isDestroyed()).isTrue();

        var notice = document(DocumentKind.INTERNAL_DOCUMENT);
        assertThat(notice.destroy(Option.some(Approval.givenBy(officeManager(), notice.id(), Approval.Purpose.DESTRUCTION,
                TUESDAY_10AM)), Disposal.DISCARDED, TUESDAY_10AM, retention, SHANGHAI).isRight()).isTrue();
    }

    @Test
    @DisplayName("R-CF-6: a destroyed document can no longer be read, lent or destroyed again")
    void destroyedIsGone() {
        var contract = document(DocumentKind.CONTRACT);
        var approval = Option.some(Approval.givenBy(officeManager(), contract.id(), Approval.Purpose.DESTRUCTION, TUESDAY_10AM));
        var destroyed = accepted(contract.destroy(approval, Disposal.SHREDDED, TUESDAY_10AM, retention, SHANGHAI)).state();

        assertThat(refused(AccessPolicy.decide(leadership(), destroyed, Access.READ, TUESDAY_10AM, none(), List.empty())).rules())
                .containsExactly(Rule.R_CF_6);
        assertThat(refused(Loan.request(new LoanId(nextId()), destroyed, leadership(), LoanTerm.SAME_DAY, TUESDAY_10AM)).rules())
                .containsExactly(Rule.R_CF_6);
        assertThat(refused(destroyed.destroy(approval, Disposal.SHREDDED, TUESDAY_10AM, retention, SHANGHAI)).reasons().head())
                .isInstanceOf(ConfidentialityRejection.DocumentDestroyed.class);
    }
}
