package org.propertydesk.testkit.confidentiality;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.confidentiality.Loans;
import org.propertydesk.domain.confidentiality.Loan;
import org.propertydesk.domain.confidentiality.LoanId;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/** {@link Loans} in memory, one map per office, in the order loans were requested. */
@SecondaryAdapter
public final class InMemoryLoans implements Loans {

    private final VersionedStore<LoanId, Loan> store = new VersionedStore<>("loan", Loan::office, Loan::id, Loan::version);

    @Override
    public Option<Loan> find(OfficeId office, LoanId id) {
        return store.find(office, id);
    }

    @Override
    public void add(Loan loan) {
        store.add(loan);
    }

    @Override
    public void update(Loan updated, long expectedVersion) {
        store.update(updated, expectedVersion);
    }

    @Override
    public Seq<Loan> ofBorrower(OfficeId office, StaffId borrower) {
        return store.where(office, loan -> loan.borrower().equals(borrower));
    }

    @Override
    public Seq<Loan> out(OfficeId office) {
        return store.where(office, Loan::isOut);
    }
}
