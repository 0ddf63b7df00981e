package org.propertydesk.testkit.confidentiality;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.propertydesk.application.confidentiality.Approvals;
import org.propertydesk.application.confidentiality.Custodies;
import org.propertydesk.application.confidentiality.Documents;
import org.propertydesk.application.confidentiality.Loans;

@DisplayName("The in-memory records adapters keep the port contracts")
class InMemoryRecordsContractsTest {

    @Nested
    @DisplayName("InMemoryDocuments")
    class DocumentsTest extends DocumentsContract {
        @Override
        protected Documents newDocuments() {
            return new InMemoryDocuments();
        }
    }

    @Nested
    @DisplayName("InMemoryLoans")
    class LoansTest extends LoansContract {
        @Override
        protected Loans newLoans() {
            return new InMemoryLoans();
        }
    }

    @Nested
    @DisplayName("InMemoryCustodies")
    class CustodiesTest extends CustodiesContract {
        @Override
        protected Custodies newCustodies() {
            return new InMemoryCustodies();
        }
    }

    @Nested
    @DisplayName("InMemoryApprovals")
    class ApprovalsTest extends ApprovalsContract {
        @Override
        protected Approvals newApprovals() {
            return new InMemoryApprovals();
        }
    }
}
