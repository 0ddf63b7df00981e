package org.propertydesk.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.Outbox;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * What PropertyDesk relies on from every {@link Outbox} (K-1): the events of one office come out in
 * the order they were enqueued, one office never sees another's, and enqueuing nothing leaves no
 * trace. An outbox is write-only through its port, so the suite needs a way to look inside yours:
 * {@link #enqueued(Outbox, OfficeId)}.
 */
public abstract class OutboxContract {

    /** A new, empty outbox; called once per test. */
    protected abstract Outbox newOutbox();

    /**
     * Every event your outbox holds for {@code office} (published or not), oldest first, decoded
     * back into the events that were enqueued.
     */
    protected abstract Seq<DomainEvent> enqueued(Outbox outbox, OfficeId office);

    /**
     * Runs {@code writes} (calls to {@link Outbox#enqueue}) the way a use case would; override it to
     * open your unit of work around them if your outbox only writes inside one.
     */
    protected void write(Outbox outbox, Runnable writes) {
        writes.run();
    }

    /**
     * The {@code n}-th sample event of the office. Override it if your outbox only stores the event
     * types it knows; the events must differ for different {@code n}.
     */
    protected DomainEvent event(OfficeId office, int n) {
        return new SampleEvent(office, n, Instant.parse("2026-03-02T01:00:00Z").plusSeconds(n));
    }

    /** The event the suite enqueues unless {@link #event(OfficeId, int)} is overridden. */
    public record SampleEvent(OfficeId office, int n, Instant at) implements DomainEvent {}

    private static final OfficeId OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"));
    private static final OfficeId OTHER_OFFICE = new OfficeId(UUID.fromString("00000000-0000-0000-0000-0000000000e2"));

    private Seq<DomainEvent> events(OfficeId office, int from, int to) {
        return List.rangeClosed(from, to).map(n -> event(office, n));
    }

    @Test
    @DisplayName("K-1: the events of one office come out in the order they were enqueued, batch after batch")
    void orderPerOffice() {
        Outbox outbox = newOutbox();
        write(outbox, () -> outbox.enqueue(OFFICE, events(OFFICE, 1, 3)));
        write(outbox, () -> outbox.enqueue(OFFICE, events(OFFICE, 4, 4)));
        write(outbox, () -> outbox.enqueue(OFFICE, events(OFFICE, 5, 7)));

        assertThat(enqueued(outbox, OFFICE)).containsExactlyElementsOf(events(OFFICE, 1, 7));
    }

    @Test
    @DisplayName("K-1: the order of a batch is kept even when it is not the events' natural order")
    void batchOrderKept() {
        Outbox outbox = newOutbox();
        Seq<DomainEvent> backwards = events(OFFICE, 1, 5).reverse();
        write(outbox, () -> outbox.enqueue(OFFICE, backwards));

        assertThat(enqueued(outbox, OFFICE)).containsExactlyElementsOf(backwards);
    }

    @Test
    @DisplayName("K-1: interleaved offices each keep their own events, in their own order")
    void isolatedByOffice() {
        Outbox outbox = newOutbox();
        write(outbox, () -> {
            outbox.enqueue(OFFICE, events(OFFICE, 1, 2));
            outbox.enqueue(OTHER_OFFICE, events(OTHER_OFFICE, 1, 1));
            outbox.enqueue(OFFICE, events(OFFICE, 3, 3));
            outbox.enqueue(OTHER_OFFICE, events(OTHER_OFFICE, 2, 3));
        });

        assertThat(enqueued(outbox, OFFICE)).containsExactlyElementsOf(events(OFFICE, 1, 3));
        assertThat(enqueued(outbox, OTHER_OFFICE)).containsExactlyElementsOf(events(OTHER_OFFICE, 1, 3));
    }

    @Test
    @DisplayName("K-1: an office nothing was enqueued for has no events, even when another office has")
    void unknownOfficeIsEmpty() {
        Outbox outbox = newOutbox();
        write(outbox, () -> outbox.enqueue(OFFICE, events(OFFICE, 1, 2)));

        assertThat(enqueued(outbox, OTHER_OFFICE)).isEmpty();
    }

    @Test
    @DisplayName("enqueuing no events is a no-op: nothing appears and the order around it is kept")
    void emptyEnqueueIsNoOp() {
        Outbox outbox = newOutbox();
        write(outbox, () -> outbox.enqueue(OFFICE, List.empty()));
        assertThat(enqueued(outbox, OFFICE)).isEmpty();

        write(outbox, () -> {
            outbox.enqueue(OFFICE, events(OFFICE, 1, 1));
            outbox.enqueue(OFFICE, List.empty());
            outbox.enqueue(OFFICE, events(OFFICE, 2, 2));
        });

        assertThat(enqueued(outbox, OFFICE)).containsExactlyElementsOf(events(OFFICE, 1, 2));
    }

    @Test
    @DisplayName("K-1: concurrent writers lose no event and each writer's events keep their order")
    void concurrentWriters() throws Exception {
        Outbox outbox = newOutbox();
        int writers = 4;
        int batches = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            java.util.List<Future<?>> running = new java.util.ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                running.add(pool.submit(() -> {
                    for (int b = 0; b < batches; b++) {
                        int first = writer * 1000 + b * 2;
                        write(outbox, () -> outbox.enqueue(OFFICE, events(OFFICE, first, first + 1)));
                    }
                }));
            }
            for (Future<?> each : running) {
                each.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        Seq<DomainEvent> all = enqueued(outbox, OFFICE);
        assertThat(all).hasSize(writers * batches * 2);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Seq<DomainEvent> own = events(OFFICE, writer * 1000, writer * 1000 + batches * 2 - 1);
            assertThat(all.filter(own::contains)).as("events of writer %d", writer).containsExactlyElementsOf(own);
        }
    }
}
