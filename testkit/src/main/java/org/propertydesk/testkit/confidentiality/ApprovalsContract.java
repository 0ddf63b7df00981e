package org.propertydesk.testkit.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.testkit.confidentiality.RecordsFixtures.*;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.confidentiality.Approvals;
import org.propertydesk.domain.confidentiality.Approval;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.kernel.ClearanceLevel;

/**
 * What PropertyDesk relies on from every {@link Approvals} register (R-CF-3, K-1): an approval
 * reads back with the approver's standing as it was, later approvals add to earlier ones, and a
 * document's approvals are only its own, in its own office. Extend it and return a new, empty
 * register of your implementation from {@link #newApprovals()}.
 */
public abstract class ApprovalsContract {

    /** A new, empty register; called once per test. */
    protected abstract Approvals newApprovals();

    private static final DocumentId FILE = new DocumentId(new UUID(1, 50));
    private static final DocumentId OTHER_FILE = new DocumentId(new UUID(1, 51));

    @Test
    @DisplayName("R-CF-3: an approval reads back field for field: purpose, approver's role, department, clearance, instant, in writing or not")
    void roundTrip() {
        Approvals approvals = newApprovals();
        Approval written = Approval.writtenBy(OFFICE_MANAGER.withClearance(ClearanceLevel.values()[ClearanceLevel.values().length - 1]),
                FILE, Approval.Purpose.COPY, AT.plusNanos(123_000));
        Approval oral = Approval.givenBy(DEPARTMENT_MANAGER, FILE, Approval.Purpose.LOAN, AT.plusSeconds(1));
        approvals.add(OFFICE, written);
        approvals.add(OFFICE, oral);

        assertThat(approvals.forDocument(OFFICE, FILE)).containsExactlyInAnyOrder(written, oral);
    }

    @Test
    @DisplayName("R-CF-3: the register is append-only: a later approval of the same kind does not replace an earlier one")
    void appendOnly() {
        Approvals approvals = newApprovals();
        Approval first = Approval.givenBy(OFFICE_MANAGER, FILE, Approval.Purpose.COPY, AT);
        Approval second = Approval.writtenBy(OFFICE_MANAGER, FILE, Approval.Purpose.COPY, AT.plusSeconds(3600));
        approvals.add(OFFICE, first);
        approvals.add(OFFICE, second);

        assertThat(approvals.forDocument(OFFICE, FILE)).containsExactlyInAnyOrder(first, second);
    }

    @Test
    @DisplayName("R-CF-3: a document's approvals are its own; a document nobody approved has none")
    void perDocument() {
        Approvals approvals = newApprovals();
        Approval forFile = Approval.givenBy(OFFICE_MANAGER, FILE, Approval.Purpose.COPY, AT);
        Approval forOther = Approval.givenBy(OFFICE_MANAGER, OTHER_FILE, Approval.Purpose.DESTRUCTION, AT);
        approvals.add(OFFICE, forFile);
        approvals.add(OFFICE, forOther);

        assertThat(approvals.forDocument(OFFICE, FILE)).containsExactly(forFile);
        assertThat(approvals.forDocument(OFFICE, OTHER_FILE)).containsExactly(forOther);
        assertThat(approvals.forDocument(OFFICE, new DocumentId(new UUID(1, 52)))).isEmpty();
    }

    @Test
    @DisplayName("K-1: an approval given in one office does not count in another, even for the same document id")
    void isolatedByOffice() {
        Approvals approvals = newApprovals();
        Approval here = Approval.givenBy(OFFICE_MANAGER, FILE, Approval.Purpose.COPY, AT);
        approvals.add(OFFICE, here);

        assertThat(approvals.forDocument(OTHER_OFFICE, FILE)).isEmpty();
        assertThat(approvals.forDocument(OFFICE, FILE)).containsExactly(here);
    }
}
