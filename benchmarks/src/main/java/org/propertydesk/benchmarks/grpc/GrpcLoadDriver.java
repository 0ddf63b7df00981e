package org.propertydesk.benchmarks.grpc;

import com.google.protobuf.BytesValue;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.propertydesk.adapters.grpc.v1.ComplaintServiceGrpc;
import org.propertydesk.adapters.grpc.v1.GetComplaintRequest;
import org.propertydesk.adapters.grpc.v1.RegisterComplaintRequest;
import org.propertydesk.adapters.grpc.v1.RegisterComplaintResponse;
import org.propertydesk.benchmarks.figures.Compilation;
import org.propertydesk.benchmarks.figures.Machine;

/**
 * Issue 11's gRPC load driver. The same closed-loop client (8 blocking calls in flight on a fixed
 * thread pool, one plaintext loopback channel per server, the same bearer header) calls a bare
 * grpc-java echo service and PropertyDesk's {@code ComplaintService} ({@code RegisterComplaint},
 * {@code GetComplaint}) in the same run: warm-up rounds of every target until the JIT compiler has
 * settled, then measured rounds that alternate the targets so a burst of load on the shared machine
 * hits all of them. Prints
 * its report to standard output (and to {@code --out FILE}); {@code RunBenchmarks} puts it in {@code benchmarks/BENCHMARKS.md}.
 *
 * <p>Arguments: {@code --smoke} for a few hundred calls in about two seconds (checks the driver
 * runs; its figures mean nothing); {@code --out FILE} to write the report to a file as well;
 * {@code --no-write} to write no file even then. Every phase is bounded in calls and in time, so the
 * run stops by itself.
 */
public final class GrpcLoadDriver {

    static final String COMMAND = "mvn -B -q -pl benchmarks -am -DskipTests package dependency:build-classpath "
            + "-Dmdep.outputFile=target/classpath.txt && java -cp \"benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)\" "
            + "org.propertydesk.benchmarks.grpc.GrpcLoadDriver";

    public static final String ECHO = "bare echo";
    public static final String REGISTER = "RegisterComplaint";
    public static final String GET = "GetComplaint";

    /** Issue 11: PropertyDesk's throughput at least 0.7× the bare echo's. */
    public static final double MIN_THROUGHPUT_RATIO = 0.7;
    /** Issue 11: PropertyDesk's p99 at most 1.5× the bare echo's. */
    public static final double MAX_P99_RATIO = 1.5;

    /** Measurement starts once a warm-up round spent less than this share of its wall time compiling ({@link Compilation}). */
    public static final double SETTLED_COMPILATION = Compilation.SETTLED;

    /**
     * How long and how much each phase may run. Warm-up rounds run every target for
     * {@code warmupTime} each and repeat until the JIT compiler has settled
     * ({@link #SETTLED_COMPILATION}) or {@code warmupLimit} has passed.
     */
    public record Settings(boolean smoke, int concurrency, long warmupCalls, Duration warmupTime, Duration warmupLimit, int rounds,
                    long roundCalls, Duration roundTime, int storedForReads, Path out, boolean write) {

        /** The one-command suite's trimmed run: warm-up rounds of 3 s per target for up to 60 s, 3 rounds of 3 s per target; writes nothing. */
        public static Settings suite() {
            return new Settings(false, 8, 2_000_000, Duration.ofSeconds(3), Duration.ofSeconds(60), 3, 2_000_000, Duration.ofSeconds(3), 256,
                    Path.of("GRPC.md"), false);
        }

        /** A few hundred calls in about two seconds; writes nothing. */
        public static Settings smokeRun() {
            return of("--smoke", "--no-write");
        }

        static Settings of(String... args) {
            List<String> given = List.of(args);
            boolean smoke = given.contains("--smoke");
            Path out = Path.of("GRPC.md");
            int at = given.indexOf("--out");
            if (at >= 0 && at + 1 < given.size()) {
                out = Path.of(given.get(at + 1));
            }
            boolean write = at >= 0 && !given.contains("--no-write");
            return smoke
                    ? new Settings(true, 8, 40, Duration.ofMillis(300), Duration.ZERO, 1, 100, Duration.ofMillis(500), 32, out, write)
                    : new Settings(false, 8, 2_000_000, Duration.ofSeconds(5), Duration.ofSeconds(90), 3, 2_000_000, Duration.ofSeconds(5), 256,
                            out, write);
        }
    }

    /**
     * One target's measured rounds taken together; latencies in nanoseconds. {@code cpuPerCall}: the
     * JVM's CPU time (client and server together) per call in nanoseconds, -1 when unknown.
     * {@code roundRates}: each measured round's calls per second, in order.
     */
    public record Result(String target, long calls, double callsPerSecond, long p50, long p99, double cpuPerCall,
                         List<Double> roundRates) {

        static Result of(String target, List<ClosedLoop.Phase> phases) {
            long calls = phases.stream().mapToLong(ClosedLoop.Phase::calls).sum();
            long wall = phases.stream().mapToLong(ClosedLoop.Phase::wallNanos).sum();
            long[] latencies = phases.stream().flatMapToLong(phase -> Arrays.stream(phase.latencies())).sorted().toArray();
            boolean cpuKnown = phases.stream().allMatch(phase -> phase.cpuNanos() >= 0);
            double cpuPerCall = cpuKnown && calls > 0 ? phases.stream().mapToLong(ClosedLoop.Phase::cpuNanos).sum() / (double) calls : -1;
            List<Double> roundRates = phases.stream()
                    .map(phase -> phase.wallNanos() == 0 ? 0.0 : phase.calls() * 1e9 / phase.wallNanos())
                    .toList();
            return new Result(target, calls, wall == 0 ? 0 : calls * 1e9 / wall, percentile(latencies, 50), percentile(latencies, 99),
                    cpuPerCall, roundRates);
        }

        /** Nearest-rank percentile of sorted values. */
        static long percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
        }
    }

    /**
     * How the warm-up went: its rounds and time, and the share of wall time the JIT compiler spent
     * compiling in the last warm-up round and over the measured rounds (NaN where the JVM cannot tell).
     */
    public record Warmup(int rounds, Duration took, double lastRoundCompilation, double measuredCompilation) {

        /** Whether the warm-up ended because the compiler had settled, not because its time ran out. */
        public boolean settled() {
            return Compilation.settled(lastRoundCompilation);
        }
    }

    /** Everything the report says. */
    public record Run(Settings settings, Instant started, Duration took, double loadBefore, double loadAfter, int requestBytes,
               int answerBytes, int echoRequestBytes, int echoAnswerBytes, int largestStore, Warmup warmup, Map<String, Result> results) {}

    private GrpcLoadDriver() {}

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.of(args);
        Run run = run(settings);
        String report = report(run);
        System.out.println(report);
        if (settings.write()) {
            Path out = settings.out().toAbsolutePath();
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.out.println("written to " + out);
        }
    }

    public static Run run(Settings settings) throws InterruptedException {
        double loadBefore = Machine.loadAverage();
        Instant started = Instant.now();
        ExecutorService threads = Executors.newFixedThreadPool(settings.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "grpc-load-client");
            thread.setDaemon(true);
            return thread;
        });
        ClosedLoop client = new ClosedLoop(threads, settings.concurrency());
        List<AutoCloseable> open = new ArrayList<>();
        try {
            // The desk that GetComplaint reads, holding a fixed set of complaints.
            ComplaintDeskOnLoopback reads = track(open, new ComplaintDeskOnLoopback());
            ManagedChannel readChannel = track(open, channel(reads.port()));
            ComplaintServiceGrpc.ComplaintServiceBlockingStub reader = ComplaintServiceGrpc.newBlockingStub(authorized(readChannel));
            String[] names = new String[settings.storedForReads()];
            RegisterComplaintResponse answer = null;
            for (int i = 0; i < names.length; i++) {
                answer = reader.registerComplaint(ComplaintDeskOnLoopback.registration(i, UUID.randomUUID().toString()));
                names[i] = answer.getComplaint().getName();
            }
            int requestBytes = ComplaintDeskOnLoopback.registration(1_000_000, UUID.randomUUID().toString()).getSerializedSize();
            int answerBytes = answer.getSerializedSize();

            BytesValue echoAnswer = EchoServer.ofSerializedSize(answerBytes);
            EchoServer echo = track(open, EchoServer.start(echoAnswer));
            ManagedChannel echoChannel = track(open, channel(echo.port()));
            Channel echoCalls = authorized(echoChannel);
            BytesValue echoRequest = EchoServer.ofSerializedSize(requestBytes);
            ClosedLoop.Call echoCall = call -> ClientCalls.blockingUnaryCall(echoCalls, EchoServer.ECHO,
                    CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS), echoRequest);
            ClosedLoop.Call getCall = call -> reader.withDeadlineAfter(10, TimeUnit.SECONDS)
                    .getComplaint(GetComplaintRequest.newBuilder().setName(names[(int) (call % names.length)]).build());

            Round round = new Round(client, echoCall, getCall);
            Compilation.Warmup warmedUp = Compilation.warmUp(settings.warmupLimit(),
                    () -> round.run(settings.warmupCalls(), settings.warmupTime()));

            Map<String, List<ClosedLoop.Phase>> measured = new LinkedHashMap<>();
            for (String target : List.of(ECHO, REGISTER, GET)) {
                measured.put(target, new ArrayList<>());
            }
            Compilation measuring = Compilation.start();
            for (int i = 0; i < settings.rounds(); i++) {
                List<ClosedLoop.Phase> phases = round.run(settings.roundCalls(), settings.roundTime());
                measured.get(ECHO).add(phases.get(0));
                measured.get(REGISTER).add(phases.get(1));
                measured.get(GET).add(phases.get(2));
            }
            Warmup warmup = new Warmup(warmedUp.rounds(), warmedUp.took(), warmedUp.lastRoundCompilation(), measuring.share());
            Map<String, Result> results = new LinkedHashMap<>();
            measured.forEach((target, phases) -> results.put(target, Result.of(target, phases)));
            double loadAfter = Machine.loadAverage();
            return new Run(settings, started, Duration.between(started, Instant.now()), loadBefore, loadAfter,
                    requestBytes, answerBytes, echoRequest.getSerializedSize(), echoAnswer.getSerializedSize(), round.largestStore,
                    warmup, results);
        } finally {
            threads.shutdownNow();
            for (int i = open.size() - 1; i >= 0; i--) {
                close(open.get(i));
            }
        }
    }

    /** One round: the echo, then RegisterComplaint on a fresh office, then GetComplaint, each a closed-loop phase. */
    private static final class Round {
        private final ClosedLoop client;
        private final ClosedLoop.Call echoCall;
        private final ClosedLoop.Call getCall;
        private int largestStore;

        Round(ClosedLoop client, ClosedLoop.Call echoCall, ClosedLoop.Call getCall) {
            this.client = client;
            this.echoCall = echoCall;
            this.getCall = getCall;
        }

        /** The echo's, RegisterComplaint's and GetComplaint's phases, in that order. */
        List<ClosedLoop.Phase> run(long calls, Duration time) throws InterruptedException {
            ClosedLoop.Phase echoPhase = client.run(echoCall, calls, time);
            // Each phase starts on an empty office, so every round measures the same store.
            // Registration reads only the complaints about the new complaint's matter (R-CO-5,
            // R-CO-8), from the in-memory store's per-matter index, so the office's size does
            // not decide the figure either.
            ClosedLoop.Phase registerPhase;
            try (ComplaintDeskOnLoopback writes = new ComplaintDeskOnLoopback()) {
                ManagedChannel writeChannel = channel(writes.port());
                try {
                    ComplaintServiceGrpc.ComplaintServiceBlockingStub writer = ComplaintServiceGrpc.newBlockingStub(authorized(writeChannel));
                    registerPhase = client.run(call -> writer.withDeadlineAfter(10, TimeUnit.SECONDS)
                            .registerComplaint(registration(call)), calls, time);
                    largestStore = Math.max(largestStore, writes.stored());
                } finally {
                    writeChannel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
                }
            }
            ClosedLoop.Phase getPhase = client.run(getCall, calls, time);
            return List.of(echoPhase, registerPhase, getPhase);
        }
    }

    private static RegisterComplaintRequest registration(long call) {
        return ComplaintDeskOnLoopback.registration(call, UUID.randomUUID().toString());
    }

    private static <T extends AutoCloseable> T track(List<AutoCloseable> open, T resource) {
        open.add(resource);
        return resource;
    }

    private static ManagedChannel track(List<AutoCloseable> open, ManagedChannel channel) {
        open.add(() -> channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS));
        return channel;
    }

    private static void close(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            System.err.println("could not close " + resource + ": " + e);
        }
    }

    /** The same client channel for every target: Netty, plaintext, loopback. */
    private static ManagedChannel channel(int port) {
        return Grpc.newChannelBuilderForAddress("127.0.0.1", port, InsecureChannelCredentials.create()).build();
    }

    /** Every call of every target carries the assistant's bearer token, so the echo's requests carry the same header bytes. */
    private static Channel authorized(Channel channel) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + ComplaintDeskOnLoopback.TOKEN);
        return ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    // ---- report ---------------------------------------------------------------------------------

    /** Each measured round's throughput over the echo's in the same round, e.g. "0.55×, 0.61×, 0.58×". */
    static String roundRatios(Result desk, Result echo) {
        int rounds = Math.min(desk.roundRates().size(), echo.roundRates().size());
        List<String> ratios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            ratios.add(number(ratio(desk.roundRates().get(round), echo.roundRates().get(round))) + "×");
        }
        return ratios.isEmpty() ? "—" : String.join(", ", ratios);
    }

    static String report(Run run) {
        Settings s = run.settings();
        Result echo = run.results().get(ECHO);
        StringBuilder md = new StringBuilder();
        md.append("# PropertyDesk benchmarks — gRPC load driver\n\n");
        md.append("Run this driver alone (1.5 to 3 minutes on 2 cores, depending on how soon the JIT compiler settles; stops by itself; `RunBenchmarks` runs it as part of the whole suite), from the repository root:\n\n");
        md.append("```sh\n").append(COMMAND).append("\n```\n\n");
        md.append("Add `--smoke` after the class name for a few hundred calls in about two seconds (checks the driver runs; "
                + "its figures mean nothing); `--out FILE` writes the report to FILE as well as printing it.\n\n");
        md.append("## Run\n\n| | |\n|---|---|\n");
        md.append("| date (UTC) | ").append(run.started().truncatedTo(ChronoUnit.SECONDS)).append(" |\n");
        md.append("| duration | ").append(run.took().toSeconds()).append(" s |\n");
        md.append("| cores available | ").append(Runtime.getRuntime().availableProcessors()).append(" |\n");
        md.append("| CPU | ").append(Machine.cpuModel()).append(" |\n");
        md.append("| JVM | ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version"))
                .append(" (").append(System.getProperty("java.vm.vendor")).append(") |\n");
        md.append("| OS | ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append(' ')
                .append(System.getProperty("os.arch")).append(" |\n");
        md.append("| load average (1 min) before / after | ").append(number(run.loadBefore())).append(" / ")
                .append(number(run.loadAfter())).append(" |\n\n");

        md.append(section(run, "##"));
        return md.toString();
    }

    /** What is measured, the figures and the targets, without the title and machine; headings at {@code level}. */
    public static String section(Run run) {
        return section(run, "###");
    }

    private static String section(Run run, String level) {
        Settings s = run.settings();
        Result echo = run.results().get(ECHO);
        StringBuilder md = new StringBuilder();
        md.append("One JVM runs the servers and the client. The same closed-loop client — ").append(s.concurrency())
                .append(" threads, each with one blocking unary call in flight, a plaintext Netty channel to 127.0.0.1 per "
                        + "server, the same `authorization: Bearer` header on every call, a 10 s deadline — calls:\n\n");
        md.append("- **bare echo**: a grpc-java unary method (hand-built `MethodDescriptor`, `ProtoUtils.marshaller` of "
                + "`google.protobuf.BytesValue`) on a bare Netty server on loopback, no interceptors, answering a fixed "
                + "payload. Request ").append(run.echoRequestBytes()).append(" B and answer ").append(run.echoAnswerBytes())
                .append(" B serialized, sized to PropertyDesk's `RegisterComplaintRequest` (").append(run.requestBytes())
                .append(" B) and `RegisterComplaintResponse` (").append(run.answerBytes()).append(" B); the `GetComplaintResponse` "
                        + "carries the same complaint, its request only a name.\n");
        md.append("- **RegisterComplaint** and **GetComplaint** of `propertydesk.v1.ComplaintService` on a real "
                + "`PropertyDeskServer` (Netty, plaintext, loopback, bearer-token authentication, failure translation), "
                + "`ComplaintDeskService` on the testkit's in-memory adapters through `RequestsService` (idempotency: every "
                + "registration carries a fresh `request_id`). Registration is the venting complaint of the testkit's "
                + "complaint office with a new complainant and a new location each call (the same spot again and again would "
                + "build a recurring problem, R-CO-8, whose signal lists every complaint about it); GetComplaint cycles over ")
                .append(s.storedForReads()).append(" stored complaints.\n\n");
        Warmup warmup = run.warmup();
        md.append("Phases: warm-up rounds of echo → RegisterComplaint → GetComplaint (").append(phase(s.warmupCalls(), s.warmupTime()))
                .append(" each), repeated until the JIT compiler spent less than ").append(percent(SETTLED_COMPILATION))
                .append(" of a round's wall time compiling, for at most ").append(s.warmupLimit().toSeconds()).append(" s: here ")
                .append(warmup.rounds()).append(warmup.rounds() == 1 ? " round" : " rounds").append(" in ")
                .append(warmup.took().toSeconds()).append(" s, the last one ").append(percent(warmup.lastRoundCompilation()))
                .append(" compiling").append(warmup.settled() ? "" : " (the limit ended the warm-up before the compiler settled)")
                .append("; then ").append(s.rounds()).append(" measured rounds (")
                .append(phase(s.roundCalls(), s.roundTime())).append(" each; ").append(percent(warmup.measuredCompilation()))
                .append(" of their wall time compiling). Throughput is calls completed over the "
                        + "phases' wall time; p50/p99 are nearest-rank percentiles of every measured call's latency, "
                        + "sorted. Each RegisterComplaint phase starts on an empty office, so every round measures the same "
                        + "store; the largest office reached ").append(run.largestStore()).append(" complaints (registration "
                        + "reads only those about the new complaint's matter, so that size does not drive its cost).\n\n");
        if (s.smoke()) {
            md.append("> **SMOKE RUN** — a few hundred calls: not a measurement.\n\n");
        }
        md.append(level).append(" Measured\n\n");
        md.append("| target | calls | throughput (calls/s) | p50 (µs) | p99 (µs) | CPU per call (µs) |\n|---|---:|---:|---:|---:|---:|\n");
        for (Result result : run.results().values()) {
            md.append("| ").append(result.target().equals(ECHO) ? "*bare echo*" : "**" + result.target() + "**")
                    .append(" | ").append(String.format(Locale.ROOT, "%,d", result.calls()))
                    .append(" | ").append(number(result.callsPerSecond()))
                    .append(" | ").append(number(result.p50() / 1e3))
                    .append(" | ").append(number(result.p99() / 1e3))
                    .append(" | ").append(result.cpuPerCall() < 0 ? "—" : number(result.cpuPerCall() / 1e3)).append(" |\n");
        }
        md.append('\n').append(level).append(" Against issue 11's targets\n\n");
        md.append("| measure | baseline (bare echo) | PropertyDesk | ratio | target | verdict |\n|---|---:|---:|---:|---|---|\n");
        for (String target : List.of(REGISTER, GET)) {
            Result desk = run.results().get(target);
            double throughput = ratio(desk.callsPerSecond(), echo.callsPerSecond());
            md.append("| ").append(target).append(" throughput (calls/s) | ").append(number(echo.callsPerSecond())).append(" | ")
                    .append(number(desk.callsPerSecond())).append(" | ").append(number(throughput)).append("× | ≥ ")
                    .append(MIN_THROUGHPUT_RATIO).append("× | ").append(verdict(throughput >= MIN_THROUGHPUT_RATIO)).append(" |\n");
            double p99 = ratio(desk.p99(), echo.p99());
            md.append("| ").append(target).append(" p99 (µs) | ").append(number(echo.p99() / 1e3)).append(" | ")
                    .append(number(desk.p99() / 1e3)).append(" | ").append(number(p99)).append("× | ≤ ")
                    .append(MAX_P99_RATIO).append("× | ").append(verdict(p99 <= MAX_P99_RATIO)).append(" |\n");
        }
        md.append('\n');
        md.append("The throughput ratio round by round (each round runs the echo, then RegisterComplaint, then "
                + "GetComplaint, back to back): ");
        md.append(List.of(REGISTER, GET).stream()
                .map(target -> target + " " + roundRatios(run.results().get(target), echo))
                .collect(java.util.stream.Collectors.joining("; ")));
        md.append(". Code that did not change moves within that spread from round to round and from run to run; read "
                + "the ratio above within it.\n\n");
        md.append(level).append(" Reading the figures\n\n");
        md.append("The echo does no work; each PropertyDesk call also authenticates the bearer token and translates "
                + "failures. GetComplaint adds a lookup and the complaint's mapping to protobuf. RegisterComplaint is a "
                + "whole use case: it checks every field, fingerprints the request, runs one unit of work under the "
                + "in-memory `InMemoryTransactions` lock (one unit at a time), records the request id and its encoded "
                + "answer for idempotency, reads the complaints about the new complaint's matter in the repeat and "
                + "recurrence windows (R-CO-5, R-CO-8) from the in-memory store's per-matter index — work that follows "
                + "the matter, not the office (up to ").append(run.largestStore())
                .append(" complaints here) — and answers the complaint with where it stands on the office's calendar. "
                        + "CPU per call is the whole JVM's CPU time over the calls: client, servers, JIT compiler and "
                        + "garbage collector together. Where it is higher in the same proportion as throughput is lower, "
                        + "the target does more work per call rather than wait longer; the in-memory store also keeps "
                        + "every registration, so its garbage collections copy what the echo never keeps. "
                        + "Both servers, the client and other builds share the cores listed above: with a load "
                        + "average above the core count, read the ratios to one significant figure.\n");
        return md.toString();
    }

    static boolean passes(Run run, String target) {
        Result echo = run.results().get(ECHO);
        Result desk = run.results().get(target);
        return ratio(desk.callsPerSecond(), echo.callsPerSecond()) >= MIN_THROUGHPUT_RATIO
                && ratio(desk.p99(), echo.p99()) <= MAX_P99_RATIO;
    }

    private static String phase(long calls, Duration time) {
        return String.format(Locale.ROOT, "at most %,d calls or %s s", calls, number(time.toMillis() / 1e3));
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "an unknown share" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static double ratio(double measured, double baseline) {
        return baseline == 0 ? Double.NaN : measured / baseline;
    }

    private static String verdict(boolean pass) {
        return pass ? "**PASS**" : "**FAIL**";
    }

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
