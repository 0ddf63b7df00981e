package org.propertydesk.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Deadline;
import org.propertydesk.testkit.roster.OctoberOffice;

/**
 * Deadline computation on the office's business calendar (K-3: working hours with lunch, weekends,
 * 国庆节 1–7 October and a make-up Saturday): a working-time deadline (e.g. 8 working hours to
 * answer) and a working-day deadline (e.g. 3 working days), against {@code Instant.plus} of the
 * same duration. Start instants cycle through a fortnight around the holiday at uneven times, so
 * starts fall inside and outside hours, on weekends and holidays.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class DeadlineBenchmarks {

    static final Duration ANSWER_WITHIN = Duration.ofHours(8);
    static final int WORKING_DAYS = 3;

    private BusinessCalendar calendar;
    private Instant[] starts;
    private int next;

    @Setup
    public void prepare() {
        calendar = OctoberOffice.calendar();
        starts = starts();
    }

    static Instant[] starts() {
        Instant first = Instant.parse("2026-09-28T00:00:00Z");
        Instant[] starts = new Instant[97];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = first.plus(Duration.ofMinutes(157L * i));
        }
        return starts;
    }

    private Instant nextStart() {
        Instant start = starts[next];
        next = next + 1 == starts.length ? 0 : next + 1;
        return start;
    }

    @Benchmark
    public Instant baselineInstantPlus() {
        return nextStart().plus(ANSWER_WITHIN);
    }

    @Benchmark
    public Deadline workingTime() {
        return Deadline.workingTime(nextStart(), ANSWER_WITHIN, calendar);
    }

    @Benchmark
    public Deadline workingDays() {
        return Deadline.workingDays(nextStart(), WORKING_DAYS, calendar);
    }
}
