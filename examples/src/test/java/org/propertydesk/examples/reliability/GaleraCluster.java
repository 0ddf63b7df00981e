package org.propertydesk.examples.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A three-node MariaDB Galera cluster on loopback for one test class, run by
 * {@code tools/galera/cluster.sh}: started before the class's first test, stopped after its last.
 * Node {@code n} (1..3) answers SQL on 127.0.0.1:{@code 3310 + n}, database {@code test}, user root
 * without password; its data lives under {@code target/galera}.
 *
 * <p>When the cluster cannot start (no galera-4 here, not root, a port taken) the class is skipped
 * with the script's reason — except under CI ({@code CI=true}), where that is a failure: a green
 * CI run means the cluster tests ran.
 *
 * <p>Use: {@code @RegisterExtension static final GaleraCluster CLUSTER = new GaleraCluster();}
 */
public final class GaleraCluster implements BeforeAllCallback, AfterAllCallback {

    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(3);

    private final Path dataDirectory = Path.of("target", "galera").toAbsolutePath();
    private Path script;
    private boolean started;

    /** The JDBC URL of node {@code node} (1..3), database {@code test}. */
    public String url(int node) {
        return "jdbc:mariadb://127.0.0.1:" + (3310 + requireNode(node)) + "/test";
    }

    /** SIGKILLs node {@code node}'s mariadbd: a crash, not a shutdown. */
    public void kill(int node) {
        Result result = run("kill", String.valueOf(requireNode(node)), dataDirectory.toString());
        if (result.exit() != 0) {
            throw new IllegalStateException("could not kill node " + node + ":\n" + result.output());
        }
    }

    /** One line per node: port, pid, wsrep state and cluster size (or down). */
    public String status() {
        return run("status", dataDirectory.toString()).output();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        script = findScript();
        Result result = run("start", dataDirectory.toString());
        if (result.exit() != 0) {
            run("stop", dataDirectory.toString()); // whatever nodes did come up
            String reason = "the Galera cluster did not start (tools/galera/cluster.sh start, exit " + result.exit() + "):\n"
                    + result.output();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(reason);
            }
            Assumptions.abort(reason);
        }
        started = true;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (script != null && started) {
            Result result = run("stop", dataDirectory.toString());
            if (result.exit() != 0) {
                throw new IllegalStateException("the Galera cluster did not stop:\n" + result.output());
            }
        }
    }

    private static int requireNode(int node) {
        if (node < 1 || node > 3) {
            throw new IllegalArgumentException("nodes are 1, 2 and 3, not " + node);
        }
        return node;
    }

    /** {@code tools/galera/cluster.sh} of this checkout, looked for from the working directory upwards. */
    private static Path findScript() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("tools/galera/cluster.sh");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("tools/galera/cluster.sh not found above " + Path.of("").toAbsolutePath());
    }

    private record Result(int exit, String output) {}

    private Result run(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(arguments));
        try {
            Path log = Files.createTempFile("galera-cluster", ".log");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (!process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return new Result(-1, "timed out after " + SCRIPT_TIMEOUT + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
                }
                return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
