package org.propertydesk.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.propertydesk.adapters.grpc.PropertyDeskServer;
import org.propertydesk.adapters.grpc.PropertyDeskServices;
import org.propertydesk.adapters.grpc.kernel.BearerTokens;
import org.propertydesk.adapters.grpc.kernel.Caller;
import org.propertydesk.adapters.grpc.kernel.TokenFile;
import org.propertydesk.application.kernel.Clock;
import org.propertydesk.application.kernel.Identities;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * PropertyDesk's reference gRPC server: every desk over one JDBC database (embedded H2 file by
 * default; PostgreSQL or MariaDB by URL — several servers may share one database), behind bearer
 * tokens, optionally TLS with client certificates. With {@code --demo} it sets up a demo office
 * (翠湖花园管理处: staff, posts, the 2026 Chinese holiday calendar) and prints a token for each of
 * its people.
 *
 * <pre>
 * java -cp … org.propertydesk.examples.ReferenceServer --demo
 * java -cp … org.propertydesk.examples.ReferenceServer --db jdbc:postgresql://127.0.0.1:5432/test --db-user postgres --tokens tokens.txt
 * </pre>
 */
@Command(name = "propertydesk-server", mixinStandardHelpOptions = true, version = "PropertyDesk 0.1.0",
        description = "Serves PropertyDesk's gRPC API (propertydesk.v1) on a JDBC database.",
        sortOptions = false)
public final class ReferenceServer implements Callable<Integer> {

    /** The demo office's id: fixed, so its resource names stay the same across restarts. */
    public static final OfficeId DEMO_OFFICE = new OfficeId(UUID.fromString("0ff1ce00-cafe-4000-8000-000000000001"));

    /** Where the demo clock starts: Monday 14 September 2026, 09:00 in Shanghai, the morning the day at the desk begins. */
    public static final Instant DEMO_START = DayAtTheDesk.START;

    @Option(names = "--db", defaultValue = "jdbc:h2:file:./propertydesk-data/propertydesk;LOCK_TIMEOUT=10000",
            description = "JDBC URL: H2, PostgreSQL or MariaDB (default: an embedded H2 file in ./propertydesk-data)")
    String database;

    @Option(names = "--db-user", description = "database user") String databaseUser;

    @Option(names = "--db-password", description = "database password") String databasePassword;

    @Option(names = "--db-wait", defaultValue = "5000",
            description = "milliseconds a call waits for a database connection before it is answered UNAVAILABLE, "
                    + "at least 250 (default: ${DEFAULT-VALUE})")
    long databaseWaitMillis;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}); anything but loopback needs TLS")
    String host;

    @Option(names = "--port", defaultValue = "50051", description = "port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--tls-cert", description = "PEM certificate chain: serve over TLS") File certificateChain;

    @Option(names = "--tls-key", description = "PKCS#8 PEM private key of --tls-cert") File privateKey;

    @Option(names = "--client-ca", description = "PEM certificates of the authorities whose client certificates are required (mutual TLS)")
    File clientAuthority;

    @Option(names = "--tokens", description = "token file: lines 'sha256:<hex> <office uuid> <staff uuid>'") Path tokenFile;

    @Option(names = "--demo", description = "set up the demo office 翠湖花园管理处 and print a token for each of its people")
    boolean demo;

    @Option(names = "--max-message-bytes", defaultValue = "4194304", description = "largest request accepted (default: ${DEFAULT-VALUE})")
    int maxMessageBytes;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ReferenceServer()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Running running = start(System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "propertydesk-shutdown"));
        running.server().awaitTermination();
        return 0;
    }

    /** Starts the server as configured and tells {@code out} where it listens (and the demo tokens). */
    public Running start(PrintStream out) {
        if (tokenFile == null && !demo) {
            throw new CommandLine.ParameterException(new CommandLine(this), "give --tokens FILE, or --demo for demo tokens");
        }
        if ((certificateChain == null) != (privateKey == null)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--tls-cert and --tls-key go together");
        }
        HikariDataSource dataSource = dataSource();
        try {
            DemoClock demoClock = demo ? new DemoClock(DEMO_START) : null;
            Clock clock = demo ? demoClock : Clock.system();
            EmbeddedDesk desk = EmbeddedDesk.on(dataSource, clock, Identities.random());
            BearerTokens tokens = tokenFile == null ? token -> io.vavr.control.Option.none() : TokenFile.read(tokenFile);
            Map<String, String> demoTokens = LinkedHashMap.empty();
            DemoOffice office = demo ? DemoOffice.seed(desk, DEMO_OFFICE) : null;
            if (demo) {
                // The duty schedule an integrator's scheduling system would feed the handover desk.
                desk.transactions().inTransaction(() -> {
                    desk.scheduleShiftChange(DEMO_OFFICE, office.holidayShiftChange());
                    return null;
                });
            }
            if (demo) {
                demoTokens = demoTokens(office);
                tokens = either(tokens, BearerTokens.fixed(demoTokens.toJavaMap(entry -> new io.vavr.Tuple2<>(entry._2,
                        new Caller(DEMO_OFFICE, staffOf(office, entry._1))))));
            }
            PropertyDeskServices services = PropertyDeskServices.builder(desk.requests())
                    .rosters(desk.roster())
                    .handovers(desk.handover())
                    .complaints(desk.complaints())
                    .firstContact(desk.firstContact())
                    .risk(desk.risk())
                    .recordsOffice(desk.recordsOffice())
                    .audit(desk.auditLog())
                    .auditDenials(desk.denials())
                    .build();
            PropertyDeskServer.Builder builder = PropertyDeskServer.builder()
                    .host(host)
                    .port(port)
                    .tokens(tokens)
                    .maxInboundMessageSize(maxMessageBytes)
                    .services(services);
            if (certificateChain != null) {
                builder.tls(certificateChain, privateKey);
            }
            if (clientAuthority != null) {
                builder.requireClientCertificates(clientAuthority);
            }
            PropertyDeskServer server = builder.start();
            out.printf("PropertyDesk listening on %s:%d (%s), database %s%n", host, server.port(),
                    certificateChain == null ? "plaintext" : clientAuthority == null ? "TLS" : "mutual TLS", database);
            if (demo) {
                out.printf("Demo office %s: offices/%s%n", DemoOffice.NAME, DEMO_OFFICE);
                demoTokens.forEach((who, token) -> out.printf("  token for %-24s %s%n", who + ":", token));
            }
            return new Running(server, dataSource, desk, io.vavr.control.Option.of(office), io.vavr.control.Option.of(demoClock), demoTokens);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private HikariDataSource dataSource() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database);
        if (databaseUser != null) {
            config.setUsername(databaseUser);
        }
        if (databasePassword != null) {
            config.setPassword(databasePassword);
        }
        config.setMaximumPoolSize(16);
        // While the database is down a call gets UNAVAILABLE after this wait instead of hanging
        // for the pool's default 30 s; checking a connection before reuse must take less.
        config.setConnectionTimeout(Math.max(250, databaseWaitMillis));
        config.setValidationTimeout(Math.max(250, Math.min(5000, databaseWaitMillis / 2)));
        config.setPoolName("propertydesk");
        return new HikariDataSource(config);
    }

    private static BearerTokens either(BearerTokens first, BearerTokens second) {
        return token -> first.verify(token).orElse(() -> second.verify(token));
    }

    /** A fresh random token for each demo role, printed once at start. */
    private static Map<String, String> demoTokens(DemoOffice office) {
        SecureRandom random = new SecureRandom();
        Map<String, String> tokens = LinkedHashMap.empty();
        for (String who : DEMO_PEOPLE) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            tokens = tokens.put(who, "pd-demo-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        return tokens;
    }

    /** The demo people who get a token, by the name the token list prints. */
    static final java.util.List<String> DEMO_PEOPLE = java.util.List.of(
            "leader", "manager", "customer-relations", "service-supervisor", "security-supervisor", "records-keeper",
            "scheduler", "assistant", "second-assistant", "guard-1", "guard-2", "repairer", "cleaning-lead", "engineering-supervisor");

    static StaffId staffOf(DemoOffice office, String who) {
        return switch (who) {
            case "leader" -> office.leader();
            case "manager" -> office.manager();
            case "customer-relations" -> office.customerRelations();
            case "service-supervisor" -> office.serviceSupervisor();
            case "security-supervisor" -> office.securitySupervisor();
            case "records-keeper" -> office.recordsKeeper();
            case "scheduler" -> office.scheduler();
            case "assistant" -> office.assistant();
            case "second-assistant" -> office.secondAssistant();
            case "guard-1" -> office.guards().get(0);
            case "guard-2" -> office.guards().get(1);
            case "repairer" -> office.repairer();
            case "cleaning-lead" -> office.cleaningLead();
            case "engineering-supervisor" -> office.engineeringSupervisor();
            default -> throw new IllegalArgumentException("no demo person " + who);
        };
    }

    /** A started server, its database pool, and in demo mode the office, its clock and tokens. */
    public record Running(PropertyDeskServer server, HikariDataSource dataSource, EmbeddedDesk desk,
            io.vavr.control.Option<DemoOffice> demoOffice, io.vavr.control.Option<DemoClock> demoClock, Map<String, String> demoTokens) implements AutoCloseable {

        public Running {
            Objects.requireNonNull(server, "server");
        }

        public int port() {
            return server.port();
        }

        /** Stops taking calls, lets running ones finish (up to 10 s), then closes the pool. */
        @Override
        public void close() throws InterruptedException {
            try {
                server.stop(10);
            } finally {
                dataSource.close();
            }
        }
    }
}
