package org.propertydesk.benchmarks;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
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
import org.propertydesk.domain.complaint.Ask;
import org.propertydesk.domain.complaint.Cause;
import org.propertydesk.domain.complaint.Classification;
import org.propertydesk.domain.complaint.IntakeFacts;
import org.propertydesk.domain.complaint.Location;
import org.propertydesk.domain.complaint.RepairUrgency;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.complaint.Utility;

/**
 * Complaint classification (R-CO-1): {@code Classification.decide} on recorded intake facts,
 * against a hash look-up of the same answer precomputed for the same facts. Inputs cycle through
 * every subject, cause and ask so neither side is folded into a constant.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ClassificationBenchmarks {

    private IntakeFacts[] facts;
    private Classification[] answers;
    private int next;

    @Setup
    public void prepare() {
        facts = intakes().toArray(IntakeFacts[]::new);
        answers = new Classification[facts.length];
        for (int i = 0; i < facts.length; i++) {
            answers[i] = Classification.decide(facts[i]);
        }
    }

    /** Every combination of subject, cause and ask, some with a repair, some important. */
    static List<IntakeFacts> intakes() {
        List<Cause> causes = List.of(new Cause.CompanyFailure(), new Cause.MunicipalUtility(Utility.WATER), new Cause.NoFault());
        List<IntakeFacts> all = new ArrayList<>();
        int n = 0;
        for (Subject subject : Subject.values()) {
            for (Cause cause : causes) {
                for (Ask ask : Ask.values()) {
                    Option<RepairUrgency> repair = n % 4 == 0 ? Option.some(RepairUrgency.values()[n % RepairUrgency.values().length]) : Option.none();
                    all.add(new IntakeFacts(subject, new Location("Building " + (n % 7 + 1) + " lift lobby"), cause, ask, repair,
                            n % 5 == 0, "resident's account " + n));
                    n++;
                }
            }
        }
        return all;
    }

    private int nextIndex() {
        int index = next;
        next = next + 1 == facts.length ? 0 : next + 1;
        return index;
    }

    @Benchmark
    public Classification baselinePrecomputed() {
        return answers[nextIndex()];
    }

    @Benchmark
    public Classification decide() {
        return Classification.decide(facts[nextIndex()]);
    }
}
