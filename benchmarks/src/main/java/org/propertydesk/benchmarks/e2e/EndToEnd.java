package org.propertydesk.benchmarks.e2e;

import com.zaxxer.hikari.HikariDataSource;
import io.grpc.ClientInterceptors;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.propertydesk.adapters.grpc.PropertyDeskServer;
import org.propertydesk.adapters.grpc.PropertyDeskServices;
import org.propertydesk.adapters.grpc.kernel.BearerTokens;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.v1.Complaint;
import org.propertydesk.adapters.grpc.v1.ComplaintAsk;
import org.propertydesk.adapters.grpc.v1.ComplaintCause;
import org.propertydesk.adapters.grpc.v1.ComplaintIntake;
import org.propertydesk.adapters.grpc.v1.ComplaintServiceGrpc;
import org.propertydesk.adapters.grpc.v1.ComplaintSubject;
import org.propertydesk.adapters.grpc.v1.RegisterComplaintRequest;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.complaint.JdbcComplaint;
import org.propertydesk.adapters.jdbc.kernel.JdbcKernel;
import org.propertydesk.application.complaint.ComplaintDeskService;
import org.propertydesk.application.kernel.Clock;
import org.propertydesk.application.kernel.Identities;
import org.propertydesk.application.kernel.RequestsService;
import org.propertydesk.benchmarks.figures.Compilation;
import org.propertydesk.benchmarks.figures.Machine;
import org.propertydesk.benchmarks.grpc.ClosedLoop;
import org.propertydesk.benchmarks.jdbc.JdbcBenchmarks;

/**
 * Issue 11's end-to-end run on PostgreSQL: complaint registrations per second through gRPC → use
 * case → JDBC against {@code pgbench} inserting the same rows with the same number of clients.
 *
 * <p>PropertyDesk: a {@link PropertyDeskServer} on loopback (plaintext, bearer tokens, one per
 * office's assistant) serving {@code ComplaintService} on {@link ComplaintDeskService} through
 * {@link RequestsService}, wired on {@code PropertyDeskJdbc.on(pool).migrate()} as {@code EmbeddedDesk}
 * wires it, on a HikariCP pool in a fresh schema; {@code clients} threads with one blocking
 * {@code RegisterComplaint} in flight each, spread round robin over the offices, every call a new
 * complainant, place and request id (no repeat, R-CO-5; no recurring problem, R-CO-8). Baseline:
 * {@code pgbench -n -M prepared -c clients -j clients -T seconds} running {@link RegistrationScript}
 * in a second fresh schema migrated the same way. Each side: a warm-up (PropertyDesk's in rounds,
 * until the JIT compiler has settled or the limit has passed), then the measured window.
 * Both schemas are dropped at the end.
 *
 * <p>Arguments: {@code --smoke} (a few seconds; figures mean nothing), {@code --out FILE} (else the
 * report goes to standard output). The database comes from {@code PROPERTYDESK_PG_URL}. Exits with
 * status 2 when PostgreSQL or pgbench is unavailable.
 */
public final class EndToEnd {

    /** Issue 11: PropertyDesk's registrations per second at least half pgbench's transactions per second. */
    public static final double TARGET = 0.5;

    /** How long and how wide a run is; the same {@code clients} on both sides. */
    public record Settings(boolean smoke, int clients, int offices, int warmUpSeconds, int warmupLimitSeconds, int measureSeconds) {

        /**
         * The reported run: 8 clients over 200 offices, 20 s measured, each side. pgbench warms up
         * for 8 s; PropertyDesk in rounds of 8 s until the JIT compiler has settled
         * ({@link Compilation#SETTLED}) or 60 s have passed.
         */
        public static Settings full() {
            return new Settings(false, 8, 200, 8, 60, 20);
        }

        /** The one-command suite's trimmed run: as {@link #full()} with 5 s warm-up (rounds, for PropertyDesk, for up to 30 s) and 15 s measured. */
        public static Settings suite() {
            return new Settings(false, 8, 200, 5, 30, 15);
        }

        /** A few seconds: both sides run, each warmed up once; figures mean nothing. */
        public static Settings smokeRun() {
            return new Settings(true, 4, 10, 1, 0, 2);
        }
    }

    /**
     * One side's measured window: transactions (registrations), their rate, latency percentiles, and the JVM's CPU
     * time per registration (-1 for pgbench, whose client is not a JVM).
     */
    public record Side(long transactions, double perSecond, double p50Micros, double p99Micros, double jvmCpuMicros) {}

    /** What a run measured, and where. */
    public record Result(Settings settings, Instant started, Duration duration, double loadBefore, double loadAfter, String postgres,
                         String pgbench, Side propertyDesk, Side baseline, String operation, int answerBytes, double complaintsPerOffice,
                         String script, Compilation.Warmup deskWarmup) {

        public double ratio() {
            return propertyDesk.perSecond() / baseline.perSecond();
        }

        public boolean passes() {
            return ratio() >= TARGET;
        }
    }

    /** PostgreSQL or pgbench is not there. */
    public static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private EndToEnd() {}

    public static void main(String[] args) throws IOException {
        List<String> arguments = Arrays.asList(args);
        Settings settings = arguments.contains("--smoke") ? Settings.smokeRun() : Settings.full();
        Result result;
        try {
            result = run(settings);
        } catch (Unavailable e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        String report = EndToEndReport.standalone(result);
        int out = arguments.indexOf("--out");
        if (out >= 0 && out + 1 < arguments.size()) {
            Files.writeString(Path.of(arguments.get(out + 1)), report, StandardCharsets.UTF_8);
            System.out.println("written to " + arguments.get(out + 1));
        } else {
            System.out.print(report);
        }
    }

    /** Checks PostgreSQL and pgbench, runs both sides, drops what it created. */
    public static Result run(Settings settings) {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long t0 = System.nanoTime();
        double loadBefore = Machine.loadAverage();
        String postgres = postgresVersion();
        String pgbench;
        try {
            pgbench = Pgbench.version();
        } catch (Pgbench.Missing e) {
            throw new Unavailable("pgbench is unavailable: " + e.getMessage(), e);
        }
        String suffix = Long.toHexString(System.nanoTime());
        DeskRun desk;
        String operation;
        int answerBytes;
        double perOffice;
        try (JdbcBenchmarks.Schema schema = JdbcBenchmarks.Schema.fresh("pd_e2e_desk_" + suffix);
                HikariDataSource pool = schema.pool(settings.clients())) {
            desk = propertyDesk(settings, schema, pool);
            try (Connection connection = pool.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select min(operation), avg(length(response))::int,"
                            + " (select count(*)::float8 / greatest(count(distinct office_id), 1) from pd_complaint) from pd_request")) {
                rows.next();
                operation = rows.getString(1);
                answerBytes = rows.getInt(2);
                perOffice = rows.getDouble(3);
            } catch (SQLException e) {
                throw new IllegalStateException("reading what the registrations wrote: " + e.getMessage(), e);
            }
        }
        JdbcBenchmarks.Office office = JdbcBenchmarks.Office.of("e2e-pgbench");
        String script = RegistrationScript.text(settings.offices(), office.assistant().value().toString(), operation, answerBytes);
        Side baseline;
        try (JdbcBenchmarks.Schema schema = JdbcBenchmarks.Schema.fresh("pd_e2e_pgbench_" + suffix);
                HikariDataSource pool = schema.pool(1)) {
            PropertyDeskJdbc.on(pool).migrate();
            outboxHeads(pool, settings.offices());
            baseline = pgbench(settings, schema, pool, script);
        }
        return new Result(settings, started, Duration.ofNanos(System.nanoTime() - t0), loadBefore, Machine.loadAverage(), postgres, pgbench,
                desk.side(), baseline, operation, answerBytes, perOffice, script, desk.warmup());
    }

    // ---------------------------------------------------------------- PropertyDesk through gRPC

    /** PropertyDesk's side: its measured window and how its warm-up went. */
    private record DeskRun(Side side, Compilation.Warmup warmup) {}

    private static DeskRun propertyDesk(Settings settings, JdbcBenchmarks.Schema schema, HikariDataSource pool) {
        PropertyDeskJdbc jdbc = PropertyDeskJdbc.on(pool).migrate();
        JdbcKernel kernel = jdbc.kernel();
        JdbcComplaint stores = jdbc.complaint();
        ComplaintDeskService desk = new ComplaintDeskService(stores.complaints(), stores.paymentStatus(), stores.policies(),
                kernel.directory(), kernel.calendar(), Clock.system(), Identities.random(), jdbc.transactions(), kernel.outbox());
        List<JdbcBenchmarks.Office> offices = new ArrayList<>();
        Map<String, Caller> tokens = new HashMap<>();
        for (int i = 0; i < settings.offices(); i++) {
            JdbcBenchmarks.Office office = JdbcBenchmarks.Office.of("e2e-" + i);
            office.seed(jdbc);
            offices.add(office);
            tokens.put(token(i), new Caller(office.id(), office.assistant()));
        }
        PropertyDeskServer server = PropertyDeskServer.builder()
                .port(0)
                .tokens(BearerTokens.fixed(tokens))
                .services(PropertyDeskServices.builder(new RequestsService(jdbc.transactions(), kernel.idempotency()))
                        .complaints(desk).build())
                .start();
        ManagedChannel channel = Grpc.newChannelBuilderForAddress("127.0.0.1", server.port(), InsecureChannelCredentials.create())
                .build();
        ExecutorService threads = Executors.newFixedThreadPool(settings.clients(), runnable -> {
            Thread thread = new Thread(runnable, "e2e-client");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<ComplaintServiceGrpc.ComplaintServiceBlockingStub> stubs = new ArrayList<>();
            for (int i = 0; i < offices.size(); i++) {
                Metadata headers = new Metadata();
                headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token(i));
                stubs.add(ComplaintServiceGrpc.newBlockingStub(
                        ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers))));
            }
            // One sequence over warm-up and measurement: a complainant never comes back (R-CO-5).
            AtomicLong sequence = new AtomicLong();
            ClosedLoop.Call register = ignored -> {
                long n = sequence.incrementAndGet();
                int at = (int) (n % offices.size());
                stubs.get(at).withDeadlineAfter(10, TimeUnit.SECONDS).registerComplaint(registration(offices.get(at), n));
            };
            ClosedLoop client = new ClosedLoop(threads, settings.clients());
            Compilation.Warmup warmup = Compilation.warmUp(Duration.ofSeconds(settings.warmupLimitSeconds()),
                    () -> client.run(register, Long.MAX_VALUE, Duration.ofSeconds(settings.warmUpSeconds())));
            schema.analyze(pool);
            ClosedLoop.Phase measured = client.run(register, Long.MAX_VALUE, Duration.ofSeconds(settings.measureSeconds()));
            long[] latencies = measured.latencies().clone();
            Arrays.sort(latencies);
            return new DeskRun(new Side(measured.calls(), measured.calls() * 1e9 / measured.wallNanos(),
                    percentile(latencies, 50) / 1e3, percentile(latencies, 99) / 1e3,
                    measured.cpuNanos() < 0 || measured.calls() == 0 ? -1 : measured.cpuNanos() / 1e3 / measured.calls()), warmup);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            threads.shutdownNow();
            try {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
                server.stop(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String token(int office) {
        return "e2e-assistant-" + office;
    }

    /** The same facts as the JDBC benchmark's registrations: a lift that stops, at a new place, for a new complainant. */
    static RegisterComplaintRequest registration(JdbcBenchmarks.Office office, long n) {
        return RegisterComplaintRequest.newBuilder()
                .setParent("offices/" + office.id().value())
                .setComplaint(Complaint.newBuilder()
                        .setComplainant("3-" + n)
                        .setIntake(ComplaintIntake.newBuilder()
                                .setSubject(ComplaintSubject.COMPLAINT_SUBJECT_EQUIPMENT_REPAIR)
                                .setLocation("Building " + (n % 9 + 1) + " unit " + n)
                                .setCause(ComplaintCause.COMPLAINT_CAUSE_NO_FAULT)
                                .setAsk(ComplaintAsk.COMPLAINT_ASK_HELP)
                                .setAccount("The lift stops between floors 3 and 4 (" + n + ").")))
                .setRequestId(UUID.randomUUID().toString())
                .build();
    }

    // ---------------------------------------------------------------- pgbench

    private static void outboxHeads(HikariDataSource pool, int offices) {
        try (Connection connection = pool.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into pd_outbox_head (office_id, position) values (?, 0)")) {
            for (int i = 1; i <= offices; i++) {
                insert.setString(1, RegistrationScript.officeId(i));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("creating outbox heads: " + e.getMessage(), e);
        }
    }

    private static Side pgbench(Settings settings, JdbcBenchmarks.Schema schema, HikariDataSource pool, String script) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("propertydesk-pgbench");
            Path file = dir.resolve("registration.sql");
            Files.writeString(file, script, StandardCharsets.UTF_8);
            Pgbench.run(JdbcBenchmarks.URL, schema.name(), file, settings.clients(), settings.warmUpSeconds(), dir, false);
            schema.analyze(pool);
            Pgbench.Run run = Pgbench.run(JdbcBenchmarks.URL, schema.name(), file, settings.clients(), settings.measureSeconds(), dir,
                    true);
            // pgbench's client is a process of its own: no JVM CPU to measure.
            return new Side(run.transactions(), run.tps(), percentile(run.latenciesMicros(), 50), percentile(run.latenciesMicros(), 99), -1);
        } catch (IOException e) {
            throw new IllegalStateException("writing the pgbench script: " + e.getMessage(), e);
        } catch (Pgbench.Missing e) {
            throw new Unavailable("pgbench is unavailable: " + e.getMessage(), e);
        } finally {
            if (dir != null) {
                deleteQuietly(dir);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }

    // ---------------------------------------------------------------- shared

    /** Nearest-rank percentile of sorted values. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    private static String postgresVersion() {
        try (Connection connection = DriverManager.getConnection(JdbcBenchmarks.URL);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version()")) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new Unavailable("PostgreSQL is unreachable at " + JdbcBenchmarks.URL + ": " + e.getMessage(), e);
        }
    }
}
