package org.propertydesk.domain.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.confidentiality.ConfidentialityFixture.*;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;

class BorrowingClassifiedDocumentTest {

    private final LoanPolicy policy = LoanPolicy.defaults();

    @Test
    @DisplayName("R-CF-4: a secret owner record is not handed out before the office manager approves")
    void needsOfficeManager() {
        var loan = requested(document(DocumentKind.OWNER_RECORD), departmentManager(), LoanTerm.SAME_DAY);

        var refusal = refused(loan.lend(TUESDAY_10AM, policy, SHANGHAI));

        assertThat(refusal.reasons()).containsExactly(new ConfidentialityRejection.LoanNotApproved(loan.id(), List.of(Role.OFFICE_MANAGER)));
    }

    @Test
    @DisplayName("R-CF-4: a department manager cannot approve a loan of an owner record; it is a permission refusal")
    void departmentManagerCannotApprove() {
        var record = document(DocumentKind.OWNER_RECORD);
        var loan = requested(record, departmentManager(), LoanTerm.SAME_DAY);

        var refusal = refused(loan.approve(Approval.givenBy(departmentManager(), record.id(), Approval.Purpose.LOAN, TUESDAY_10AM)));

        assertThat(refusal.reasons().head()).isInstanceOf(ConfidentialityRejection.NotEntitledToApproveLoan.class);
    }

    @Test
    @DisplayName("R-CF-4: a classified document lent at 10:00 is due back at midnight the same day, office time")
    void sameDay() {
        var loan = lent(document(DocumentKind.OWNER_RECORD), departmentManager(), LoanTerm.SAME_DAY, TUESDAY_10AM);

        assertThat(loan.due()).contains(Instant.parse("2026-03-10T16:00:00Z"));
        assertThat(loan.isOverdueAt(Instant.parse("2026-03-10T15:59:59Z"))).isFalse();
        assertThat(loan.isOverdueAt(Instant.parse("2026-03-10T16:00:01Z"))).isTrue();
    }

    @Test
    @DisplayName("R-CF-4: a classified document cannot be asked for a 7-day loan")
    void classifiedNotForAWeek() {
        var record = document(DocumentKind.OWNER_RECORD);
        var refusal = refused(Loan.request(new LoanId(nextId()), record, departmentManager(), LoanTerm.SHORT_TERM, TUESDAY_10AM));
        assertThat(refusal.reasons()).containsExactly(
                new ConfidentialityRejection.ClassifiedLoanBeyondTheDay(record.id(), record.level(), LoanTerm.SHORT_TERM));
    }

    @Test
    @DisplayName("R-CF-4: archive originals are lent for at most 7 days short-term and 15 days long-term")
    void archiveTerms() {
        var archive = document(DocumentKind.INTERNAL_DOCUMENT);
        assertThat(lent(archive, assistant(), LoanTerm.SHORT_TERM, TUESDAY_10AM).due()).contains(TUESDAY_10AM.plus(Duration.ofDays(7)));
        assertThat(lent(archive, assistant(), LoanTerm.LONG_TERM, TUESDAY_10AM).due()).contains(TUESDAY_10AM.plus(Duration.ofDays(15)));
    }

    @Test
    @DisplayName("R-CF-4: a renewal asked for before the due date extends the loan by its term; one asked for after is refused")
    void renewalBeforeDue() {
        var archive = document(DocumentKind.INTERNAL_DOCUMENT);
        var loan = lent(archive, assistant(), LoanTerm.SHORT_TERM, TUESDAY_10AM);
        var due = loan.due().get();

        var renewed = accepted(loan.renew(Approval.givenBy(officeManager(), archive.id(), Approval.Purpose.LOAN, due.minusSeconds(3600)),
                due.minusSeconds(3600), policy, SHANGHAI)).state();
        assertThat(renewed.due()).contains(due.plus(Duration.ofDays(7)));

        var late = due.plusSeconds(1);
        var refusal = refused(loan.renew(Approval.givenBy(officeManager(), archive.id(), Approval.Purpose.LOAN, late), late, policy, SHANGHAI));
        assertThat(refusal.reasons()).containsExactly(new ConfidentialityRejection.RenewalAfterDue(loan.id(), due, late));
    }

    @Test
    @DisplayName("R-CF-4: a same-day loan of a classified document is never renewed")
    void sameDayNotRenewed() {
        var record = document(DocumentKind.OWNER_RECORD);
        var loan = lent(record, departmentManager(), LoanTerm.SAME_DAY, TUESDAY_10AM);
        var refusal = refused(loan.renew(Approval.givenBy(officeManager(), record.id(), Approval.Purpose.LOAN, TUESDAY_10AM),
                TUESDAY_10AM, policy, SHANGHAI));
        assertThat(refusal.rules()).containsExactly(Rule.R_CF_4);
    }

    @Test
    @DisplayName("R-CF-4: a CCTV recording is lent only on written notes from a department head and the office manager")
    void cctvNeedsTwoWrittenNotes() {
        var recording = document(DocumentKind.CCTV_RECORDING);
        var loan = requested(recording, departmentManager(), LoanTerm.SAME_DAY);

        var oral = refused(loan.approve(Approval.givenBy(officeManager(), recording.id(), Approval.Purpose.LOAN, TUESDAY_10AM)));
        assertThat(oral.reasons().head()).isInstanceOf(ConfidentialityRejection.CctvNoteNotWritten.class);

        loan = accepted(loan.approve(Approval.writtenBy(officeManager(), recording.id(), Approval.Purpose.LOAN, TUESDAY_10AM))).state();
        assertThat(refused(loan.lend(TUESDAY_10AM, policy, SHANGHAI)).reasons())
                .containsExactly(new ConfidentialityRejection.LoanNotApproved(loan.id(), List.of(Role.DEPARTMENT_MANAGER)));

        loan = accepted(loan.approve(Approval.writtenBy(departmentManager(), recording.id(), Approval.Purpose.LOAN, TUESDAY_10AM))).state();
        assertThat(accepted(loan.lend(TUESDAY_10AM, policy, SHANGHAI)).state().status()).isEqualTo(LoanStatus.ON_LOAN);
    }

    @Test
    @DisplayName("R-CF-4: a document leaves the records office only on the borrower's own current loan")
    void takeOutNeedsLoan() {
        var record = document(DocumentKind.OWNER_RECORD);
        var borrower = departmentManager();
        var loan = lent(record, borrower, LoanTerm.SAME_DAY, TUESDAY_10AM);

        assertThat(AccessPolicy.decide(borrower, record, Access.TAKE_OUT, TUESDAY_10AM.plusSeconds(60), none(), List.of(loan)).get()
                .decidedBy()).isEqualTo(Rule.R_CF_4);
        assertThat(refused(AccessPolicy.decide(departmentManager(), record, Access.TAKE_OUT, TUESDAY_10AM, none(), List.of(loan)))
                .rules()).containsExactly(Rule.R_CF_4);
        assertThat(AccessPolicy.decide(borrower, record, Access.TAKE_OUT, loan.due().get(), none(), List.of(loan)).isLeft()).isTrue();
    }

    @Test
    @DisplayName("R-CF-4: a returned loan is no longer overdue; a late return is recorded as late")
    void lateReturn() {
        var loan = lent(document(DocumentKind.OWNER_RECORD), departmentManager(), LoanTerm.SAME_DAY, TUESDAY_10AM);
        var nextMorning = TUESDAY_10AM.plus(Duration.ofDays(1));

        var outcome = accepted(loan.giveBack(nextMorning));

        assertThat(outcome.state().isOverdueAt(nextMorning.plusSeconds(1))).isFalse();
        assertThat(outcome.state().returnedLate()).isTrue();
        assertThat(outcome.events().head()).isInstanceOfSatisfying(ConfidentialityEvent.LoanReturned.class,
                returned -> assertThat(returned.late()).isTrue());
        assertThat(refused(outcome.state().giveBack(nextMorning)).reasons().head())
                .isInstanceOf(ConfidentialityRejection.LoanNotInState.class);
    }

    @Test
    @DisplayName("R-CF-4: only the office manager refuses a loan; a refused loan is never handed out")
    void refusal() {
        var loan = requested(document(DocumentKind.OWNER_RECORD), departmentManager(), LoanTerm.SAME_DAY);

        assertThat(refused(loan.refuse(assistant(), TUESDAY_10AM)).reasons().head())
                .isInstanceOf(org.propertydesk.domain.kernel.PermissionRejection.class);
        var refusedLoan = accepted(loan.refuse(officeManager(), TUESDAY_10AM)).state();
        assertThat(refusedLoan.status()).isEqualTo(LoanStatus.REFUSED);
        assertThat(refused(refusedLoan.lend(TUESDAY_10AM, policy, SHANGHAI)).reasons())
                .contains(new ConfidentialityRejection.LoanNotInState(loan.id(), LoanStatus.REFUSED, "lend"));
    }
}
