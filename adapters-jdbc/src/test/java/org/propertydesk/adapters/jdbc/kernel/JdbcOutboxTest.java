package org.propertydesk.adapters.jdbc.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * The transactional outbox (DESIGN.md, "JDBC adapter"): events are saved with the records they
 * describe or not at all, in one order per office, as JSON a consumer on any stack can read.
 */
@DisplayName("The JDBC outbox")
class JdbcOutboxTest {

    private static final OfficeId OFFICE = new OfficeId(new UUID(0, 0xe1));

    /** An event shaped like the contexts' events: typed ids, instants, options, sequences. */
    record SomethingHappened(OfficeId office, StaffId by, Instant at, LocalDate day, Duration within,
            Option<String> note, List<String> items, io.vavr.collection.Map<StaffId, Integer> counts) implements DomainEvent {}

    private static SomethingHappened event(int n, Option<String> note) {
        return new SomethingHappened(OFFICE, new StaffId(new UUID(0, n)), Instant.parse("2026-10-01T09:00:00Z").plusSeconds(n),
                LocalDate.of(2026, 10, 1), Duration.ofHours(24), note, List.of("radio", "钥匙"),
                io.vavr.collection.LinkedHashMap.of(new StaffId(new UUID(0, 9)), 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("events are numbered per office in enqueue order and written as plain JSON")
    void orderedJson(TestDatabase database) throws SQLException {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            PropertyDeskJdbc jdbc = PropertyDeskJdbc.on(fresh.dataSource()).migrate();

            jdbc.transactions().run(() -> jdbc.kernel().outbox().enqueue(OFFICE, List.of(event(1, Option.some("见面交接")), event(2, Option.none()))));
            jdbc.transactions().run(() -> jdbc.kernel().outbox().enqueue(OFFICE, List.of(event(3, Option.none()))));

            java.util.List<String[]> rows = rows(fresh);
            assertThat(rows).extracting(row -> row[0]).containsExactly("1", "2", "3");
            assertThat(rows).extracting(row -> row[1]).containsOnly("kernel.SomethingHappened");
            assertThat(rows.get(0)[2])
                    .contains("\"office\":\"" + OFFICE + "\"")
                    .contains("\"at\":\"2026-10-01T09:00:01Z\"")
                    .contains("\"day\":\"2026-10-01\"")
                    .contains("\"within\":\"PT24H\"")
                    .contains("\"note\":\"见面交接\"")
                    .contains("\"items\":[\"radio\",\"钥匙\"]")
                    .contains("\"counts\":{\"00000000-0000-0000-0000-000000000009\":2}");
            assertThat(rows.get(1)[2]).contains("\"note\":null");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("a batch of any size keeps its order: one of seven events after one of one")
    void largeBatchInOrder(TestDatabase database) throws SQLException {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            PropertyDeskJdbc jdbc = PropertyDeskJdbc.on(fresh.dataSource()).migrate();

            jdbc.transactions().run(() -> jdbc.kernel().outbox().enqueue(OFFICE, List.of(event(0, Option.some("0")))));
            jdbc.transactions().run(() -> jdbc.kernel().outbox().enqueue(OFFICE,
                    List.rangeClosed(1, 7).map(n -> event(n, Option.some(Integer.toString(n))))));

            java.util.List<String[]> rows = rows(fresh);
            assertThat(rows).extracting(row -> row[0]).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
            assertThat(rows).extracting(row -> row[2].replaceAll(".*\"note\":\"([0-9])\".*", "$1"))
                    .containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("a batch of a hundred events, more than PostgreSQL's one-statement form takes, is numbered in order too")
    void hundredEventsInOrder(TestDatabase database) throws SQLException {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            PropertyDeskJdbc jdbc = PropertyDeskJdbc.on(fresh.dataSource()).migrate();

            jdbc.transactions().run(() -> jdbc.kernel().outbox().enqueue(OFFICE,
                    List.rangeClosed(1, 100).map(n -> event(n, Option.some("n" + n)))));

            java.util.List<String[]> rows = rows(fresh);
            assertThat(rows).extracting(row -> Long.parseLong(row[0])).containsExactlyElementsOf(List.rangeClosed(1L, 100L));
            assertThat(rows).extracting(row -> row[2].replaceAll(".*\"note\":\"n([0-9]+)\".*", "$1"))
                    .containsExactlyElementsOf(List.rangeClosed(1, 100).map(String::valueOf));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("an office whose head row was deleted behind the outbox's back gets a clear error and no event")
    void noHeadNoEvent(TestDatabase database) throws SQLException {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            PropertyDeskJdbc jdbc = PropertyDeskJdbc.on(fresh.dataSource()).migrate();
            jdbc.transactions().run(() -> jdbc.kernel().outbox().enqueue(OFFICE, List.of(event(1, Option.none()))));
            try (Connection connection = fresh.dataSource().getConnection();
                    PreparedStatement delete = connection.prepareStatement("delete from pd_outbox_head where office_id = ?")) {
                delete.setString(1, OFFICE.toString());
                assertThat(delete.executeUpdate()).isOne();
            }

            assertThatThrownBy(() -> jdbc.transactions().run(
                    () -> jdbc.kernel().outbox().enqueue(OFFICE, List.of(event(2, Option.none()), event(3, Option.none())))))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("has no pd_outbox_head row");
            assertThat(rows(fresh)).extracting(row -> row[0]).containsExactly("1");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("a unit of work that fails leaves no event behind")
    void rolledBackWithTheUnit(TestDatabase database) throws SQLException {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            PropertyDeskJdbc jdbc = PropertyDeskJdbc.on(fresh.dataSource()).migrate();

            assertThatThrownBy(() -> jdbc.transactions().run(() -> {
                jdbc.kernel().outbox().enqueue(OFFICE, List.of(event(1, Option.none())));
                throw new IllegalStateException("the use case failed after enqueuing");
            })).hasMessageContaining("failed");

            assertThat(rows(fresh)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("concurrent use cases never fork or skip a position")
    void concurrentEnqueues(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            PropertyDeskJdbc jdbc = PropertyDeskJdbc.on(fresh.dataSource()).migrate();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                java.util.List<Future<?>> done = new ArrayList<>();
                for (int n = 0; n < 30; n++) {
                    int i = n;
                    done.add(pool.submit(() -> jdbc.transactions().run(
                            () -> jdbc.kernel().outbox().enqueue(OFFICE, List.of(event(i, Option.none()), event(i, Option.none()))))));
                }
                for (Future<?> each : done) {
                    each.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(rows(fresh)).extracting(row -> Long.parseLong(row[0]))
                    .containsExactlyElementsOf(List.rangeClosed(1L, 60L));
        }
    }

    private static java.util.List<String[]> rows(TestDatabase.Fresh fresh) throws SQLException {
        java.util.List<String[]> rows = new ArrayList<>();
        try (Connection connection = fresh.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select position, event_type, payload from pd_outbox where office_id = ? order by position")) {
            select.setString(1, OFFICE.toString());
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new String[] {Long.toString(result.getLong(1)), result.getString(2), result.getString(3)});
                }
            }
        }
        return rows;
    }
}
