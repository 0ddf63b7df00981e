package org.propertydesk.benchmarks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The JDBC load driver's smoke mode on the local PostgreSQL: it runs end to end in seconds and every
 * measurement completes operations. Skipped when PostgreSQL is unreachable, unless {@code CI=true}.
 * No timing is asserted: the smoke figures mean nothing.
 */
class JdbcBenchmarksTest {

    @BeforeAll
    static void postgresqlIsThere() {
        try (Connection connection = DriverManager.getConnection(JdbcBenchmarks.URL)) {
            assertThat(connection.isValid(3)).isTrue();
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL is unreachable at " + JdbcBenchmarks.URL + " under CI=true", e);
            }
            Assumptions.abort("PostgreSQL is unreachable at " + JdbcBenchmarks.URL + ": " + e.getMessage());
        }
    }

    @Test
    @DisplayName("the smoke run completes every measurement with operations and reports each ratio against its target")
    void smokeRunMeasuresEverything() {
        JdbcBenchmarks.Result result = JdbcBenchmarks.run(JdbcBenchmarks.Settings.smoke());

        assertThat(result.measurements()).hasSize(6);
        assertThat(result.measurements()).allSatisfy(measurement -> {
            assertThat(measurement.operations()).as(measurement.name()).isPositive();
            assertThat(measurement.throughput()).as(measurement.name()).isPositive();
            assertThat(measurement.p99Micros()).as(measurement.name()).isGreaterThanOrEqualTo(measurement.p50Micros()).isPositive();
        });
        assertThat(JdbcReport.queueMeasurement(result, JdbcBenchmarks.QUEUE_SMALL).name()).contains("(500 open)");
        assertThat(JdbcReport.queueMeasurement(result, JdbcBenchmarks.QUEUE_LARGE).name()).contains("(2500 open)");
        assertThat(JdbcReport.markdown(result))
                .contains("Smoke run")
                .contains("registration throughput, adapter / hand-written")
                .contains("read by id throughput, Complaints.find / raw select")
                .contains("work-queue p50 latency, large table / small table");
    }
}
