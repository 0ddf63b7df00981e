package org.propertydesk.testkit.kernel;

import io.vavr.collection.Seq;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.propertydesk.application.kernel.AuditEntry;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.application.kernel.AuditTrail;
import org.propertydesk.application.kernel.Calendar;
import org.propertydesk.application.kernel.Directory;
import org.propertydesk.application.kernel.Outbox;
import org.propertydesk.application.kernel.Transactions;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.OfficeId;

@DisplayName("The in-memory kernel adapters keep the port contracts")
class InMemoryKernelContractsTest {

    @Nested
    @DisplayName("InMemoryDirectory")
    class DirectoryTest extends DirectoryContract {
        @Override
        protected Directory newDirectory() {
            return new InMemoryDirectory();
        }
    }

    @Nested
    @DisplayName("InMemoryCalendar")
    class CalendarTest extends CalendarContract {
        @Override
        protected Calendar calendarHolding(OfficeId office, BusinessCalendar calendar) {
            return new InMemoryCalendar().with(office, calendar);
        }
    }

    @Nested
    @DisplayName("InMemoryIdempotency")
    class IdempotencyTest extends IdempotencyContract {
        @Override
        protected org.propertydesk.application.kernel.Idempotency newIdempotency() {
            return new InMemoryIdempotency();
        }
    }

    @Nested
    @DisplayName("InMemoryAuditTrail")
    class AuditTrailTest extends AuditTrailContract {
        @Override
        protected AuditTrail newTrail() {
            return new InMemoryAuditTrail();
        }

        @Override
        protected void tamper(AuditTrail trail, OfficeId office, long sequence, AuditEvent forged) {
            ((InMemoryAuditTrail) trail).tamper(office, sequence,
                    entry -> new AuditEntry(entry.sequence(), forged, entry.previousHash(), entry.hash()));
        }
    }

    @Nested
    @DisplayName("InMemoryOutbox")
    class OutboxTest extends OutboxContract {
        @Override
        protected Outbox newOutbox() {
            return new InMemoryOutbox();
        }

        @Override
        protected Seq<DomainEvent> enqueued(Outbox outbox, OfficeId office) {
            return ((InMemoryOutbox) outbox).events(office);
        }
    }

    /** Memory cannot roll back (see {@link InMemoryTransactions}): the rollback checks are skipped. */
    @Nested
    @DisplayName("InMemoryTransactions")
    class TransactionsTest extends TransactionsContract {
        @Override
        protected Transactions newTransactions() {
            return new InMemoryTransactions();
        }
    }
}
