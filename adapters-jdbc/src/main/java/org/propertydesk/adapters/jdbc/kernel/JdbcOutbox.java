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
 * events back from the head the unit of work now sees, its own.
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
        int count = events.size();
        sql.inUnit("enqueue domain events", connection -> {
            if (sql.update("update pd_outbox_head set position = position + ? where office_id = ?", count, id) != 1) {
                throw new IllegalStateException("office " + office + " has no pd_outbox_head row to append to");
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
}
