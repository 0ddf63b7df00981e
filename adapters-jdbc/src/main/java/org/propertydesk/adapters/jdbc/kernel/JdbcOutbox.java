package org.propertydesk.adapters.jdbc.kernel;

import io.vavr.collection.Seq;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jmolecules.event.types.DomainEvent;
import org.propertydesk.application.kernel.Outbox;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * The transactional {@link Outbox} in {@code pd_outbox}: events are written as JSON in the caller's
 * unit of work, so they exist if and only if the records they describe were saved. Positions
 * count from 1 per office in commit order: enqueuing locks the office's row in
 * {@code pd_outbox_head} (created apart, as the audit trail does). Three statements an enqueue:
 * the lock, one batch of inserts, the head's update.
 */
@SecondaryAdapter
final class JdbcOutbox implements Outbox {

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
        sql.inUnit("enqueue domain events", connection -> {
            long position;
            try (PreparedStatement lock = Sql.prepare(connection,
                            "select position from pd_outbox_head where office_id = ? for update", id);
                    ResultSet rows = lock.executeQuery()) {
                rows.next();
                position = rows.getLong("position");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into pd_outbox (office_id, position, event_type, payload, published) values (?, ?, ?, ?, ?)")) {
                for (DomainEvent event : events) {
                    position++;
                    insert.setObject(1, id);
                    insert.setObject(2, position);
                    insert.setObject(3, EventJson.type(event));
                    insert.setObject(4, EventJson.payload(event));
                    insert.setObject(5, false);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            sql.update("update pd_outbox_head set position = ? where office_id = ?", position, id);
            return null;
        });
    }
}
