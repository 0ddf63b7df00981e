package org.propertydesk.testkit.kernel;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.kernel.Transactions;

/**
 * {@link Transactions} for in-memory stores: units of work run one at a time (a re-entrant lock),
 * so concurrent use cases are isolated from each other and a nested call joins the running unit.
 * The lock is not fair: a thread that is already running takes it when it comes free, instead of
 * handing it to the longest waiter, which would first have to be woken and scheduled (on a busy
 * machine, most of a short unit's time). Memory stores have nothing to roll back to: a use case
 * that throws half-way keeps what it wrote, so tests of all-or-nothing behaviour belong with a
 * database adapter.
 */
@SecondaryAdapter
public final class InMemoryTransactions implements Transactions {

    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong committed = new AtomicLong();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            boolean outermost = lock.getHoldCount() == 1;
            T result = work.get();
            if (outermost) {
                committed.incrementAndGet();
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the calling thread is inside a unit of work. */
    public boolean active() {
        return lock.isHeldByCurrentThread();
    }

    /** How many outermost units of work have completed without throwing. */
    public long committed() {
        return committed.get();
    }
}
