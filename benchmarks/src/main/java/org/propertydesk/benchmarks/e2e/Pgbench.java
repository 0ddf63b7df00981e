package org.propertydesk.benchmarks.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's own {@code pgbench} running a custom script: the baseline of the end-to-end run. It
 * connects to the database of the JDBC URL (host, port, database, {@code user} and {@code password}
 * parameters, passed as libpq's environment variables), with {@code search_path} set to the given
 * schema, and is killed if it outlives its run by a minute, so a hung database cannot hang the suite.
 * The executable is {@code pgbench} on the PATH, or {@code PROPERTYDESK_PGBENCH}.
 */
final class Pgbench {

    static final String EXECUTABLE = System.getenv().getOrDefault("PROPERTYDESK_PGBENCH", "pgbench");

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    /** What one pgbench run reported; latencies (µs) from its per-transaction log, sorted. */
    record Run(double tps, long transactions, long failed, long[] latenciesMicros, String output) {}

    /** pgbench could not be run at all. */
    static final class Missing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Missing(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Pgbench() {}

    /** {@code pgbench --version}, or {@link Missing}. */
    static String version() {
        try {
            Process process = new ProcessBuilder(EXECUTABLE, "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new Missing(EXECUTABLE + " --version failed: " + output, null);
            }
            return output;
        } catch (IOException e) {
            throw new Missing(EXECUTABLE + " cannot be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Runs {@code pgbench -n -M prepared -c clients -j clients -T seconds -f script} in {@code dir},
     * logging every transaction when {@code log} is set. Fails when pgbench fails or any transaction failed.
     */
    static Run run(String jdbcUrl, String schema, Path script, int clients, int seconds, Path dir, boolean log) {
        List<String> command = new ArrayList<>(List.of(EXECUTABLE, "-n", "-M", "prepared", "-c", String.valueOf(clients),
                "-j", String.valueOf(clients), "-T", String.valueOf(seconds), "-f", script.toString()));
        String prefix = "pgbench_log_" + System.nanoTime();
        if (log) {
            command.addAll(List.of("-l", "--log-prefix=" + dir.resolve(prefix)));
        }
        return execute(jdbcUrl, schema, command, seconds, dir, log ? prefix : null);
    }

    private static Run execute(String jdbcUrl, String schema, List<String> command, int seconds, Path dir, String logPrefix) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment(jdbcUrl, schema));
        try {
            Process process = builder.start();
            // Reading to the end returns when pgbench exits (or is killed below).
            Thread killer = new Thread(() -> {
                try {
                    if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                }
            }, "pgbench-watchdog");
            killer.setDaemon(true);
            killer.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            if (process.exitValue() != 0) {
                throw new IllegalStateException("pgbench exited with " + process.exitValue() + ":\n" + output);
            }
            double tps = number(TPS, output, "tps");
            long processed = (long) number(PROCESSED, output, "transactions processed");
            Matcher failed = FAILED.matcher(output);
            long failures = failed.find() ? Long.parseLong(failed.group(1)) : 0;
            if (failures > 0) {
                throw new IllegalStateException(failures + " pgbench transactions failed:\n" + output);
            }
            return new Run(tps, processed, failures, logPrefix != null ? latencies(dir, logPrefix) : new long[0], output);
        } catch (IOException e) {
            throw new Missing(EXECUTABLE + " cannot be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** One transaction of the script on one client ({@code -t 1}): what a test looks at. */
    static Run once(String jdbcUrl, String schema, Path script, Path dir) {
        return execute(jdbcUrl, schema, List.of(EXECUTABLE, "-n", "-M", "prepared", "-c", "1", "-t", "1", "-f", script.toString()), 1, dir,
                null);
    }

    /** libpq's variables for the JDBC URL's database, user and password, and the schema as search path. */
    static Map<String, String> environment(String jdbcUrl, String schema) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        Map<String, String> env = new HashMap<>();
        env.put("PGHOST", uri.getHost() == null ? "127.0.0.1" : uri.getHost());
        env.put("PGPORT", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()));
        String path = uri.getPath() == null ? "" : uri.getPath();
        env.put("PGDATABASE", path.startsWith("/") ? path.substring(1) : path);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                String value = kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
                switch (kv[0]) {
                    case "user":
                        env.put("PGUSER", value);
                        break;
                    case "password":
                        env.put("PGPASSWORD", value);
                        break;
                    case "connectTimeout":
                        env.put("PGCONNECT_TIMEOUT", value);
                        break;
                    default:
                        break;
                }
            }
        }
        env.putIfAbsent("PGCONNECT_TIMEOUT", "5");
        env.put("PGOPTIONS", "-c search_path=" + schema);
        return env;
    }

    private static double number(Pattern pattern, String output, String what) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("pgbench reported no " + what + ":\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    /** The third column of every log line (a transaction's time in µs), from every thread's log file; the files are deleted. */
    private static long[] latencies(Path dir, String prefix) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.filter(file -> file.getFileName().toString().startsWith(prefix)).toList();
        }
        long[] values = new long[1024];
        int n = 0;
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length < 3 || !columns[2].chars().allMatch(Character::isDigit)) {
                    continue;
                }
                if (n == values.length) {
                    values = Arrays.copyOf(values, n * 2);
                }
                values[n++] = Long.parseLong(columns[2]);
            }
            Files.delete(file);
        }
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return sorted;
    }
}
