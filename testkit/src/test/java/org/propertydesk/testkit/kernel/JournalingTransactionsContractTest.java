package org.propertydesk.testkit.kernel;

import io.vavr.control.Option;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.propertydesk.application.kernel.Transactions;

/**
 * The rollback capability of {@link TransactionsContract} is not vacuous: a unit of work that
 * journals its writes and applies them only when the outermost unit returns passes every check,
 * the probe-based ones included.
 */
@DisplayName("A journaling unit of work passes the Transactions contract, rollback checks included")
class JournalingTransactionsContractTest extends TransactionsContract {

    /** Writes go to the thread's journal and reach the committed set when the outermost unit returns. */
    static final class JournalingTransactions implements Transactions {
        final Set<String> committed = ConcurrentHashMap.newKeySet();
        final ThreadLocal<Set<String>> journal = new ThreadLocal<>();

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            if (journal.get() != null) {
                return work.get();
            }
            journal.set(new HashSet<>());
            try {
                T result = work.get();
                committed.addAll(journal.get());
                return result;
            } finally {
                journal.remove();
            }
        }
    }

    @Override
    protected Transactions newTransactions() {
        return new JournalingTransactions();
    }

    @Override
    protected Option<UnitOfWorkProbe> probe(Transactions transactions) {
        JournalingTransactions journaling = (JournalingTransactions) transactions;
        return Option.some(new UnitOfWorkProbe() {
            @Override
            public void write(String marker) {
                journaling.journal.get().add(marker);
            }

            @Override
            public boolean committed(String marker) {
                return journaling.committed.contains(marker);
            }
        });
    }
}
