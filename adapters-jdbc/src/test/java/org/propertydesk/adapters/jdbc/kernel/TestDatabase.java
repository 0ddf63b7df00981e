package org.propertydesk.adapters.jdbc.kernel;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases a JDBC test runs against: H2 always, PostgreSQL and MariaDB on this machine when
 * they answer. Under CI ({@code CI=true}) an unreachable PostgreSQL or MariaDB fails the test
 * instead of skipping it, so a green CI run means all three were exercised.
 */
public enum TestDatabase {
    H2("jdbc:h2:mem:"),
    POSTGRESQL(env("PROPERTYDESK_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&connectTimeout=3")),
    MARIADB(env("PROPERTYDESK_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root&connectTimeout=3000"));

    private final String url;
    private volatile Boolean reachable;

    TestDatabase(String url) {
        this.url = url;
    }

    public static Stream<TestDatabase> all() {
        return Stream.of(values());
    }

    /**
     * A data source on this database; skips the calling test when the database does not answer,
     * fails it under CI.
     */
    public DataSource dataSource() {
        if (this == H2) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:pd-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
            return h2;
        }
        requireReachable();
        try {
            if (this == POSTGRESQL) {
                PGSimpleDataSource postgres = new PGSimpleDataSource();
                postgres.setURL(url);
                return postgres;
            }
            MariaDbDataSource mariadb = new MariaDbDataSource();
            mariadb.setUrl(url);
            return mariadb;
        } catch (SQLException e) {
            throw new IllegalStateException("bad test database URL " + url, e);
        }
    }

    /**
     * A database of its own for one test: a new H2 in-memory database, a new PostgreSQL schema or
     * a new MariaDB database, dropped on close. Tests on the shared local servers never see each
     * other's rows, nor those of a concurrent run. The MariaDB database defaults to latin1, as an
     * embedder's might: PropertyDesk's tables must declare utf8mb4 themselves for Chinese text to
     * survive, and every MariaDB test proves they do.
     */
    public Fresh fresh() {
        DataSource server = dataSource();
        if (this == H2) {
            return new Fresh(server, () -> {});
        }
        String name = uniqueTable("pd_test");
        execute(server, this == POSTGRESQL ? "create schema " + name : "create database " + name + " character set latin1");
        Runnable drop = () -> execute(server, this == POSTGRESQL ? "drop schema " + name + " cascade" : "drop database " + name);
        try {
            if (this == POSTGRESQL) {
                PGSimpleDataSource postgres = new PGSimpleDataSource();
                postgres.setURL(url);
                postgres.setCurrentSchema(name);
                return new Fresh(postgres, drop);
            }
            MariaDbDataSource mariadb = new MariaDbDataSource();
            mariadb.setUrl(url.replace("/test?", "/" + name + "?"));
            return new Fresh(mariadb, drop);
        } catch (SQLException e) {
            drop.run();
            throw new IllegalStateException("bad test database URL " + url, e);
        }
    }

    /** A database that exists for one test. */
    public record Fresh(DataSource dataSource, Runnable drop) implements AutoCloseable {
        @Override
        public void close() {
            drop.run();
        }
    }

    private static void execute(DataSource dataSource, String statement) {
        try (Connection connection = dataSource.getConnection();
                java.sql.Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    /** A table name no other test or concurrent run uses. */
    public static String uniqueTable(String prefix) {
        return (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)).toLowerCase(Locale.ROOT);
    }

    private void requireReachable() {
        if (reachable == null) {
            reachable = probe();
        }
        if (!reachable) {
            String message = this + " is not reachable at " + url;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + " (under CI every database must be up)");
            }
            Assumptions.abort(message + " (skipped outside CI)");
        }
    }

    private boolean probe() {
        try (Connection connection = DriverManager.getConnection(url)) {
            return connection.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
