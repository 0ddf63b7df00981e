package org.propertydesk.benchmarks.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.complaint.JdbcComplaint;
import org.propertydesk.adapters.jdbc.kernel.JdbcKernel;
import org.propertydesk.application.complaint.ComplaintDesk;
import org.propertydesk.application.complaint.ComplaintDeskService;
import org.propertydesk.application.complaint.Complaints;
import org.propertydesk.application.kernel.Clock;
import org.propertydesk.application.kernel.Identities;
import org.propertydesk.benchmarks.figures.Compilation;
import org.propertydesk.benchmarks.figures.Compilation.Warmup;
import org.propertydesk.benchmarks.figures.Machine;
import org.propertydesk.domain.complaint.Ask;
import org.propertydesk.domain.complaint.Cause;
import org.propertydesk.domain.complaint.Complaint;
import org.propertydesk.domain.complaint.ComplaintId;
import org.propertydesk.domain.complaint.IntakeFacts;
import org.propertydesk.domain.complaint.Location;
import org.propertydesk.domain.complaint.Subject;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.kernel.WorkingHours;

/**
 * The JDBC adapter on PostgreSQL against hand-written JDBC, in one run, on one connection pool:
 * (1) registering a complaint through {@link ComplaintDeskService#register} against the same rows
 * inserted by hand in one transaction, (2) {@link Complaints#find} against a plain select of the
 * same rows by primary key, (3) the work queue's read ({@link Complaints#open}) of one office with
 * 1,000 open complaints when the table holds 10,000 and when it holds 1,000,000. Each measurement:
 * a fixed number of threads in a closed loop; throughput and latency percentiles of the timed
 * window only. (1) and (2) each warm up in rounds of both sides until the JIT compiler has settled,
 * then run both sides in alternating rounds; (3) warms up, then times one window per table size.
 * Bounded in time; {@code --smoke} runs it in seconds
 * on a small table (figures mean nothing then). Every schema it creates is dropped at the end.
 *
 * <p>Arguments: {@code --smoke}, {@code --out FILE} (writes the report there, else to standard
 * output). The database comes from {@code PROPERTYDESK_PG_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}. Exits with status 2 when PostgreSQL
 * cannot be reached.
 */
public final class JdbcBenchmarks {

    public static final String URL = Option.of(System.getenv("PROPERTYDESK_PG_URL"))
            .getOrElse("jdbc:postgresql://127.0.0.1:5432/test?user=postgres&connectTimeout=3");

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** How long and how big a run is. */
    public record Settings(
            boolean quick,
            int threads,
            Duration warmUp,
            Duration warmupLimit,
            Duration measurement,
            int rounds,
            int registrationOffices,
            int queueOffices,
            int queueOfficesLarge,
            int openPerOffice) {

        /**
         * The standalone run: 4 threads; warm-up rounds of 5 s a side until the JIT compiler has
         * settled ({@link Compilation#SETTLED}) or 60 s have passed; 15 s measured per side in 5
         * alternating rounds; 10 vs 1,000 offices × 1,000 open complaints.
         */
        public static Settings full() {
            return new Settings(false, 4, Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofSeconds(15), 5, 200, 10, 1_000,
                    1_000);
        }

        /** The one-command suite's trimmed run: as {@link #full()} with warm-up rounds of 2 s a side for up to 30 s, and 8 s measured per side in 4 rounds. */
        public static Settings suite() {
            return new Settings(false, 4, Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(8), 4, 200, 10, 1_000,
                    1_000);
        }

        /** A few seconds: every measurement runs, after one warm-up round, on a table of 500 vs 2,500 complaints. */
        public static Settings smoke() {
            return new Settings(true, 4, Duration.ofMillis(300), Duration.ZERO, Duration.ofMillis(700), 2, 10, 10, 50, 50);
        }

        /** How long one side runs in one round of a compared pair. */
        Duration round() {
            return measurement.dividedBy(rounds);
        }
    }

    /**
     * One measurement: operations completed in the timed window and their latencies; for a side of
     * a compared pair, also each round's operations per second, in the order the rounds ran.
     */
    public record Measurement(String name, int threads, long operations, double seconds, double p50Micros, double p99Micros,
            List<Double> roundRates) {

        /** A measurement taken in one window. */
        public Measurement(String name, int threads, long operations, double seconds, double p50Micros, double p99Micros) {
            this(name, threads, operations, seconds, p50Micros, p99Micros, List.of());
        }

        public Measurement {
            roundRates = List.copyOf(roundRates);
        }

        public double throughput() {
            return operations / seconds;
        }
    }

    /** What a run measured, and where. */
    public record Result(
            Settings settings,
            List<Measurement> measurements,
            Instant started,
            Duration duration,
            double loadBefore,
            double loadAfter,
            String postgres,
            Duration largeLoadTime,
            double monthReadAtEnd,
            Map<String, Counting.PerOperation> perOperation,
            Map<String, Warmup> warmups) {

        public Measurement measurement(String name) {
            return measurements.stream().filter(m -> m.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no measurement " + name));
        }
    }

    /** PostgreSQL did not answer. */
    public static final class Unreachable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static final String REGISTER_ADAPTER = "register through the adapter";
    public static final String REGISTER_HAND = "register by hand-written JDBC";
    public static final String FIND_ADAPTER = "Complaints.find";
    public static final String FIND_HAND = "select by primary key";
    public static final String QUEUE_SMALL = "work queue, small table";
    public static final String QUEUE_LARGE = "work queue, large table";

    private JdbcBenchmarks() {}

    public static void main(String[] args) throws IOException {
        List<String> arguments = Arrays.asList(args);
        Settings settings = arguments.contains("--smoke") ? Settings.smoke() : Settings.full();
        int out = arguments.indexOf("--out");
        Result result;
        try {
            result = run(settings);
        } catch (Unreachable e) {
            System.err.println("PostgreSQL is unreachable at " + URL + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        String report = JdbcReport.markdown(result);
        if (out >= 0) {
            Files.writeString(Path.of(arguments.get(out + 1)), report, StandardCharsets.UTF_8);
            System.out.println("written to " + arguments.get(out + 1));
        } else {
            System.out.print(report);
        }
    }

    /** Runs every measurement and drops what it created. */
    public static Result run(Settings settings) {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long t0 = System.nanoTime();
        double loadBefore = Machine.loadAverage();
        String postgres = reachable();
        List<Measurement> measurements = new ArrayList<>();
        AtomicReference<Double> monthRead = new AtomicReference<>(0.0);
        Map<String, Counting.PerOperation> perOperation = new LinkedHashMap<>();
        Map<String, Warmup> warmups = new LinkedHashMap<>();
        try (Schema schema = Schema.fresh("pd_bench_rw_" + Long.toHexString(System.nanoTime()));
                HikariDataSource pool = schema.pool(settings.threads())) {
            monthRead.set(registerAndFind(settings, schema, pool, measurements, warmups));
            perOperation.putAll(count(pool));
        }
        Duration largeLoad;
        try (Schema schema = Schema.fresh("pd_bench_queue_" + Long.toHexString(System.nanoTime()));
                HikariDataSource pool = schema.pool(settings.threads())) {
            largeLoad = workQueue(settings, pool, measurements);
        }
        return new Result(settings, List.copyOf(measurements), started, Duration.ofNanos(System.nanoTime() - t0), loadBefore,
                Machine.loadAverage(), postgres, largeLoad, monthRead.get(), Map.copyOf(perOperation), Map.copyOf(warmups));
    }

    // ---------------------------------------------------------------- (1) and (2)

    private static double registerAndFind(Settings settings, Schema schema, HikariDataSource pool, List<Measurement> measurements,
            Map<String, Warmup> warmups) {
        PropertyDeskJdbc jdbc = PropertyDeskJdbc.on(pool).migrate();
        JdbcKernel kernel = jdbc.kernel();
        JdbcComplaint stores = jdbc.complaint();
        ComplaintDesk desk = new ComplaintDeskService(stores.complaints(), stores.paymentStatus(), stores.policies(),
                kernel.directory(), kernel.calendar(), Clock.system(), Identities.random(), jdbc.transactions(), kernel.outbox());
        List<Office> offices = new ArrayList<>();
        for (int i = 0; i < settings.registrationOffices(); i++) {
            Office office = Office.of("bench-register-" + i);
            office.seed(jdbc);
            offices.add(office);
        }
        HandWritten hand = new HandWritten(pool);
        hand.createOutboxHeads(offices);

        AtomicLong sequence = new AtomicLong();
        // A constant-time add: a copy-on-write list copied every id so far on every registration,
        // which slowed the adapter's side more the longer the run went.
        ConcurrentLinkedQueue<Registered> registered = new ConcurrentLinkedQueue<>();
        Operation adapter = () -> {
            long n = sequence.incrementAndGet();
            Office office = offices.get((int) (n % offices.size()));
            ComplaintDesk.Register command = new ComplaintDesk.Register(office.id(), office.assistant(), "a-" + n, facts(n));
            Complaint complaint = desk.register(command)
                    .getOrElseThrow(rejections -> new IllegalStateException("registration refused: " + rejections)).complaint();
            registered.add(new Registered(office.id(), complaint.id()));
        };
        Operation byHand = () -> {
            long n = sequence.incrementAndGet();
            Office office = offices.get((int) (n % offices.size()));
            hand.register(office, "h-" + n, facts(n));
        };
        warmups.put(REGISTER_ADAPTER, warmUpPair(settings, adapter, byHand));
        schema.analyze(pool);
        measurements.addAll(measurePair(settings, REGISTER_ADAPTER, adapter, REGISTER_HAND, byHand));
        double monthRead = hand.averageComplaintsPerOffice();

        List<Registered> targets = List.copyOf(registered);
        Complaints complaints = stores.complaints();
        Operation find = () -> {
            Registered target = targets.get(ThreadLocalRandom.current().nextInt(targets.size()));
            if (complaints.find(target.office(), target.complaint()).isEmpty()) {
                throw new IllegalStateException("complaint " + target.complaint() + " not found");
            }
        };
        Operation select = () -> {
            Registered target = targets.get(ThreadLocalRandom.current().nextInt(targets.size()));
            if (hand.select(target.office(), target.complaint()) == 0) {
                throw new IllegalStateException("complaint " + target.complaint() + " not found");
            }
        };
        warmups.put(FIND_ADAPTER, warmUpPair(settings, find, select));
        measurements.addAll(measurePair(settings, FIND_ADAPTER, find, FIND_HAND, select));
        return monthRead;
    }

    private record Registered(OfficeId office, ComplaintId complaint) {}

    /**
     * Untimed: what one registration and one read ask of the database, through the adapter and by
     * hand, counted on a wrapped pool over {@value #COUNTED} operations each on one thread.
     */
    private static Map<String, Counting.PerOperation> count(HikariDataSource pool) {
        Map<String, Counting.PerOperation> counts = new LinkedHashMap<>();
        Office office = Office.of("bench-register-0");
        Counting adapterCounts = new Counting();
        PropertyDeskJdbc jdbc = PropertyDeskJdbc.on(adapterCounts.wrap(pool));
        JdbcKernel kernel = jdbc.kernel();
        JdbcComplaint stores = jdbc.complaint();
        ComplaintDesk desk = new ComplaintDeskService(stores.complaints(), stores.paymentStatus(), stores.policies(),
                kernel.directory(), kernel.calendar(), Clock.system(), Identities.random(), jdbc.transactions(), kernel.outbox());
        List<ComplaintId> ids = new ArrayList<>();
        for (int i = 0; i < COUNTED; i++) {
            ids.add(desk.register(new ComplaintDesk.Register(office.id(), office.assistant(), "counted-a-" + i, facts(-1 - i)))
                    .getOrElseThrow(rejections -> new IllegalStateException("registration refused: " + rejections)).complaint().id());
        }
        counts.put(REGISTER_ADAPTER, adapterCounts.per(COUNTED));
        Counting handCounts = new Counting();
        HandWritten hand = new HandWritten(handCounts.wrap(pool));
        try {
            for (int i = 0; i < COUNTED; i++) {
                hand.register(office, "counted-h-" + i, facts(-1 - i));
            }
            counts.put(REGISTER_HAND, handCounts.per(COUNTED));
            Counting findCounts = new Counting();
            Complaints complaints = PropertyDeskJdbc.on(findCounts.wrap(pool)).complaint().complaints();
            for (ComplaintId id : ids) {
                complaints.find(office.id(), id);
            }
            counts.put(FIND_ADAPTER, findCounts.per(COUNTED));
            Counting selectCounts = new Counting();
            HandWritten select = new HandWritten(selectCounts.wrap(pool));
            for (ComplaintId id : ids) {
                select.select(office.id(), id);
            }
            counts.put(FIND_HAND, selectCounts.per(COUNTED));
        } catch (SQLException e) {
            throw new IllegalStateException("counting: " + e.getMessage(), e);
        }
        return counts;
    }

    private static final int COUNTED = 20;

    /** Each registration at a different place, so no two make a recurring problem (R-CO-8) and the rows stay one per event. */
    public static IntakeFacts facts(long n) {
        return new IntakeFacts(Subject.EQUIPMENT_REPAIR, new Location("Building " + (n % 9 + 1) + " unit " + n), new Cause.NoFault(),
                Ask.HELP, Option.none(), false, "The lift stops between floors 3 and 4 (" + n + ").");
    }

    // ---------------------------------------------------------------- (3)

    private static Duration workQueue(Settings settings, HikariDataSource pool, List<Measurement> measurements) {
        PropertyDeskJdbc jdbc = PropertyDeskJdbc.on(pool).migrate();
        JdbcKernel kernel = jdbc.kernel();
        JdbcComplaint stores = jdbc.complaint();
        ComplaintDesk desk = new ComplaintDeskService(stores.complaints(), stores.paymentStatus(), stores.policies(),
                kernel.directory(), kernel.calendar(), Clock.system(), Identities.random(), jdbc.transactions(), kernel.outbox());
        Office measured = Office.of("bench-queue-measured");
        measured.seed(jdbc);
        ComplaintId template = desk.register(new ComplaintDesk.Register(measured.id(), measured.assistant(), "q-0", facts(0)))
                .getOrElseThrow(rejections -> new IllegalStateException("registration refused: " + rejections)).complaint().id();
        BulkLoad load = new BulkLoad(pool, measured.id(), template, settings.openPerOffice());
        load.copiesInto(measured.id(), settings.openPerOffice() - 1);
        load.otherOffices(1, settings.queueOffices());
        load.analyze();
        Complaints complaints = stores.complaints();
        Operation queue = () -> {
            Seq<Complaint> open = complaints.open(measured.id());
            if (open.size() != settings.openPerOffice()) {
                throw new IllegalStateException("the work queue holds " + open.size() + ", not " + settings.openPerOffice());
            }
        };
        long total = load.count();
        warmUp(settings, queue);
        measurements.add(measure(settings, QUEUE_SMALL + " (" + total + " open)", queue));
        long t0 = System.nanoTime();
        load.otherOffices(settings.queueOffices(), settings.queueOfficesLarge());
        load.analyze();
        Duration loaded = Duration.ofNanos(System.nanoTime() - t0);
        total = load.count();
        warmUp(settings, queue);
        measurements.add(measure(settings, QUEUE_LARGE + " (" + total + " open)", queue));
        return loaded;
    }

    // ---------------------------------------------------------------- measuring

    @FunctionalInterface
    interface Operation {
        void run() throws Exception;
    }

    private static void warmUp(Settings settings, Operation operation) {
        drive(settings.threads(), settings.warmUp(), operation);
    }

    /** Warm-up rounds of each side in turn, until one spends less than {@link Compilation#SETTLED} of its time compiling, or the limit. */
    private static Warmup warmUpPair(Settings settings, Operation a, Operation b) {
        return Compilation.warmUp(settings.warmupLimit(), () -> {
            warmUp(settings, a);
            warmUp(settings, b);
        });
    }

    private static Measurement measure(Settings settings, String name, Operation operation) {
        long[] all = flatten(List.<long[][]>of(drive(settings.threads(), settings.measurement(), operation)));
        return measurement(settings, name, all, settings.measurement(), List.of());
    }

    /**
     * Two operations measured in alternating rounds, A B, B A, A B, …, so that what drifts during
     * the run (the tables growing, a checkpoint, autovacuum, another process's burst) falls on both
     * sides alike instead of on whichever ran second; each side runs {@code settings.measurement()}
     * in all.
     */
    private static List<Measurement> measurePair(Settings settings, String nameA, Operation a, String nameB, Operation b) {
        List<long[][]> roundsA = new ArrayList<>();
        List<long[][]> roundsB = new ArrayList<>();
        List<Double> ratesA = new ArrayList<>();
        List<Double> ratesB = new ArrayList<>();
        double roundSeconds = settings.round().toNanos() / 1e9;
        for (int round = 0; round < settings.rounds(); round++) {
            boolean aFirst = round % 2 == 0;
            for (int side = 0; side < 2; side++) {
                boolean isA = aFirst == (side == 0);
                long[][] latencies = drive(settings.threads(), settings.round(), isA ? a : b);
                (isA ? roundsA : roundsB).add(latencies);
                (isA ? ratesA : ratesB).add(operations(latencies) / roundSeconds);
            }
        }
        Duration total = settings.round().multipliedBy(settings.rounds());
        return List.of(measurement(settings, nameA, flatten(roundsA), total, ratesA),
                measurement(settings, nameB, flatten(roundsB), total, ratesB));
    }

    private static Measurement measurement(Settings settings, String name, long[] sorted, Duration window, List<Double> roundRates) {
        return new Measurement(name, settings.threads(), sorted.length, window.toNanos() / 1e9, percentile(sorted, 0.50) / 1e3,
                percentile(sorted, 0.99) / 1e3, roundRates);
    }

    private static int operations(long[][] round) {
        int count = 0;
        for (long[] thread : round) {
            count += thread.length;
        }
        return count;
    }

    /** Every latency of every thread of every round, sorted. */
    private static long[] flatten(List<long[][]> rounds) {
        int count = 0;
        for (long[][] round : rounds) {
            count += operations(round);
        }
        long[] all = new long[count];
        int at = 0;
        for (long[][] round : rounds) {
            for (long[] thread : round) {
                System.arraycopy(thread, 0, all, at, thread.length);
                at += thread.length;
            }
        }
        Arrays.sort(all);
        return all;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** Each thread runs {@code operation} back to back until the window closes; the latencies of operations started in it. */
    private static long[][] drive(int threads, Duration window, Operation operation) {
        long[][] latencies = new long[threads][];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        long[] deadline = new long[1];
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread worker = new Thread(() -> {
                long[] own = new long[1024];
                int count = 0;
                try {
                    start.await();
                    while (failure.get() == null) {
                        long begin = System.nanoTime();
                        if (begin >= deadline[0]) {
                            break;
                        }
                        operation.run();
                        if (count == own.length) {
                            own = Arrays.copyOf(own, count * 2);
                        }
                        own[count++] = System.nanoTime() - begin;
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
                latencies[index] = Arrays.copyOf(own, count);
            }, "jdbc-bench-" + t);
            workers.add(worker);
            worker.start();
        }
        deadline[0] = System.nanoTime() + window.toNanos();
        start.countDown();
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("an operation failed", failure.get());
        }
        return latencies;
    }

    // ---------------------------------------------------------------- the database

    private static String reachable() {
        try (Connection connection = DriverManager.getConnection(URL);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version()")) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new Unreachable(e.getMessage(), e);
        }
    }

    /** A schema of its own, dropped on close. */
    public record Schema(String name) implements AutoCloseable {

        public static Schema fresh(String name) {
            execute("create schema " + name);
            return new Schema(name);
        }

        public HikariDataSource pool(int threads) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(URL);
            config.setSchema(name);
            // A registration holds its unit of work's connection while the outbox creates its head row on a second one.
            config.setMaximumPoolSize(threads * 2);
            config.setMinimumIdle(threads * 2);
            config.setPoolName(name);
            return new HikariDataSource(config);
        }

        /**
         * Gathers PostgreSQL's statistics on the complaint and outbox tables, as autovacuum keeps
         * them on a database in use. A driver calls it after its warm-up: its tables start empty and
         * fill faster than autovacuum visits them, and without statistics the planner estimates every
         * index scan at one row and may read a registration's matter (R-CO-5, R-CO-8) through the
         * office's whole window instead of the matter's index, slower with every complaint stored.
         */
        public void analyze(javax.sql.DataSource pool) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("analyze pd_complaint, pd_complaint_event, pd_outbox, pd_outbox_head, pd_request");
            } catch (SQLException e) {
                throw new IllegalStateException("analyze: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            execute("drop schema " + name + " cascade");
        }

        private static void execute(String sql) {
            Properties none = new Properties();
            try (Connection connection = DriverManager.getConnection(URL, none); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }
    }

    /** A minimal office: a leader, a manager, a supervisor and the assistant who registers, on a business calendar. */
    public record Office(OfficeId id, StaffId leader, StaffId manager, StaffId supervisor, StaffId assistant) {

        public static Office of(String key) {
            return new Office(new OfficeId(uuid(key)), new StaffId(uuid(key + "/leader")), new StaffId(uuid(key + "/manager")),
                    new StaffId(uuid(key + "/supervisor")), new StaffId(uuid(key + "/assistant")));
        }

        public void seed(PropertyDeskJdbc jdbc) {
            JdbcKernel kernel = jdbc.kernel();
            jdbc.transactions().inTransaction(() -> {
                kernel.directory().register(member(leader, "周建国", Role.COMPANY_LEADERSHIP, Department.ADMINISTRATION_HR, Option.none()));
                kernel.directory().register(member(manager, "刘志强", Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR, Option.some(leader)));
                kernel.directory().register(member(supervisor, "陈静", Role.SUPERVISOR, Department.CUSTOMER_SERVICE, Option.some(manager)));
                kernel.directory().register(member(assistant, "王芳", Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE,
                        Option.some(supervisor)));
                kernel.defineCalendar(id, BusinessCalendar.in(ZONE).hours(WorkingHours.of(LocalTime.of(8, 30), LocalTime.of(17, 30))).build());
                return null;
            });
        }

        private StaffMember member(StaffId staff, String name, Role role, Department department, Option<StaffId> superior) {
            return StaffMember.of(staff, id, name, role, department, superior)
                    .getOrElseThrow(refused -> new IllegalStateException("invalid staff: " + refused));
        }

        private static UUID uuid(String key) {
            return UUID.nameUUIDFromBytes(("propertydesk-bench/" + key).getBytes(StandardCharsets.UTF_8));
        }
    }
}
