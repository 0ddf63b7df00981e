package org.propertydesk.testkit.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.confidentiality.Document;
import org.propertydesk.domain.confidentiality.Loan;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffMember;

/** The in-memory stores keep the ports' contract: office scoping (K-1) and optimistic versions. */
class InMemoryRecordsAdaptersTest {

    private static final OfficeId OFFICE = new OfficeId(new UUID(1, 1));
    private static final OfficeId OTHER = new OfficeId(new UUID(1, 2));

    @Provide
    Arbitrary<Document> documents() {
        return ConfidentialityArbitraries.documents(OFFICE);
    }

    @Provide
    Arbitrary<Loan> loans() {
        return ConfidentialityArbitraries.loans(OFFICE);
    }

    @Provide
    Arbitrary<StaffMember> newKeepers() {
        return ConfidentialityArbitraries.staff(OFFICE, org.propertydesk.domain.kernel.Role.OFFICE_MANAGER);
    }

    @Property(tries = 50)
    @Label("K-1, R-CF-1: a stored document is found in its office only, and a stale update is a conflict")
    void documents(@ForAll("documents") Document document, @ForAll("newKeepers") StaffMember manager) {
        InMemoryDocuments store = new InMemoryDocuments();
        store.add(document);

        assertThat(store.find(OFFICE, document.id())).contains(document);
        assertThat(store.find(OTHER, document.id())).isEmpty();

        Document handedOver = document.handOver(manager, manager.id(), ConfidentialityArbitraries.EPOCH).get().state();
        store.update(handedOver, document.version());
        assertThat(store.keptBy(OFFICE, manager.id())).containsExactly(handedOver);
        assertThatThrownBy(() -> store.update(handedOver, document.version())).isInstanceOf(ConcurrencyConflict.class);
    }

    @Property(tries = 50)
    @Label("R-CF-4: a generated loan is out, lent by the office manager, and disappears from the loans out once returned")
    void loans(@ForAll("loans") Loan loan) {
        InMemoryLoans store = new InMemoryLoans();
        store.add(loan);
        assertThat(loan.missingApprovals()).isEmpty();
        assertThat(store.out(OFFICE)).containsExactly(loan);
        assertThat(store.ofBorrower(OFFICE, loan.borrower())).containsExactly(loan);
        assertThat(store.out(OTHER)).isEmpty();

        Loan returned = loan.giveBack(loan.lentAt().get()).get().state();
        store.update(returned, loan.version());
        assertThat(store.out(OFFICE)).isEmpty();
        assertThatThrownBy(() -> store.update(returned, loan.version())).isInstanceOf(ConcurrencyConflict.class);
    }
}
