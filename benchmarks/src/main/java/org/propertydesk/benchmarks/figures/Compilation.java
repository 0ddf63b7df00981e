package org.propertydesk.benchmarks.figures;

/**
 * The JIT compiler's time over a stretch of wall time. The load drivers warm up until a round
 * spends less than {@link #SETTLED} of its wall time compiling: from a cold JVM the compiler
 * takes most of the two cores for the first 15–20 s of load, and the code path with the most to
 * compile (PropertyDesk's, not the baseline's) would be measured while it is compiled.
 */
public record Compilation(long compiledMillis, long startedNanos) {

    /** The share of a warm-up round's wall time below which the compiler counts as settled. */
    public static final double SETTLED = 0.05;

    public static Compilation start() {
        return new Compilation(Machine.compilationMillis(), System.nanoTime());
    }

    /** The share of the wall time since {@link #start} spent compiling; NaN where the JVM cannot tell. */
    public double share() {
        long compiled = Machine.compilationMillis();
        long wallMillis = Math.max(1, (System.nanoTime() - startedNanos) / 1_000_000);
        return compiledMillis < 0 || compiled < 0 ? Double.NaN : (compiled - compiledMillis) / (double) wallMillis;
    }

    /** Whether {@code share} is below {@link #SETTLED} (NaN, where the JVM cannot tell, is not). */
    public static boolean settled(double share) {
        return share < SETTLED;
    }
}
