package org.propertydesk.benchmarks.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.complaint.JdbcComplaint;
import org.propertydesk.adapters.jdbc.kernel.JdbcKernel;
import org.propertydesk.application.complaint.ComplaintDesk;
import org.propertydesk.application.complaint.ComplaintDeskService;
import org.propertydesk.application.kernel.Clock;
import org.propertydesk.application.kernel.Identities;
import org.propertydesk.benchmarks.jdbc.JdbcBenchmarks;
import org.propertydesk.benchmarks.testing.Rows;
import org.propertydesk.domain.complaint.Location;

/**
 * The end-to-end driver on the local PostgreSQL and pgbench: its smoke mode runs both sides in
 * seconds, and its pgbench script writes the rows the adapter's registration writes. Skipped when
 * PostgreSQL or pgbench is missing, unless {@code CI=true}. No timing is asserted: smoke figures mean nothing.
 */
class EndToEndTest {

    @BeforeAll
    static void postgresqlAndPgbenchAreThere() {
        try (Connection connection = DriverManager.getConnection(JdbcBenchmarks.URL)) {
            assertThat(connection.isValid(3)).isTrue();
        } catch (SQLException e) {
            unavailable("PostgreSQL is unreachable at " + JdbcBenchmarks.URL, e);
        }
        try {
            Pgbench.version();
        } catch (Pgbench.Missing e) {
            unavailable("pgbench cannot be run", e);
        }
    }

    private static void unavailable(String what, Exception e) {
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(what + " under CI=true", e);
        }
        Assumptions.abort(what + ": " + e.getMessage());
    }

    @Test
    @DisplayName("the smoke run registers through gRPC and runs pgbench with as many clients, and reports the ratio against its target")
    void smokeRunMeasuresBothSides() {
        EndToEnd.Result result = EndToEnd.run(EndToEnd.Settings.smokeRun());

        for (EndToEnd.Side side : List.of(result.propertyDesk(), result.baseline())) {
            assertThat(side.transactions()).isPositive();
            assertThat(side.perSecond()).isPositive();
            assertThat(side.p99Micros()).isGreaterThanOrEqualTo(side.p50Micros()).isPositive();
        }
        assertThat(result.propertyDesk().jvmCpuMicros()).isPositive();
        assertThat(result.baseline().jvmCpuMicros()).isEqualTo(-1);
        assertThat(result.ratio()).isPositive();
        assertThat(result.operation()).contains("RegisterComplaint");
        assertThat(result.answerBytes()).isPositive();
        assertThat(result.deskWarmup().rounds()).as("a smoke run warms up once").isOne();
        assertThat(EndToEndReport.standalone(result))
                .contains("Smoke run", "Ratio PropertyDesk / pgbench", "pgbench -n -M prepared -c 4 -j 4 -T 2",
                        "| JVM CPU per registration |", "Then `analyze` of the tables the warm-up filled")
                .containsPattern("PropertyDesk's in rounds of 1 s, repeated until .* for at most 0 s \\(here 1 round in [0-9]+ s");
    }

    @Test
    @DisplayName("the pgbench script writes the complaint, history and outbox rows the adapter's registration writes")
    void scriptWritesTheAdaptersRows(@TempDir Path dir) throws Exception {
        try (JdbcBenchmarks.Schema schema = JdbcBenchmarks.Schema.fresh("pd_e2e_rows_" + Long.toHexString(System.nanoTime()));
                HikariDataSource pool = schema.pool(2)) {
            PropertyDeskJdbc jdbc = PropertyDeskJdbc.on(pool).migrate();
            JdbcKernel kernel = jdbc.kernel();
            JdbcComplaint stores = jdbc.complaint();
            ComplaintDesk desk = new ComplaintDeskService(stores.complaints(), stores.paymentStatus(), stores.policies(),
                    kernel.directory(), kernel.calendar(), Clock.system(), Identities.random(), jdbc.transactions(), kernel.outbox());
            JdbcBenchmarks.Office office = JdbcBenchmarks.Office.of("rows");
            office.seed(jdbc);
            desk.register(new ComplaintDesk.Register(office.id(), office.assistant(), "3-7", JdbcBenchmarks.facts(7)))
                    .getOrElseThrow(rejections -> new AssertionError("refused: " + rejections));
            try (Connection connection = pool.getConnection();
                    PreparedStatement head = connection.prepareStatement("insert into pd_outbox_head (office_id, position) values (?, 0)")) {
                head.setString(1, RegistrationScript.officeId(1));
                head.executeUpdate();
            }
            Path script = dir.resolve("registration.sql");
            Files.writeString(script, RegistrationScript.text(1, office.assistant().value().toString(), "op", 10), StandardCharsets.UTF_8);

            Pgbench.Run run = Pgbench.once(JdbcBenchmarks.URL, schema.name(), script, dir);

            assertThat(run.transactions()).isEqualTo(1);
            String[] varying = {"office_id", "complaint_id", "complainant", "location", "location_key", "account", "registered_second",
                "registered_nano"};
            assertThat(Rows.of(pool, "select * from pd_complaint", varying))
                    .hasSize(2).satisfies(both -> assertThat(both.get(1)).isEqualTo(both.get(0)));
            assertThat(Rows.of(pool, "select location, location_key from pd_complaint"))
                    .as("both keep the place's key as Location.key() makes it (R-CO-5, R-CO-8 read by it)")
                    .hasSize(2).allSatisfy(row -> assertThat(row.get("location_key"))
                            .isEqualTo(new Location((String) row.get("location")).key()));
            assertThat(Rows.of(pool, "select * from pd_complaint_event", "office_id", "complaint_id", "at_second", "at_nano"))
                    .hasSize(2).satisfies(both -> assertThat(both.get(1)).isEqualTo(both.get(0)));
            List<Map<String, Object>> outbox = Rows.of(pool, "select * from pd_outbox", "office_id");
            assertThat(outbox).hasSize(2);
            assertThat(withoutValues(outbox.get(1))).isEqualTo(withoutValues(outbox.get(0)));
            assertThat(Rows.of(pool, "select operation, length(response) as bytes from pd_request"))
                    .containsExactly(Map.of("operation", "op", "bytes", 10));
        }
    }

    /** The payload with the values that differ per registration (ids, names, places, words, times) blanked. */
    private static Map<String, Object> withoutValues(Map<String, Object> row) {
        Map<String, Object> copy = new HashMap<>(row);
        copy.put("payload", row.get("payload").toString()
                .replaceAll("\"(complaint|office|value|account|at)\":\"[^\"]*\"", "\"$1\":\"…\""));
        return copy;
    }
}
