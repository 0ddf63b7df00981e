package org.propertydesk.benchmarks.grpc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.propertydesk.benchmarks.figures.Machine;

/**
 * A closed-loop client: {@code concurrency} threads, each with one blocking call in flight, calling
 * until the phase's call budget or its time is spent, whichever comes first. Records each call's
 * latency in nanoseconds. A failed call ends the run: a benchmark of failures measures nothing.
 */
public final class ClosedLoop {

    /** One call; {@code call} numbers the calls of the phase from 0. */
    @FunctionalInterface
    public interface Call {
        void run(long call) throws Exception;
    }

    /**
     * What one phase measured: calls completed, wall time, every call's latency, and the CPU time the
     * whole JVM used meanwhile (-1 when the JVM cannot tell).
     */
    public record Phase(long calls, long wallNanos, long[] latencies, long cpuNanos) {}

    private final ExecutorService threads;
    private final int concurrency;

    public ClosedLoop(ExecutorService threads, int concurrency) {
        this.threads = threads;
        this.concurrency = concurrency;
    }

    public Phase run(Call call, long maxCalls, Duration maxTime) throws InterruptedException {
        AtomicLong issued = new AtomicLong();
        long cpuBefore = Machine.processCpuNanos();
        long started = System.nanoTime();
        long deadline = started + maxTime.toNanos();
        List<Future<long[]>> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            workers.add(threads.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                long next;
                while (System.nanoTime() < deadline && (next = issued.getAndIncrement()) < maxCalls) {
                    long t0 = System.nanoTime();
                    call.run(next);
                    long took = System.nanoTime() - t0;
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = took;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            try {
                parts.add(worker.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("a call failed; the run stops", e.getCause());
            }
        }
        long wall = System.nanoTime() - started;
        long cpuAfter = Machine.processCpuNanos();
        long[] all = new long[parts.stream().mapToInt(part -> part.length).sum()];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return new Phase(all.length, wall, all, cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore);
    }
}
