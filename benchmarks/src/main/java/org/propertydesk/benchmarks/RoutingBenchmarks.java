package org.propertydesk.benchmarks;

import io.vavr.collection.TreeSet;
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
import org.propertydesk.domain.firstcontact.Concern;
import org.propertydesk.domain.firstcontact.RequestKind;
import org.propertydesk.domain.firstcontact.Routing;
import org.propertydesk.domain.firstcontact.RoutingQuestion;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Role;

/**
 * First-contact routing (R-FC-2..R-FC-4): {@code Routing.decide} on every role, request kind and
 * kind of concern (own department, another, several, unclear, across offices), against handing back
 * the decision precomputed for the same question.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class RoutingBenchmarks {

    private RoutingQuestion[] questions;
    private Routing[] answers;
    private int next;

    @Setup
    public void prepare() {
        questions = questions().toArray(RoutingQuestion[]::new);
        answers = new Routing[questions.length];
        for (int i = 0; i < questions.length; i++) {
            answers[i] = Routing.decide(questions[i]);
        }
    }

    static List<RoutingQuestion> questions() {
        List<Concern> concerns = List.of(
                Concern.of(Department.SECURITY),
                Concern.of(Department.ENGINEERING),
                Concern.of(Department.ENGINEERING, Department.CLEANING),
                Concern.unclear(),
                Concern.spanningOffices(Department.SECURITY));
        List<RoutingQuestion> all = new ArrayList<>();
        for (Role role : Role.values()) {
            for (RequestKind kind : RequestKind.values()) {
                for (Concern concern : concerns) {
                    boolean officeWide = role == Role.OFFICE_MANAGER || role == Role.COMPANY_LEADERSHIP;
                    all.add(new RoutingQuestion(role,
                            officeWide ? TreeSet.of(Department.values()) : TreeSet.of(Department.SECURITY), kind, concern));
                }
            }
        }
        return all;
    }

    private int nextIndex() {
        int index = next;
        next = next + 1 == questions.length ? 0 : next + 1;
        return index;
    }

    @Benchmark
    public Routing baselinePrecomputed() {
        return answers[nextIndex()];
    }

    @Benchmark
    public Routing decide() {
        return Routing.decide(questions[nextIndex()]);
    }
}
