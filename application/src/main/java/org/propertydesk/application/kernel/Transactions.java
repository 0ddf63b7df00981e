package org.propertydesk.application.kernel;

import java.util.function.Supplier;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * One use case, one unit of work: everything the work writes (records, outbox events, audit
 * entries) becomes visible together or not at all. A call made while a unit of work is already
 * running on the thread joins it rather than starting a second one.
 *
 * <p>If the work throws, the unit of work is rolled back and the exception propagates. A rule's
 * rejection is a normal return value; use cases decide before they write, so a rejected command
 * has written nothing.
 */
@SecondaryPort
@FunctionalInterface
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
