package org.propertydesk.benchmarks;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.roster.Assignment;
import org.propertydesk.domain.roster.RosterPolicy;
import org.propertydesk.domain.roster.RosterRejection.RosterViolation;
import org.propertydesk.domain.roster.RosterValidation;
import org.propertydesk.testkit.roster.OctoberOffice;

/**
 * Roster validation (R-RO-1..R-RO-5) of a month at 1×, 10× and 100× the October office (20, 200
 * and 2,000 staff). The baseline at each size is one linear pass that buckets the same assignments
 * by (staff, date) in a hash map — the least any validation of double booking must do — so the
 * ratio says what the rules cost beyond reading the roster once, and the growth factor between
 * sizes says whether validation stays linear. Iterations are longer than elsewhere because a 100×
 * validation takes a sizeable part of a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class RosterValidationBenchmarks {

    @Param({"1", "10", "100"})
    public int size;

    private ScaledOffice office;
    private BusinessCalendar calendar;
    private RosterPolicy policy;

    @Setup
    public void prepare() {
        office = ScaledOffice.of(size);
        calendar = OctoberOffice.calendar();
        policy = RosterPolicy.defaults();
    }

    /** Staff-and-date key of the baseline's buckets. */
    record Day(StaffId staff, LocalDate date) {}

    @Benchmark
    public Map<Day, Assignment> baselineOnePass() {
        Map<Day, Assignment> byDay = new HashMap<>();
        for (Assignment assignment : office.assignments()) {
            byDay.put(new Day(assignment.staff(), assignment.date()), assignment);
        }
        return byDay;
    }

    /**
     * Three more warm-up iterations than the baseline: at 10× and 100× the JIT compiler was still
     * at work on validation's loops through the first measured iterations (a 100× run went 7.5,
     * 6.1, 5.4, 5.3, 5.3 ms), so the growth factor measured part of the warm-up.
     */
    @Benchmark
    @Warmup(iterations = 5, time = 2)
    public Seq<RosterViolation> validate() {
        return RosterValidation.violations(office.posts(), office.team(), OctoberOffice.OCTOBER, office.assignments(), calendar, policy);
    }
}
