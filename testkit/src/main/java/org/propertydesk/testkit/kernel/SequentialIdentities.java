package org.propertydesk.testkit.kernel;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.kernel.Identities;

/**
 * {@link Identities} that count up from 1, so ids in test output read as
 * {@code 00000000-0000-0000-0000-000000000001}, {@code …0002}, … and a run repeats exactly.
 */
@SecondaryAdapter
public final class SequentialIdentities implements Identities {

    private final AtomicLong counter = new AtomicLong();

    @Override
    public UUID next() {
        return new UUID(0, counter.incrementAndGet());
    }
}
