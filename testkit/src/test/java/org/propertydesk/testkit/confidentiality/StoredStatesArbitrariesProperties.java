package org.propertydesk.testkit.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.domain.confidentiality.CustodyStatus;
import org.propertydesk.domain.confidentiality.Document;
import org.propertydesk.domain.confidentiality.Loan;
import org.propertydesk.domain.confidentiality.LoanStatus;
import org.propertydesk.domain.confidentiality.TaskCustody;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * The arbitraries a store's round-trip property draws from reach what a store must keep: every
 * state of every aggregate, empty and filled collections, one-character and longest texts, and
 * characters beyond the BMP. Each in-memory store keeps what they generate.
 */
@Label("The test kit's records arbitraries reach every stored state")
class StoredStatesArbitrariesProperties {

    private static final OfficeId OFFICE = new OfficeId(new UUID(1, 1));
    private static final String ASTRAL = new String(Character.toChars(0x20BB7));

    @Provide
    Arbitrary<Document> documents() {
        return ConfidentialityArbitraries.documentsInAnyState(OFFICE);
    }

    @Provide
    Arbitrary<Loan> loans() {
        return ConfidentialityArbitraries.loansInAnyState(OFFICE);
    }

    @Provide
    Arbitrary<TaskCustody> custodies() {
        return ConfidentialityArbitraries.custodiesInAnyState(OFFICE);
    }

    @Provide
    Arbitrary<String> texts() {
        return ConfidentialityArbitraries.texts();
    }

    @Property(tries = 400)
    @Label("documents come handed over, departed and destroyed")
    void documentStates(@ForAll("documents") Document document) {
        InMemoryDocuments store = new InMemoryDocuments();
        store.add(document);
        assertThat(store.find(OFFICE, document.id())).contains(document);
        Statistics.label("destroyed").collect(document.isDestroyed())
                .coverage(coverage -> coverage.check(true).count(count -> count > 0));
        Statistics.label("departed").collect(document.departure().isDefined())
                .coverage(coverage -> coverage.check(true).count(count -> count > 0));
        Statistics.label("handed over").collect(document.version() > 1)
                .coverage(coverage -> coverage.check(true).count(count -> count > 0));
    }

    @Property(tries = 400)
    @Label("loans come in every status, with no approval, several, and renewed")
    void loanStates(@ForAll("loans") Loan loan) {
        InMemoryLoans store = new InMemoryLoans();
        store.add(loan);
        assertThat(store.find(OFFICE, loan.id())).contains(loan);
        Statistics.label("status").collect(loan.status()).coverage(coverage -> {
            for (LoanStatus status : LoanStatus.values()) {
                coverage.check(status).count(count -> count > 0);
            }
        });
        Statistics.label("approvals").collect(Math.min(loan.approvals().size(), 2))
                .coverage(coverage -> {
                    coverage.check(0).count(count -> count > 0);
                    coverage.check(2).count(count -> count > 0);
                });
    }

    @Property(tries = 400)
    @Label("originals come in every status, with no kept copy and with several")
    void custodyStates(@ForAll("custodies") TaskCustody custody) {
        InMemoryCustodies store = new InMemoryCustodies();
        store.add(custody);
        assertThat(store.find(OFFICE, custody.id())).contains(custody);
        Statistics.label("status").collect(custody.status()).coverage(coverage -> {
            for (CustodyStatus status : CustodyStatus.values()) {
                coverage.check(status).count(count -> count > 0);
            }
        });
        Statistics.label("copies").collect(Math.min(custody.copies().size(), 2))
                .coverage(coverage -> {
                    coverage.check(0).count(count -> count > 0);
                    coverage.check(2).count(count -> count > 0);
                });
    }

    @Property(tries = 400)
    @Label("texts are never blank nor padded, from one character to the longest, some beyond the BMP")
    void texts(@ForAll("texts") String text) {
        assertThat(text).isNotBlank().isEqualTo(text.strip());
        int characters = text.codePointCount(0, text.length());
        assertThat(characters).isBetween(1, ConfidentialityArbitraries.LONGEST_TEXT);
        Statistics.label("length").collect(characters == 1 ? "one" : characters == ConfidentialityArbitraries.LONGEST_TEXT ? "longest" : "between")
                .coverage(coverage -> {
                    coverage.check("one").count(count -> count > 0);
                    coverage.check("longest").count(count -> count > 0);
                });
        Statistics.label("beyond the BMP").collect(text.contains(ASTRAL))
                .coverage(coverage -> coverage.check(true).count(count -> count > 0));
    }
}
