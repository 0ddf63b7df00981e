package org.propertydesk.testkit.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertydesk.testkit.confidentiality.RecordsFixtures.*;

import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.confidentiality.Loans;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.confidentiality.Document;
import org.propertydesk.domain.confidentiality.DocumentKind;
import org.propertydesk.domain.confidentiality.Loan;

/**
 * What PropertyDesk relies on from every {@link Loans}. Extend it in your tests and return a new,
 * empty store of your implementation from {@link #newLoans()}.
 */
public abstract class LoansContract {

    /** A new, empty store; called once per test. */
    protected abstract Loans newLoans();

    private final Document ownerRecord = document(OFFICE, 10, DocumentKind.OWNER_RECORD, OFFICE_MANAGER.id(), Option.none());

    @Test
    @DisplayName("R-CF-4: a lent loan reads back field for field and is among the loans out and the borrower's loans")
    void roundTrip() {
        Loans loans = newLoans();
        Loan loan = lent(ownerRecord, 1, DEPARTMENT_MANAGER);
        loans.add(loan);

        assertThat(loans.find(OFFICE, loan.id())).contains(loan);
        assertThat(loans.out(OFFICE)).containsExactly(loan);
        assertThat(loans.ofBorrower(OFFICE, DEPARTMENT_MANAGER.id())).containsExactly(loan);
        assertThat(loans.find(OTHER_OFFICE, loan.id())).isEmpty();
        assertThat(loans.out(OTHER_OFFICE)).isEmpty();
    }

    @Test
    @DisplayName("R-CF-4: a returned loan is no longer out; a stale update is a concurrency conflict")
    void returnedAndVersions() {
        Loans loans = newLoans();
        Loan loan = lent(ownerRecord, 2, DEPARTMENT_MANAGER);
        loans.add(loan);
        Loan returned = loan.giveBack(AT.plusSeconds(3600)).get().state();

        loans.update(returned, loan.version());

        assertThat(loans.out(OFFICE)).isEmpty();
        assertThat(loans.ofBorrower(OFFICE, DEPARTMENT_MANAGER.id())).containsExactly(returned);
        assertThatThrownBy(() -> loans.update(returned, loan.version())).isInstanceOf(ConcurrencyConflict.class);
    }
}
