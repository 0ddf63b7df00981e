package org.propertydesk.adapters.jdbc.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.application.kernel.Outbox;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.testkit.kernel.OutboxContract;

/**
 * The JDBC outbox keeps the test kit's {@link OutboxContract} on H2, PostgreSQL and MariaDB. It
 * stores events as JSON, so the suite's hook reads {@code pd_outbox} in position order and decodes
 * the contract's {@link OutboxContract.SampleEvent} back from it.
 */
@DisplayName("The JDBC outbox keeps the Outbox contract")
class JdbcOutboxContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    abstract static class On extends OutboxContract {
        private final TestDatabase database;
        private final java.util.List<TestDatabase.Fresh> opened = new ArrayList<>();
        private PropertyDeskJdbc jdbc;
        private TestDatabase.Fresh fresh;

        On(TestDatabase database) {
            this.database = database;
        }

        @Override
        protected Outbox newOutbox() {
            fresh = database.fresh();
            opened.add(fresh);
            jdbc = PropertyDeskJdbc.on(fresh.dataSource()).migrate();
            return jdbc.kernel().outbox();
        }

        @Override
        protected void write(Outbox outbox, Runnable writes) {
            jdbc.transactions().run(writes);
        }

        @Override
        protected Seq<DomainEvent> enqueued(Outbox outbox, OfficeId office) {
            try (Connection connection = fresh.dataSource().getConnection();
                    PreparedStatement select = Sql.prepare(connection,
                            "select event_type, payload from pd_outbox where office_id = ? order by position", Sql.id(office.value()));
                    ResultSet rows = select.executeQuery()) {
                List<DomainEvent> events = List.empty();
                while (rows.next()) {
                    if (!"kernel.SampleEvent".equals(rows.getString("event_type"))) {
                        throw new AssertionError("unexpected event type " + rows.getString("event_type"));
                    }
                    JsonNode payload = JSON.readTree(rows.getString("payload"));
                    events = events.append(new SampleEvent(new OfficeId(UUID.fromString(payload.get("office").asText())),
                            payload.get("n").asInt(), Instant.parse(payload.get("at").asText())));
                }
                return events;
            } catch (SQLException e) {
                throw new DatabaseFailure("read the outbox", e);
            } catch (java.io.IOException e) {
                throw new AssertionError("outbox payload is not JSON", e);
            }
        }

        @AfterEach
        void dropDatabases() {
            opened.forEach(TestDatabase.Fresh::close);
            opened.clear();
        }
    }

    @Nested
    @DisplayName("on H2")
    class OnH2 extends On {
        OnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    class OnPostgres extends On {
        OnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("on MariaDB")
    class OnMariaDb extends On {
        OnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }
}
