package org.propertydesk.benchmarks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.complaint.JdbcComplaint;
import org.propertydesk.adapters.jdbc.kernel.JdbcKernel;
import org.propertydesk.application.complaint.ComplaintDesk;
import org.propertydesk.application.complaint.ComplaintDeskService;
import org.propertydesk.application.kernel.Clock;
import org.propertydesk.application.kernel.Identities;
import org.propertydesk.benchmarks.testing.Rows;

/**
 * The JDBC load driver on the local PostgreSQL: its smoke mode runs end to end in seconds and every
 * measurement completes operations, and its hand-written baseline writes the rows the adapter writes. Skipped when PostgreSQL is unreachable, unless {@code CI=true}.
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
        for (String paired : List.of(JdbcBenchmarks.REGISTER_ADAPTER, JdbcBenchmarks.REGISTER_HAND, JdbcBenchmarks.FIND_ADAPTER,
                JdbcBenchmarks.FIND_HAND)) {
            assertThat(result.measurement(paired).roundRates()).as(paired).hasSize(2).allSatisfy(rate -> assertThat(rate).isPositive());
        }
        assertThat(result.warmups()).containsOnlyKeys(JdbcBenchmarks.REGISTER_ADAPTER, JdbcBenchmarks.FIND_ADAPTER)
                .allSatisfy((pair, warmup) -> assertThat(warmup.rounds()).as("a smoke run warms up once: %s", pair).isOne());
        assertThat(JdbcReport.queueMeasurement(result, JdbcBenchmarks.QUEUE_SMALL).name()).contains("(500 open)");
        assertThat(JdbcReport.queueMeasurement(result, JdbcBenchmarks.QUEUE_LARGE).name()).contains("(2500 open)");
        assertThat(JdbcReport.markdown(result))
                .contains("Smoke run")
                .contains("registration throughput, adapter / hand-written")
                .contains("read by id throughput, Complaints.find / raw select")
                .contains("work-queue p50 latency, large table / small table")
                .contains("runs `analyze` on them")
                .contains("2 alternating rounds of 350 ms a side")
                .containsPattern("Warm-up here: registrations 1 round in [0-9]+ s, the last [^;]+; reads by id 1 round in")
                .containsPattern("Round by round, adapter / baseline, in the order the rounds ran: registration [0-9.]+×, [0-9.]+×;"
                        + " read by id [0-9.]+×, [0-9.]+×\\.");
        Counting.PerOperation adapter = result.perOperation().get(JdbcBenchmarks.REGISTER_ADAPTER);
        Counting.PerOperation hand = result.perOperation().get(JdbcBenchmarks.REGISTER_HAND);
        assertThat(adapter.commits()).isEqualTo(hand.commits()).isEqualTo(1.0);
        assertThat(adapter.statements())
                .as("the adapter's registration reads the actor, the policy and the matter, and writes the complaint and the outbox"
                        + " in one statement each: no more round trips than the baseline's five (a head row looked up once apart)")
                .isLessThanOrEqualTo(hand.statements() + 0.1);
    }

    @Test
    @DisplayName("the hand-written baseline writes the same complaint, history and outbox rows as the adapter's registration")
    void baselineWritesTheAdaptersRows() throws Exception {
        try (JdbcBenchmarks.Schema schema = JdbcBenchmarks.Schema.fresh("pd_bench_rows_" + Long.toHexString(System.nanoTime()));
                HikariDataSource pool = schema.pool(2)) {
            PropertyDeskJdbc jdbc = PropertyDeskJdbc.on(pool).migrate();
            JdbcKernel kernel = jdbc.kernel();
            JdbcComplaint stores = jdbc.complaint();
            ComplaintDesk desk = new ComplaintDeskService(stores.complaints(), stores.paymentStatus(), stores.policies(),
                    kernel.directory(), kernel.calendar(), Clock.system(), Identities.random(), jdbc.transactions(), kernel.outbox());
            JdbcBenchmarks.Office office = JdbcBenchmarks.Office.of("rows");
            office.seed(jdbc);
            desk.register(new ComplaintDesk.Register(office.id(), office.assistant(), "3-1201", JdbcBenchmarks.facts(7)))
                    .getOrElseThrow(rejections -> new AssertionError("refused: " + rejections));
            new HandWritten(pool).register(office, "3-1201", JdbcBenchmarks.facts(7));

            assertThat(Rows.of(pool, "select * from pd_complaint order by registered_second, registered_nano", "complaint_id",
                    "registered_second", "registered_nano"))
                    .hasSize(2).satisfies(both -> assertThat(both.get(1)).isEqualTo(both.get(0)));
            assertThat(Rows.of(pool, "select * from pd_complaint_event order by at_second, at_nano", "complaint_id", "at_second", "at_nano"))
                    .hasSize(2).satisfies(both -> assertThat(both.get(1)).isEqualTo(both.get(0)));
            List<Map<String, Object>> outbox = Rows.of(pool, "select * from pd_outbox order by position", "position");
            assertThat(outbox).hasSize(2);
            assertThat(withoutIdAndTime(outbox.get(1))).isEqualTo(withoutIdAndTime(outbox.get(0)));
        }
    }

    private static Map<String, Object> withoutIdAndTime(Map<String, Object> row) {
        Map<String, Object> copy = new HashMap<>(row);
        copy.put("payload", row.get("payload").toString()
                .replaceAll("\"complaint\":\"[0-9a-f-]{36}\"", "\"complaint\":\"…\"")
                .replaceAll("\"at\":\"[^\"]+\"", "\"at\":\"…\""));
        return copy;
    }
}
