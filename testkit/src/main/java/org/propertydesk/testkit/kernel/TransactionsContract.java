package org.propertydesk.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.kernel.Transactions;

/**
 * What PropertyDesk relies on from every {@link Transactions}: the work runs once and its value
 * comes back, a failure reaches the caller unchanged, a unit started inside another joins it, and
 * (if your implementation can roll back) a unit that fails leaves nothing behind.
 *
 * <p>Rollback can only be observed through storage the unit of work controls, so it is an optional
 * capability: return a {@link UnitOfWorkProbe} from {@link #probe(Transactions)} and the rollback
 * checks run; return none (the default) and they are reported as skipped, not passed. The
 * in-memory {@link InMemoryTransactions} cannot roll back and says so.
 */
public abstract class TransactionsContract {

    /** A new unit-of-work manager over fresh storage; called once per test. */
    protected abstract Transactions newTransactions();

    /**
     * Writes and reads a marker through the storage {@code transactions} controls, so the suite can
     * see what was committed; none if your implementation cannot roll back.
     */
    protected Option<UnitOfWorkProbe> probe(Transactions transactions) {
        return Option.none();
    }

    /** A window onto the storage a unit of work writes to. */
    public interface UnitOfWorkProbe {

        /** Writes {@code marker} in the unit of work running on the calling thread. */
        void write(String marker);

        /** Whether {@code marker} is committed, read outside any unit of work. */
        boolean committed(String marker);
    }

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private UnitOfWorkProbe requiredProbe(Transactions transactions) {
        Option<UnitOfWorkProbe> probe = probe(transactions);
        Assumptions.assumeTrue(probe.isDefined(), "this implementation cannot show rollback (no UnitOfWorkProbe)");
        return probe.get();
    }

    @Test
    @DisplayName("the work runs exactly once and its value is returned, null included")
    void valueReturns() {
        Transactions transactions = newTransactions();
        AtomicInteger runs = new AtomicInteger();

        String value = transactions.inTransaction(() -> "answer " + runs.incrementAndGet());
        Object nothing = transactions.inTransaction(() -> null);

        assertThat(value).isEqualTo("answer 1");
        assertThat(runs).hasValue(1);
        assertThat(nothing).isNull();
    }

    @Test
    @DisplayName("run executes the work once")
    void runExecutes() {
        Transactions transactions = newTransactions();
        AtomicInteger runs = new AtomicInteger();

        transactions.run(runs::incrementAndGet);

        assertThat(runs).hasValue(1);
    }

    @Test
    @DisplayName("a failure reaches the caller as the very exception the work threw")
    void failurePropagates() {
        Transactions transactions = newTransactions();
        IllegalStateException failure = new IllegalStateException("disk full");
        ConcurrencyConflict conflict = new ConcurrencyConflict("complaint 1", 3);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            throw failure;
        })).isSameAs(failure);
        assertThatThrownBy(() -> transactions.run(() -> {
            throw conflict;
        })).isSameAs(conflict);
    }

    @Test
    @DisplayName("after a failed unit of work the next one runs normally, also on another thread")
    void usableAfterFailure() throws Exception {
        Transactions transactions = newTransactions();
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(transactions.inTransaction(() -> 42)).isEqualTo(42);
        AtomicReference<Object> elsewhere = new AtomicReference<>();
        Thread other = new Thread(() -> elsewhere.set(transactions.inTransaction(() -> "other thread")));
        other.start();
        other.join(PATIENCE.toMillis());
        assertThat(elsewhere).as("a failed unit of work must not keep others waiting").hasValue("other thread");
    }

    @Test
    @DisplayName("a unit of work started inside another joins it: it runs at once, on the same thread, and returns its value")
    void nestedJoins() {
        Transactions transactions = newTransactions();
        AtomicReference<Thread> outerThread = new AtomicReference<>();
        AtomicReference<Thread> innerThread = new AtomicReference<>();

        String value = assertTimeoutPreemptively(PATIENCE, () -> transactions.inTransaction(() -> {
            outerThread.set(Thread.currentThread());
            String inner = transactions.inTransaction(() -> {
                innerThread.set(Thread.currentThread());
                return "inner";
            });
            return inner + " then outer";
        }), "a nested unit of work must join, not wait for the outer one");

        assertThat(value).isEqualTo("inner then outer");
        assertThat(innerThread.get()).isNotNull().isSameAs(outerThread.get());
    }

    @Test
    @DisplayName("a failure in a nested unit of work propagates through the outer one")
    void nestedFailurePropagates() {
        Transactions transactions = newTransactions();
        IllegalArgumentException failure = new IllegalArgumentException("inner failed");

        assertThatThrownBy(() -> transactions.inTransaction(() -> transactions.inTransaction(() -> {
            throw failure;
        }))).isSameAs(failure);
    }

    @Test
    @DisplayName("rollback capability: what a unit of work wrote is committed when it returns")
    void commitsOnReturn() {
        Transactions transactions = newTransactions();
        UnitOfWorkProbe probe = requiredProbe(transactions);

        transactions.run(() -> probe.write("kept"));

        assertThat(probe.committed("kept")).isTrue();
    }

    @Test
    @DisplayName("rollback capability: what a failing unit of work wrote is gone")
    void rollsBackOnFailure() {
        Transactions transactions = newTransactions();
        UnitOfWorkProbe probe = requiredProbe(transactions);

        assertThatThrownBy(() -> transactions.run(() -> {
            probe.write("undone");
            throw new IllegalStateException("after the write");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(probe.committed("undone")).isFalse();
    }

    @Test
    @DisplayName("rollback capability: a nested unit that returned is undone with the outer one that fails (it joined)")
    void nestedRollsBackWithOuter() {
        Transactions transactions = newTransactions();
        UnitOfWorkProbe probe = requiredProbe(transactions);

        assertThatThrownBy(() -> transactions.run(() -> {
            transactions.run(() -> probe.write("inner"));
            probe.write("outer");
            throw new IllegalStateException("outer fails after inner returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(probe.committed("inner")).as("inner").isFalse();
        assertThat(probe.committed("outer")).as("outer").isFalse();
    }

    @Test
    @DisplayName("rollback capability: nothing is committed before the outermost unit of work returns")
    void nothingVisibleBeforeOutermostReturns() {
        Transactions transactions = newTransactions();
        UnitOfWorkProbe probe = requiredProbe(transactions);
        AtomicReference<Boolean> visibleInside = new AtomicReference<>();

        transactions.run(() -> {
            transactions.run(() -> probe.write("pending"));
            Thread reader = new Thread(() -> visibleInside.set(probe.committed("pending")));
            reader.start();
            try {
                reader.join(PATIENCE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });

        assertThat(visibleInside).as("committed while the outer unit still ran").hasValue(false);
        assertThat(probe.committed("pending")).isTrue();
    }
}
