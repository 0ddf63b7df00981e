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

    /**
     * How a warm-up went: its rounds and time, and the share of the last round's wall time the JIT
     * compiler spent compiling (NaN where the JVM cannot tell).
     */
    public record Warmup(int rounds, java.time.Duration took, double lastRoundCompilation) {

        public boolean settled() {
            return Compilation.settled(lastRoundCompilation);
        }

        /** E.g. "4 rounds in 20 s, the last 1% compiling", with "(the limit came first)" where it did. */
        public String describe() {
            return String.format(java.util.Locale.ROOT, "%d %s in %d s, the last %s compiling", rounds, rounds == 1 ? "round" : "rounds",
                    took.toSeconds(), Double.isNaN(lastRoundCompilation) ? "(share unknown)" : percent(lastRoundCompilation))
                    + (settled() ? "" : " (the limit came first)");
        }
    }

    /** One warm-up round's work, which may fail with {@code E}. */
    @FunctionalInterface
    public interface Round<E extends Exception> {
        void run() throws E;
    }

    /** Runs {@code round} until one spends less than {@link #SETTLED} of its time compiling, or {@code limit} has passed; at least once. */
    public static <E extends Exception> Warmup warmUp(java.time.Duration limit, Round<E> round) throws E {
        long started = System.nanoTime();
        int rounds = 0;
        double compiling;
        do {
            Compilation compilation = start();
            round.run();
            compiling = compilation.share();
            rounds++;
        } while (!settled(compiling) && System.nanoTime() - started < limit.toNanos());
        return new Warmup(rounds, java.time.Duration.ofNanos(System.nanoTime() - started), compiling);
    }

    /** A share as a whole percentage, e.g. "5%". */
    public static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.0f%%", share * 100);
    }
}
