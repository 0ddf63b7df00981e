package org.propertydesk.adapters.jdbc.kernel;

import io.vavr.collection.Seq;
import java.sql.PreparedStatement;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jmolecules.event.types.DomainEvent;
import org.propertydesk.application.kernel.Outbox;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * The transactional {@link Outbox} in {@code pd_outbox}: events are written as JSON in the caller's
 * unit of work, so they exist if and only if the records they describe were saved. Positions
 * count from 1 per office in commit order. Two statements an enqueue: moving the office's row in
 * {@code pd_outbox_head} (created apart, as the audit trail does) past the new events, which locks
 * it until commit, so concurrent enqueuers queue there; then one batch of inserts that number the
 * events back from the head the unit of work now sees, its own. On PostgreSQL, for a batch of up
 * to {@value #EVENTS_TOGETHER} events, both are one statement: a round trip less.
 */
@SecondaryAdapter
final class JdbcOutbox implements Outbox {

    /** The largest batch PostgreSQL writes in one statement; a larger one goes as the head's move and a batch, as elsewhere. */
    private static final int EVENTS_TOGETHER = 64;

    /** PostgreSQL's statements for 1 to 4 events, the usual sizes of a use case's batch. */
    private static final String[] MOVING_HEAD = {movingHeadOf(1), movingHeadOf(2), movingHeadOf(3), movingHeadOf(4)};

    private final Sql sql;
    private final OfficeHeads heads;

    JdbcOutbox(Sql sql, JdbcTransactions transactions) {
        this.sql = sql;
        this.heads = new OfficeHeads(transactions, "pd_outbox_head", "insert into pd_outbox_head (office_id, position) values (?, 0)");
    }

    @Override
    public void enqueue(OfficeId office, Seq<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        String id = Sql.id(office.value());
        heads.ensure(id);
        int count = events.size();
        sql.inUnit("enqueue domain events", connection -> {
            if (sql.database() == Database.POSTGRESQL && count <= EVENTS_TOGETHER) {
                try (PreparedStatement insert = connection.prepareStatement(movingHead(count))) {
                    insert.setObject(1, count);
                    insert.setObject(2, id);
                    int parameter = 2;
                    int before = count;
                    for (DomainEvent event : events) {
                        insert.setObject(++parameter, --before);
                        insert.setObject(++parameter, EventJson.type(event));
                        insert.setObject(++parameter, EventJson.payload(event));
                    }
                    if (insert.executeUpdate() != count) {
                        throw noHead(office);
                    }
                }
                return null;
            }
            if (sql.update("update pd_outbox_head set position = position + ? where office_id = ?", count, id) != 1) {
                throw noHead(office);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into pd_outbox (office_id, position, event_type, payload, published)"
                            + " values (?, (select position from pd_outbox_head where office_id = ?) - ?, ?, ?, ?)")) {
                int before = count;
                for (DomainEvent event : events) {
                    before--;
                    insert.setObject(1, id);
                    insert.setObject(2, id);
                    insert.setObject(3, before);
                    insert.setObject(4, EventJson.type(event));
                    insert.setObject(5, EventJson.payload(event));
                    insert.setObject(6, false);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /**
     * PostgreSQL's one statement for {@code events} events: the head moves in a {@code with} and
     * the rows number back from the position it returns, so no row is written without a head.
     */
    private static String movingHead(int events) {
        return events <= MOVING_HEAD.length ? MOVING_HEAD[events - 1] : movingHeadOf(events);
    }

    private static String movingHeadOf(int events) {
        return "with head as (update pd_outbox_head set position = position + ? where office_id = ? returning office_id, position)"
                + " insert into pd_outbox (office_id, position, event_type, payload, published)"
                + " select head.office_id, head.position - e.back, e.event_type, e.payload, false from head cross join (values "
                + String.join(", ", java.util.Collections.nCopies(events, "(cast(? as integer), cast(? as varchar(200)), cast(? as text))"))
                + ") as e (back, event_type, payload)";
    }

    private static IllegalStateException noHead(OfficeId office) {
        return new IllegalStateException("office " + office + " has no pd_outbox_head row to append to");
    }
}
