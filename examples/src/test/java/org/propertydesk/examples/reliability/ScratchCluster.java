package org.propertydesk.examples.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of the test's own — a throwaway cluster made by {@code initdb} in a temporary
 * directory, listening on a free loopback port — that a test may stop and start again: a real
 * database outage (fast shutdown, refused connections, start-up) without taking down the machine's
 * PostgreSQL, which other tests, builds and people use at the same time. Run as root (as CI is),
 * it runs the server as the {@code postgres} user; the cluster is stopped and deleted on close.
 * Where no PostgreSQL binaries are installed the test is skipped — or fails under CI.
 */
final class ScratchCluster implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;

    private ScratchCluster(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Creates and starts a new cluster. */
    static ScratchCluster start() throws IOException, InterruptedException {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("pd-scratch-pg");
        if (root) {
            run(List.of("chown", "postgres", dir.toString()), 30);
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ScratchCluster cluster = new ScratchCluster(bin, dir, port, root);
        try {
            cluster.pg(60, "initdb", "-D", cluster.data(), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale", "C");
            cluster.startServer();
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** A JDBC URL on the cluster's {@code postgres} database. */
    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres&connectTimeout=3";
    }

    /** Fast shutdown: sessions are terminated (57P01), new connections refused; waits until it is down. */
    void stopServer() throws IOException, InterruptedException {
        pg(60, "pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
    }

    /** Starts the server and waits until it accepts connections. */
    void startServer() throws IOException, InterruptedException {
        pg(60, "pg_ctl", "-D", data(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    @Override
    public void close() {
        try {
            if (Files.exists(dir.resolve("data/postmaster.pid"))) {
                pg(60, "pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // Deleting the directory below still leaves nothing behind but a stray process, if any.
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                // A temporary directory left behind is harmless.
            }
        }
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private void pg(int timeoutSeconds, String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        run(command, timeoutSeconds);
    }

    private static void run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish within " + timeoutSeconds + " s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed with " + process.exitValue() + ":\n" + output);
        }
    }

    /** The newest installed PostgreSQL's binaries ({@code PROPERTYDESK_PG_BIN} overrides). */
    private static Path binaries() throws IOException {
        String configured = System.getenv("PROPERTYDESK_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> installed = Files.list(versions)) {
                java.util.Optional<Path> newest = installed.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                        .max(Comparator.comparing(bin -> versionOf(bin.getParent())));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        String message = "no PostgreSQL binaries (initdb, pg_ctl) under /usr/lib/postgresql; set PROPERTYDESK_PG_BIN";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message + " (under CI the database fault tests must run)");
        }
        Assumptions.abort(message + " (skipped outside CI)");
        throw new IllegalStateException("unreachable");
    }

    private static int versionOf(Path version) {
        try {
            return Integer.parseInt(version.getFileName().toString().replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
