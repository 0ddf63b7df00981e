package org.propertydesk.application.confidentiality;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.confidentiality.Loan;
import org.propertydesk.domain.confidentiality.LoanId;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/** The office's loans; versioned like {@link Documents}. */
@SecondaryPort
public interface Loans {

    Option<Loan> find(OfficeId office, LoanId id);

    void add(Loan loan);

    void update(Loan updated, long expectedVersion);

    /** Every loan of {@code borrower}, whatever its state. */
    Seq<Loan> ofBorrower(OfficeId office, StaffId borrower);

    /** The loans now out with their borrowers (R-CF-4). */
    Seq<Loan> out(OfficeId office);
}
