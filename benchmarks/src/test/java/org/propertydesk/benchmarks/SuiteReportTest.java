package org.propertydesk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.benchmarks.RunBenchmarks.GroupRun;
import org.propertydesk.benchmarks.RunBenchmarks.Row;
import org.propertydesk.benchmarks.RunBenchmarks.Suite;
import org.propertydesk.benchmarks.e2e.EndToEnd;
import org.propertydesk.benchmarks.figures.Compilation;
import org.propertydesk.benchmarks.figures.Ratios;
import org.propertydesk.benchmarks.grpc.GrpcLoadDriver;
import org.propertydesk.benchmarks.jdbc.JdbcBenchmarks;

/**
 * The one command's report, composed from made-up results (the drivers' own smoke tests run them
 * for real): one table per group against issue 11's targets, the machine and each group's timing,
 * the curated before/after file verbatim, and groups that could not run said so.
 */
class SuiteReportTest {

    private static final Instant AT = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    @DisplayName("the report has the run, a target table per group, the curated before/after verbatim, and each group's details")
    void everyGroup() {
        String before = "# Before/after\n\n| measure | before | after |\n|---|---:|---:|\n| registrations/s | 100 | 400 |\n";
        Map<String, GroupRun> runs = new LinkedHashMap<>();
        for (String group : RunBenchmarks.GROUPS) {
            runs.put(group, new GroupRun(group, AT, Duration.ofSeconds(60), 1.5, 2.5, "", false));
        }
        Suite suite = new Suite(false, AT, Duration.ofSeconds(480), 1.0, 3.0, runs, domain(), grpc(), jdbc(), e2e(), before);

        String report = SuiteReport.markdown(suite);

        assertThat(report)
                .contains(RunBenchmarks.COMMAND, "| duration | 480 s (8 min 00 s) |", "| cores available |", "| CPU |", "| JVM |",
                        "| load average (1 min) before / after | 1.00 / 3.00 |", "| pgbench | pgbench (PostgreSQL) 15 |")
                .contains("## Against issue 11's targets", "| measure | baseline | PropertyDesk | ratio | target | verdict |")
                .contains("| Complaint classification: decide (time/op) | 2.00 ns/op | 6.00 ns/op | 3.00× | — | — |")
                .contains("| roster validation: time growth, 1× → 10× input | 10.0× | 10.0× | 1.00× | PropertyDesk ≤ 11.0× | **PASS** |")
                .contains("| roster validation: a 2,000-staff month | 1.00 ms | 100 ms | 100× | < 50.0 ms | **FAIL** |")
                .contains("| RegisterComplaint throughput (calls/s), baseline: bare echo | 8,000/s | 4,000/s | 0.50× | ≥ 0.7× | **FAIL** |")
                .contains("round by round", "RegisterComplaint 0.50×, 0.50×; GetComplaint 1.00×, 0.78×")
                .contains("| **RegisterComplaint** | 40,000 | 4,000 | 1,800 | 5,000 | 160 |", "| **GetComplaint** | 70,000 | 7,000 | 1,000 | 2,500 | — |")
                .contains("| registration throughput (ops/s), baseline: hand-written JDBC | 1,000/s | 900/s | 0.90× | ≥ 0.8× | **PASS** |")
                .contains("Warm-up here: registrations 3 rounds in 12 s, the last 3% compiling; reads by id 8 rounds in 32 s,"
                        + " the last 9% compiling (the limit came first).")
                .contains("4 alternating rounds of 2 s a side", "Round by round, adapter / baseline, in the order the rounds ran:"
                        + " registration 0.80×, 1.00×; read by id 0.50×, 0.50×.")
                .contains("| work-queue p50 latency, 1,000,000 open vs baseline 10,000 open | 10.00 ms | 12.00 ms | 1.20× | ≤ 2× | **PASS** |")
                .contains("PropertyDesk's in rounds of 8 s, repeated until the JIT compiler spent less than 5% of a round compiling,"
                        + " for at most 60 s (here 5 rounds in 40 s, the last 2% compiling).")
                .contains("| registrations/s, 8 clients, baseline: pgbench, the same rows | 1,000/s | 600/s | 0.60× | ≥ 0.5× | **PASS** |")
                .contains("| 12,000 | 600 | 12.00 ms | 40.00 ms | 1.85 ms |", "| 20,000 | 1,000 | 7.00 ms | 30.00 ms | — |")
                .contains("## Before and after a performance fix\n\nCurated by hand", before.strip())
                .contains("## Domain decisions (JMH)", "![Roster validation time against size](roster-validation.png)",
                        "## gRPC: PropertyDesk against a bare grpc-java echo", "### Measured",
                        "## JDBC adapter on PostgreSQL against hand-written JDBC", "### What is measured",
                        "## End to end on PostgreSQL: gRPC → use case → JDBC against pgbench", "<summary>The pgbench script</summary>")
                .doesNotContain("SMOKE RUN");
        assertThat(report.indexOf("\n## Before and after")).isLessThan(report.indexOf("\n## Domain decisions (JMH)"));
    }

    @Test
    @DisplayName("a group that could not reach PostgreSQL is reported as not measured; without a before/after file there is no such section")
    void groupNotRun() {
        Map<String, GroupRun> runs = new LinkedHashMap<>();
        runs.put(RunBenchmarks.GRPC, new GroupRun(RunBenchmarks.GRPC, AT, Duration.ofSeconds(50), 1, 1, "", false));
        runs.put(RunBenchmarks.E2E, new GroupRun(RunBenchmarks.E2E, AT, Duration.ofSeconds(1), 1, 1,
                "not run: PostgreSQL is unreachable", true));
        Suite suite = new Suite(true, AT, Duration.ofSeconds(51), 1, 1, runs, null, grpc(), null, null, "");

        String report = SuiteReport.markdown(suite);

        assertThat(report).contains("SMOKE RUN", "Not measured in this run: not run: PostgreSQL is unreachable",
                        "| End to end on PostgreSQL: gRPC → use case → JDBC against pgbench | 01:00:00Z | 1 s | 1.00 / 1.00 | not run")
                .doesNotContain("## Before and after", "\n## Domain decisions (JMH)", "<summary>The pgbench script</summary>");
    }

    @Test
    @DisplayName("a ratio that two decimals would round onto its target gets a third, so the figure never contradicts its verdict")
    void ratioNextToItsTarget() {
        assertThat(Ratios.against(0.4954, 0.5)).isEqualTo("0.495×");
        assertThat(Ratios.against(1.503, 1.5)).isEqualTo("1.503×");
        assertThat(Ratios.against(0.5, 0.5)).isEqualTo("0.50×");
        assertThat(Ratios.against(0.53, 0.7)).isEqualTo("0.53×");
    }

    @Test
    @DisplayName("--only picks groups by name and refuses an unknown one")
    void only() {
        assertThat(RunBenchmarks.groups(new String[] {"--smoke"})).isEqualTo(RunBenchmarks.GROUPS);
        assertThat(RunBenchmarks.groups(new String[] {"--only", "grpc,e2e"})).containsExactly("grpc", "e2e");
        assertThatThrownBy(() -> RunBenchmarks.groups(new String[] {"--only", "jmh"})).hasMessageContaining("unknown group jmh");
    }

    private static List<Row> domain() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("ClassificationBenchmarks", "baselinePrecomputed", "", 2, 0.1, "ns/op", 0));
        rows.add(new Row("ClassificationBenchmarks", "decide", "", 6, 0.1, "ns/op", 16));
        double[] base = {10, 100, 1000};
        double[] validate = {1000, 10_000, 100_000};
        String[] sizes = {"1", "10", "100"};
        for (int i = 0; i < sizes.length; i++) {
            rows.add(new Row("RosterValidationBenchmarks", "baselineOnePass", sizes[i], base[i], 1, "us/op", 100));
            rows.add(new Row("RosterValidationBenchmarks", "validate", sizes[i], validate[i], 1, "us/op", 1000));
        }
        return rows;
    }

    private static GrpcLoadDriver.Run grpc() {
        Map<String, GrpcLoadDriver.Result> results = new LinkedHashMap<>();
        results.put(GrpcLoadDriver.ECHO, new GrpcLoadDriver.Result(GrpcLoadDriver.ECHO, 80_000, 8_000, 900_000, 2_000_000, 110_000, List.of(7_000.0, 9_000.0)));
        results.put(GrpcLoadDriver.REGISTER, new GrpcLoadDriver.Result(GrpcLoadDriver.REGISTER, 40_000, 4_000, 1_800_000, 5_000_000, 160_000, List.of(3_500.0, 4_500.0)));
        results.put(GrpcLoadDriver.GET, new GrpcLoadDriver.Result(GrpcLoadDriver.GET, 70_000, 7_000, 1_000_000, 2_500_000, -1, List.of(7_000.0, 7_000.0)));
        return new GrpcLoadDriver.Run(GrpcLoadDriver.Settings.suite(), AT, Duration.ofSeconds(45), 1, 2, 173, 391, 173, 391, 1000,
                new GrpcLoadDriver.Warmup(4, Duration.ofSeconds(36), 0.02, 0.01), results);
    }

    private static JdbcBenchmarks.Result jdbc() {
        List<JdbcBenchmarks.Measurement> measurements = List.of(
                new JdbcBenchmarks.Measurement(JdbcBenchmarks.REGISTER_ADAPTER, 4, 9_000, 10, 4_000, 9_000, List.of(800.0, 1_000.0)),
                new JdbcBenchmarks.Measurement(JdbcBenchmarks.REGISTER_HAND, 4, 10_000, 10, 3_000, 8_000, List.of(1_000.0, 1_000.0)),
                new JdbcBenchmarks.Measurement(JdbcBenchmarks.FIND_ADAPTER, 4, 50_000, 10, 500, 2_000, List.of(5_000.0, 5_000.0)),
                new JdbcBenchmarks.Measurement(JdbcBenchmarks.FIND_HAND, 4, 100_000, 10, 200, 1_000, List.of(10_000.0, 10_000.0)),
                new JdbcBenchmarks.Measurement(JdbcBenchmarks.QUEUE_SMALL + " (10000 open)", 4, 1_000, 10, 10_000, 30_000),
                new JdbcBenchmarks.Measurement(JdbcBenchmarks.QUEUE_LARGE + " (1000000 open)", 4, 800, 10, 12_000, 40_000));
        return new JdbcBenchmarks.Result(JdbcBenchmarks.Settings.suite(), measurements, AT, Duration.ofSeconds(130), 1, 2,
                "PostgreSQL 15", Duration.ofSeconds(40), 50, Map.of(),
                Map.of(JdbcBenchmarks.REGISTER_ADAPTER, new Compilation.Warmup(3, Duration.ofSeconds(12), 0.03),
                        JdbcBenchmarks.FIND_ADAPTER, new Compilation.Warmup(8, Duration.ofSeconds(32), 0.09)));
    }

    private static EndToEnd.Result e2e() {
        return new EndToEnd.Result(EndToEnd.Settings.full(), AT, Duration.ofSeconds(60), 1, 2, "PostgreSQL 15", "pgbench (PostgreSQL) 15",
                new EndToEnd.Side(12_000, 600, 12_000, 40_000, 1_850), new EndToEnd.Side(20_000, 1_000, 7_000, 30_000, -1),
                "propertydesk.v1.RegisterComplaintRequest#abc", 420, 60, "BEGIN;\nCOMMIT;\n",
                new Compilation.Warmup(5, Duration.ofSeconds(40), 0.02));
    }
}
