package org.propertydesk.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.propertydesk.benchmarks.RunBenchmarks.GroupRun;
import org.propertydesk.benchmarks.RunBenchmarks.Row;
import org.propertydesk.benchmarks.RunBenchmarks.Suite;
import org.propertydesk.benchmarks.e2e.EndToEnd;
import org.propertydesk.benchmarks.e2e.EndToEndReport;
import org.propertydesk.benchmarks.figures.Machine;
import org.propertydesk.benchmarks.figures.Ratios;
import org.propertydesk.benchmarks.grpc.GrpcLoadDriver;
import org.propertydesk.benchmarks.jdbc.JdbcBenchmarks;
import org.propertydesk.benchmarks.jdbc.JdbcReport;

/**
 * {@code BENCHMARKS.md} of one suite run: the command, the machine, when each group ran and under
 * what load, one table per group against issue 11's targets (baseline, PropertyDesk, ratio, target,
 * verdict), the hand-curated {@code before-after.md} when there is one, then each group's
 * measurements and what they measure.
 */
final class SuiteReport {

    /** One line of a group's table against its targets; {@code target} and {@code verdict} "—" where issue 11 sets none. */
    record Line(String measure, String baseline, String propertyDesk, String ratio, String target, String verdict) {}

    static final String NONE = "—";

    private SuiteReport() {}

    static String markdown(Suite suite) {
        StringBuilder md = new StringBuilder();
        md.append("# PropertyDesk benchmarks\n\n");
        md.append("One command runs the whole suite — the domain rules under JMH, the gRPC load driver, the JDBC driver and the "
                + "end-to-end run against pgbench — in under 10 minutes on 2 cores (the run below says how long it took and under "
                + "what load), stops by itself, and writes this file and `roster-validation.png`. From the repository root, with PostgreSQL on 127.0.0.1:5432 (user "
                + "postgres, database test; override with `PROPERTYDESK_PG_URL`) and `pgbench` on the PATH:\n\n");
        md.append("```sh\n").append(RunBenchmarks.COMMAND).append("\n```\n\n");
        md.append("Add `--smoke` after the class name for one short iteration of everything (checks the suite runs; its figures "
                + "mean nothing; written to `benchmarks/target/BENCHMARKS-smoke.md`), `--only domain,grpc,jdbc,e2e` to run some "
                + "groups, `--out FILE` to write elsewhere. It works on loopback only, in fresh schemas it drops at the end; a "
                + "group that cannot reach PostgreSQL or pgbench is reported as not run (exit status 2). Each group's driver also "
                + "runs alone (`GrpcLoadDriver`, `JdbcBenchmarks`, `EndToEnd`, with their standalone durations) and prints "
                + "its report. The before/after figures of a performance fix are curated by hand in `benchmarks/before-after.md` "
                + "and copied here verbatim.\n\n");
        md.append("Every figure is a **ratio against a baseline measured in the same run, on the same machine**; absolute "
                + "figures are given so each ratio can be checked.\n\n");
        if (suite.smoke()) {
            md.append("> **SMOKE RUN** — one short iteration of everything: not a measurement.\n\n");
        }
        run(md, suite);
        md.append("## Against issue 11's targets\n\n");
        for (String group : RunBenchmarks.GROUPS) {
            GroupRun run = suite.runs().get(group);
            if (run == null) {
                continue;
            }
            md.append("### ").append(title(group)).append("\n\n");
            if (!run.ran()) {
                md.append("Not measured in this run: ").append(run.problem()).append("\n\n");
                continue;
            }
            table(md, lines(suite, group));
        }
        if (!suite.beforeAfter().isBlank()) {
            md.append("## Before and after a performance fix\n\n");
            md.append("Curated by hand in `benchmarks/before-after.md` (not measured by this run), copied verbatim:\n\n");
            md.append(suite.beforeAfter().strip()).append("\n\n");
        }
        if (suite.domain() != null) {
            md.append("## ").append(title(RunBenchmarks.DOMAIN)).append("\n\n");
            md.append("Each benchmark: 1 fork, ").append(suite.smoke() ? "no warm-up, 1 × 200 ms measurement" :
                    "2 × 1 s warm-up, 3 × 1 s measurement (roster validation: 2 × 2 s, 5 × 2 s)")
                    .append(", average time per operation; error is JMH's 99.9 % confidence half-width; bytes/op is what JMH's "
                            + "GC profiler counts as allocated per operation, which load on the machine does not change. The "
                            + "baseline of each family hands back a precomputed answer (or does the same bookkeeping without the "
                            + "rules), so the ratio is the rule's cost over a lookup.\n\n");
            md.append(RunBenchmarks.domainSection(suite.domain()));
        }
        if (suite.grpc() != null) {
            md.append("## ").append(title(RunBenchmarks.GRPC)).append("\n\n");
            md.append(GrpcLoadDriver.section(suite.grpc())).append('\n');
        }
        if (suite.jdbc() != null) {
            md.append("## ").append(title(RunBenchmarks.JDBC)).append("\n\n");
            md.append(JdbcReport.section(suite.jdbc())).append('\n');
        }
        if (suite.e2e() != null) {
            md.append("## ").append(title(RunBenchmarks.E2E)).append("\n\n");
            md.append(EndToEndReport.section(suite.e2e(), "###")).append('\n');
        }
        md.append("## Noise\n\n");
        md.append("The machine may be shared with other work: a load average near or above the core count (tables above) means "
                + "other processes competed for the CPU, and PostgreSQL runs on the same cores as the drivers. Baselines and "
                + "PropertyDesk run one after the other, not at once, so a burst of load during one of them moves a ratio: read "
                + "ratios to one significant figure and rerun before drawing conclusions from a change smaller than that.\n");
        return md.toString();
    }

    private static void run(StringBuilder md, Suite suite) {
        md.append("## Run\n\n| | |\n|---|---|\n");
        md.append("| date (UTC) | ").append(suite.started().truncatedTo(ChronoUnit.SECONDS)).append(" |\n");
        md.append("| duration | ").append(suite.took().toSeconds()).append(" s (").append(minutes(suite.took().toSeconds()))
                .append(") |\n");
        md.append("| machine | ").append(hostname()).append(" |\n");
        md.append("| CPU | ").append(Machine.cpuModel()).append(" |\n");
        md.append("| cores available | ").append(Runtime.getRuntime().availableProcessors()).append(" |\n");
        md.append("| JVM | ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version"))
                .append(" (").append(System.getProperty("java.vm.vendor")).append(") |\n");
        md.append("| OS | ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append(' ')
                .append(System.getProperty("os.arch")).append(" |\n");
        String postgres = suite.e2e() != null ? suite.e2e().postgres() : suite.jdbc() != null ? suite.jdbc().postgres() : null;
        if (postgres != null) {
            md.append("| PostgreSQL | ").append(postgres.replace("|", "/")).append(", same machine, loopback |\n");
        }
        if (suite.e2e() != null) {
            md.append("| pgbench | ").append(suite.e2e().pgbench()).append(" |\n");
        }
        md.append("| load average (1 min) before / after | ").append(load(suite.loadBefore(), suite.loadAfter())).append(" |\n\n");
        md.append("| group | started (UTC) | duration | load average before / after | |\n|---|---|---:|---|---|\n");
        for (GroupRun run : suite.runs().values()) {
            md.append("| ").append(title(run.group())).append(" | ").append(run.started().truncatedTo(ChronoUnit.SECONDS).toString()
                            .substring(11))
                    .append(" | ").append(run.took().toSeconds()).append(" s | ").append(load(run.loadBefore(), run.loadAfter()))
                    .append(" | ").append(run.ran() ? "ran" : run.problem()).append(" |\n");
        }
        md.append('\n');
    }

    static List<Line> lines(Suite suite, String group) {
        switch (group) {
            case RunBenchmarks.DOMAIN:
                return domainLines(suite.domain());
            case RunBenchmarks.GRPC:
                return grpcLines(suite.grpc());
            case RunBenchmarks.JDBC:
                return jdbcLines(suite.jdbc());
            case RunBenchmarks.E2E:
                return e2eLines(suite.e2e());
            default:
                throw new IllegalArgumentException(group);
        }
    }

    private static List<Line> domainLines(List<Row> rows) {
        List<Line> lines = new ArrayList<>();
        for (String family : RunBenchmarks.FAMILIES) {
            for (Row row : rows) {
                if (!row.family().equals(family) || row.baseline()) {
                    continue;
                }
                Optional<Row> baseline = rows.stream()
                        .filter(r -> r.family().equals(family) && r.baseline() && r.size().equals(row.size())).findFirst();
                String what = RunBenchmarks.title(family).replaceAll(" \\(.*\\)$", "") + ": " + row.method()
                        + (row.size().isEmpty() ? "" : String.format(Locale.ROOT, " at %,d staff", Integer.parseInt(row.size()) * 20)) + " (time/op)";
                lines.add(new Line(what, baseline.map(SuiteReport::score).orElse("n/a"), score(row),
                        baseline.map(b -> Ratios.format(row.score() / b.score()) + "×").orElse("n/a"), NONE, NONE));
            }
        }
        List<String> sizes = List.of("1", "10", "100");
        for (int i = 0; i + 1 < sizes.size(); i++) {
            Optional<Row> small = find(rows, "validate", sizes.get(i));
            Optional<Row> large = find(rows, "validate", sizes.get(i + 1));
            Optional<Row> smallBase = find(rows, "baselineOnePass", sizes.get(i));
            Optional<Row> largeBase = find(rows, "baselineOnePass", sizes.get(i + 1));
            if (small.isEmpty() || large.isEmpty() || smallBase.isEmpty() || largeBase.isEmpty()) {
                continue;
            }
            double growth = large.get().score() / small.get().score();
            double baseGrowth = largeBase.get().score() / smallBase.get().score();
            lines.add(new Line("roster validation: time growth, " + sizes.get(i) + "× → " + sizes.get(i + 1) + "× input",
                    Ratios.format(baseGrowth) + "×", Ratios.format(growth) + "×",
                    Ratios.format(growth / baseGrowth) + "×", "PropertyDesk ≤ " + Ratios.format(RunBenchmarks.MAX_GROWTH) + "×",
                    verdict(growth <= RunBenchmarks.MAX_GROWTH)));
        }
        find(rows, "validate", "100").ifPresent(largest -> {
            double millis = RunBenchmarks.toMillis(largest);
            lines.add(new Line("roster validation: a 2,000-staff month", find(rows, "baselineOnePass", "100")
                    .map(b -> Ratios.format(RunBenchmarks.toMillis(b)) + " ms").orElse("n/a"),
                    Ratios.format(millis) + " ms", find(rows, "baselineOnePass", "100")
                    .map(b -> Ratios.format(millis / RunBenchmarks.toMillis(b)) + "×").orElse("n/a"),
                    "< " + Ratios.format(RunBenchmarks.MAX_LARGEST_MILLIS) + " ms", verdict(millis < RunBenchmarks.MAX_LARGEST_MILLIS)));
        });
        return lines;
    }

    private static List<Line> grpcLines(GrpcLoadDriver.Run run) {
        List<Line> lines = new ArrayList<>();
        GrpcLoadDriver.Result echo = run.results().get(GrpcLoadDriver.ECHO);
        for (String target : List.of(GrpcLoadDriver.REGISTER, GrpcLoadDriver.GET)) {
            GrpcLoadDriver.Result desk = run.results().get(target);
            double throughput = desk.callsPerSecond() / echo.callsPerSecond();
            lines.add(new Line(target + " throughput (calls/s), baseline: bare echo", count(echo.callsPerSecond()),
                    count(desk.callsPerSecond()), Ratios.against(throughput, GrpcLoadDriver.MIN_THROUGHPUT_RATIO), "≥ " + GrpcLoadDriver.MIN_THROUGHPUT_RATIO + "×",
                    verdict(throughput >= GrpcLoadDriver.MIN_THROUGHPUT_RATIO)));
            double p99 = (double) desk.p99() / echo.p99();
            lines.add(new Line(target + " p99 latency, baseline: bare echo", micros(echo.p99() / 1e3), micros(desk.p99() / 1e3),
                    Ratios.against(p99, GrpcLoadDriver.MAX_P99_RATIO), "≤ " + GrpcLoadDriver.MAX_P99_RATIO + "×", verdict(p99 <= GrpcLoadDriver.MAX_P99_RATIO)));
        }
        return lines;
    }

    private static List<Line> jdbcLines(JdbcBenchmarks.Result result) {
        List<Line> lines = new ArrayList<>();
        JdbcReport.Ratio registration = JdbcReport.registration(result);
        lines.add(new Line("registration throughput (ops/s), baseline: hand-written JDBC",
                count(result.measurement(JdbcBenchmarks.REGISTER_HAND).throughput()),
                count(result.measurement(JdbcBenchmarks.REGISTER_ADAPTER).throughput()), Ratios.against(registration.value(), registration.limit()), registration.target(),
                verdict(registration.pass())));
        JdbcReport.Ratio find = JdbcReport.find(result);
        lines.add(new Line("read by id throughput (ops/s), baseline: select by primary key",
                count(result.measurement(JdbcBenchmarks.FIND_HAND).throughput()),
                count(result.measurement(JdbcBenchmarks.FIND_ADAPTER).throughput()), Ratios.against(find.value(), find.limit()), find.target(), verdict(find.pass())));
        JdbcReport.Ratio queue = JdbcReport.queue(result);
        JdbcBenchmarks.Measurement small = JdbcReport.queueMeasurement(result, JdbcBenchmarks.QUEUE_SMALL);
        JdbcBenchmarks.Measurement large = JdbcReport.queueMeasurement(result, JdbcBenchmarks.QUEUE_LARGE);
        lines.add(new Line("work-queue p50 latency, " + openCount(large.name()) + " open vs baseline " + openCount(small.name()) + " open",
                micros(small.p50Micros()), micros(large.p50Micros()), Ratios.against(queue.value(), queue.limit()), queue.target(), verdict(queue.pass())));
        return lines;
    }

    private static String openCount(String measurementName) {
        int open = measurementName.lastIndexOf('(');
        return open < 0 ? measurementName : String.format(Locale.ROOT, "%,d",
                Long.parseLong(measurementName.substring(open + 1).replaceAll("[^0-9]", "")));
    }

    private static List<Line> e2eLines(EndToEnd.Result result) {
        return List.of(
                new Line("registrations/s, " + result.settings().clients() + " clients, baseline: pgbench, the same rows",
                        count(result.baseline().perSecond()), count(result.propertyDesk().perSecond()), Ratios.against(result.ratio(), EndToEnd.TARGET),
                        "≥ " + EndToEnd.TARGET + "×", verdict(result.passes())),
                new Line("p99 latency of a registration, baseline: pgbench's transaction", micros(result.baseline().p99Micros()),
                        micros(result.propertyDesk().p99Micros()), ratio(result.propertyDesk().p99Micros() / result.baseline().p99Micros()),
                        NONE, NONE));
    }

    private static void table(StringBuilder md, List<Line> lines) {
        md.append("| measure | baseline | PropertyDesk | ratio | target | verdict |\n|---|---:|---:|---:|---|---|\n");
        for (Line line : lines) {
            md.append("| ").append(line.measure()).append(" | ").append(line.baseline()).append(" | ").append(line.propertyDesk())
                    .append(" | ").append(line.ratio()).append(" | ").append(line.target()).append(" | ").append(line.verdict())
                    .append(" |\n");
        }
        md.append('\n');
    }

    static String title(String group) {
        switch (group) {
            case RunBenchmarks.DOMAIN:
                return "Domain decisions (JMH)";
            case RunBenchmarks.GRPC:
                return "gRPC: PropertyDesk against a bare grpc-java echo";
            case RunBenchmarks.JDBC:
                return "JDBC adapter on PostgreSQL against hand-written JDBC";
            case RunBenchmarks.E2E:
                return "End to end on PostgreSQL: gRPC → use case → JDBC against pgbench";
            default:
                return group;
        }
    }

    private static Optional<Row> find(List<Row> rows, String method, String size) {
        return rows.stream().filter(r -> r.method().equals(method) && r.size().equals(size)).findFirst();
    }

    private static String score(Row row) {
        return Ratios.format(row.score()) + " " + row.unit();
    }

    private static String verdict(boolean pass) {
        return pass ? "**PASS**" : "**FAIL**";
    }

    private static String ratio(double value) {
        return Ratios.format(value) + "×";
    }

    private static String count(double perSecond) {
        return Double.isNaN(perSecond) ? "n/a" : String.format(Locale.ROOT, "%,.0f/s", perSecond);
    }

    private static String micros(double micros) {
        return micros >= 1000 ? String.format(Locale.ROOT, "%.2f ms", micros / 1000) : String.format(Locale.ROOT, "%.0f µs", micros);
    }

    private static String load(double before, double after) {
        return String.format(Locale.ROOT, "%.2f / %.2f", before, after);
    }

    private static String minutes(long seconds) {
        return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
