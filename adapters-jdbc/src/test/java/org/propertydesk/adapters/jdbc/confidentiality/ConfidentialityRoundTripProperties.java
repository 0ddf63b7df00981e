package org.propertydesk.adapters.jdbc.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.domain.confidentiality.Approval;
import org.propertydesk.domain.confidentiality.Document;
import org.propertydesk.domain.confidentiality.Loan;
import org.propertydesk.domain.confidentiality.TaskCustody;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.testkit.confidentiality.ConfidentialityArbitraries;

/**
 * Every records-office aggregate the test kit can generate reads back equal after it is saved:
 * documents handed over, departed and destroyed, loans in every state with their approvals,
 * originals with their kept copies, and copy approvals — with Chinese texts up to
 * {@link ConfidentialityArbitraries#LONGEST_TEXT} characters, instants to the nanosecond and empty
 * collections. One migrated database serves a whole property; each try saves into an office of
 * its own, so tries never see each other's rows.
 */
@Label("Records-office aggregates survive a round trip through JDBC")
class ConfidentialityRoundTripProperties {

    /** Where the generated aggregates live before each try moves them to an office of its own. */
    private static final OfficeId GENERATED = new OfficeId(new UUID(0, 0xc0));

    abstract static class On {
        private final TestDatabase database;
        private TestDatabase.Fresh fresh;
        private JdbcConfidentiality stores;

        On(TestDatabase database) {
            this.database = database;
        }

        @BeforeProperty
        void migrate() {
            fresh = database.fresh();
            stores = PropertyDeskJdbc.on(fresh.dataSource()).migrate().confidentiality();
        }

        @AfterProperty
        void drop() {
            if (fresh != null) {
                fresh.close();
            }
        }

        @Provide
        Arbitrary<Document> documents() {
            return ConfidentialityArbitraries.documentsInAnyState(GENERATED);
        }

        @Provide
        Arbitrary<Loan> loans() {
            return ConfidentialityArbitraries.loansInAnyState(GENERATED);
        }

        @Provide
        Arbitrary<TaskCustody> custodies() {
            return ConfidentialityArbitraries.custodiesInAnyState(GENERATED);
        }

        @Provide
        Arbitrary<Approval> approvals() {
            return Combinators.combine(ConfidentialityArbitraries.staff(GENERATED), ConfidentialityArbitraries.documentIds(),
                            Arbitraries.of(Approval.Purpose.class), ConfidentialityArbitraries.preciseInstants(), Arbitraries.of(true, false))
                    .as((approver, document, purpose, at, written) -> Approval.by(approver, document, purpose, at, written));
        }

        @Property
        @Label("a document reads back equal, found by id, by custodian and as a personnel file")
        void documentRoundTrip(@ForAll("documents") Document generated) {
            Document document = inOffice(generated, newOffice());
            stores.documents().add(document);

            assertThat(stores.documents().find(document.office(), document.id())).contains(document);
            assertThat(stores.documents().keptBy(document.office(), document.custodian())).containsExactly(document);
            document.subject().forEach(subject ->
                    assertThat(stores.documents().personnelFilesOf(document.office(), subject)).containsExactly(document));
        }

        @Property
        @Label("a document updated at its version reads back as updated, handed to its new keeper")
        void documentUpdateRoundTrip(@ForAll("documents") Document generated, @ForAll("keepers") StaffMember manager) {
            Document document = inOffice(generated, newOffice());
            stores.documents().add(document);
            StaffMember keeper = new StaffMember(manager.id(), document.office(), manager.name(), manager.role(), manager.department(),
                    manager.superior(), manager.clearance());
            var handedOver = document.handOver(keeper, keeper.id(), ConfidentialityArbitraries.EPOCH);
            if (handedOver.isLeft()) {
                return; // a destroyed document is never handed over
            }
            Document updated = handedOver.get().state();

            stores.documents().update(updated, document.version());

            assertThat(stores.documents().find(document.office(), document.id())).contains(updated);
        }

        @Provide
        Arbitrary<StaffMember> keepers() {
            return ConfidentialityArbitraries.staff(GENERATED, Role.OFFICE_MANAGER);
        }

        @Property
        @Label("a loan in any state reads back equal with its approvals in order, among the borrower's loans and, if lent, the loans out")
        void loanRoundTrip(@ForAll("loans") Loan generated) {
            Loan loan = inOffice(generated, newOffice());
            stores.loans().add(loan);

            assertThat(stores.loans().find(loan.office(), loan.id())).contains(loan);
            assertThat(stores.loans().ofBorrower(loan.office(), loan.borrower())).containsExactly(loan);
            if (loan.isOut()) {
                assertThat(stores.loans().out(loan.office())).containsExactly(loan);
            } else {
                assertThat(stores.loans().out(loan.office())).isEmpty();
            }
        }

        @Property
        @Label("a loan updated at its version reads back as updated, its approvals replaced")
        void loanUpdateRoundTrip(@ForAll("loans") Loan generated) {
            Loan loan = inOffice(generated, newOffice());
            stores.loans().add(loan);
            Loan updated = new Loan(loan.id(), loan.office(), loan.document(), loan.kind(), loan.level(), loan.borrower(), loan.term(),
                    loan.status(), loan.requestedAt(), loan.approvals().reverse().drop(1), loan.lentAt(), loan.due(), loan.closedAt(),
                    loan.version() + 1);

            stores.loans().update(updated, loan.version());

            assertThat(stores.loans().find(loan.office(), loan.id())).contains(updated);
        }

        @Property
        @Label("an original in any state reads back equal with its kept copies, among its holder's and, if not back, the originals out")
        void custodyRoundTrip(@ForAll("custodies") TaskCustody generated) {
            TaskCustody custody = inOffice(generated, newOffice());
            stores.custodies().add(custody);

            assertThat(stores.custodies().find(custody.office(), custody.id())).contains(custody);
            assertThat(stores.custodies().heldBy(custody.office(), custody.holder())).containsExactly(custody);
            if (custody.isOut()) {
                assertThat(stores.custodies().out(custody.office())).containsExactly(custody);
            } else {
                assertThat(stores.custodies().out(custody.office())).isEmpty();
            }
        }

        @Property
        @Label("an original updated at its version reads back as updated, its copies replaced")
        void custodyUpdateRoundTrip(@ForAll("custodies") TaskCustody generated, @ForAll("custodies") TaskCustody other) {
            TaskCustody custody = inOffice(generated, newOffice());
            stores.custodies().add(custody);
            TaskCustody updated = new TaskCustody(custody.id(), custody.office(), other.document(), other.holder(), other.status(),
                    other.handedOutAt(), other.taskDoneAt(), other.returnedAt(), other.copies(), custody.version() + 1);

            stores.custodies().update(updated, custody.version());

            assertThat(stores.custodies().find(custody.office(), custody.id())).contains(updated);
        }

        @Property
        @Label("an approval reads back equal, the approver's standing included")
        void approvalRoundTrip(@ForAll("approvals") Approval approval) {
            OfficeId office = newOffice();
            stores.approvals().add(office, approval);

            assertThat(stores.approvals().forDocument(office, approval.document())).containsExactly(approval);
        }
    }

    private static OfficeId newOffice() {
        return new OfficeId(UUID.randomUUID());
    }

    private static Document inOffice(Document d, OfficeId office) {
        return new Document(d.id(), office, d.title(), d.kind(), d.level(), d.subject(), d.custodian(), d.departure(), d.destruction(),
                d.version());
    }

    private static Loan inOffice(Loan l, OfficeId office) {
        return new Loan(l.id(), office, l.document(), l.kind(), l.level(), l.borrower(), l.term(), l.status(), l.requestedAt(),
                l.approvals(), l.lentAt(), l.due(), l.closedAt(), l.version());
    }

    private static TaskCustody inOffice(TaskCustody c, OfficeId office) {
        return new TaskCustody(c.id(), office, c.document(), c.holder(), c.status(), c.handedOutAt(), c.taskDoneAt(), c.returnedAt(),
                c.copies(), c.version());
    }

    @Group
    @Label("on H2")
    @PropertyDefaults(tries = 200)
    class OnH2 extends On {
        OnH2() {
            super(TestDatabase.H2);
        }
    }

    @Group
    @Label("on PostgreSQL")
    @PropertyDefaults(tries = 20)
    class OnPostgres extends On {
        OnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Group
    @Label("on MariaDB")
    @PropertyDefaults(tries = 20)
    class OnMariaDb extends On {
        OnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }
}
