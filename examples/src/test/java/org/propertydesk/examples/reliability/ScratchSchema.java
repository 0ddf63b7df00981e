package org.propertydesk.examples.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A schema of its own on the machine's PostgreSQL for one reliability test, dropped on close, and
 * the JDBC URL a reference server uses for it. Its connections carry an application name of their
 * own, so a test can find (and terminate) exactly the server's backends in {@code pg_stat_activity}
 * without touching anyone else's. Under CI ({@code CI=true}) an unreachable PostgreSQL fails the
 * test; elsewhere it skips it, as the JDBC adapter's tests do.
 */
final class ScratchSchema implements AutoCloseable {

    static final String ADMIN_URL = env("PROPERTYDESK_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&connectTimeout=3");

    private final String schema;
    private final String applicationName;

    private ScratchSchema(String schema) {
        this.schema = schema;
        this.applicationName = schema;
    }

    /** A new schema named {@code prefix_<random>}; skips or fails the test when PostgreSQL does not answer. */
    static ScratchSchema create(String prefix) {
        requireReachable(ADMIN_URL);
        ScratchSchema scratch = new ScratchSchema((prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
                .toLowerCase(Locale.ROOT));
        scratch.execute("create schema " + scratch.schema);
        return scratch;
    }

    /** The URL for {@code ReferenceServer --db}: this schema, and this schema's application name. */
    String serverUrl() {
        return ADMIN_URL + "&currentSchema=" + schema + "&ApplicationName=" + applicationName;
    }

    String applicationName() {
        return applicationName;
    }

    /** Runs {@code sql} on an admin connection (not the server's, so never terminated by the test). */
    void execute(String sql, Object... parameters) {
        rows(sql, parameters);
    }

    /** The rows of a query in this schema, each as its column values. */
    List<List<Object>> rows(String sql, Object... parameters) {
        return rowsAt(ADMIN_URL + "&currentSchema=" + schema, sql, parameters);
    }

    /** The rows of a query on the database at {@code url}, each as its column values. */
    static List<List<Object>> rowsAt(String url, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            if (statement.execute()) {
                try (ResultSet result = statement.getResultSet()) {
                    while (result.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                            row.add(result.getObject(column));
                        }
                        rows.add(row);
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A single number a query answers. */
    long count(String sql, Object... parameters) {
        return ((Number) rows(sql, parameters).get(0).get(0)).longValue();
    }

    /** Terminates every backend the server holds open on this schema; answers how many. */
    int terminateServerBackends() {
        return (int) count("select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity"
                + " where application_name = ? and pid <> pg_backend_pid()", applicationName);
    }

    @Override
    public void close() {
        execute("drop schema if exists " + schema + " cascade");
    }

    static void requireReachable(String url) {
        try (Connection probe = DriverManager.getConnection(url)) {
            probe.isValid(3);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("PostgreSQL must be reachable under CI at " + url, e);
            }
            Assumptions.abort("PostgreSQL is not reachable at " + url + " (skipped outside CI)");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
