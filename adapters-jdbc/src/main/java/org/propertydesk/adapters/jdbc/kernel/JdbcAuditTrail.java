package org.propertydesk.adapters.jdbc.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.kernel.AuditChain;
import org.propertydesk.application.kernel.AuditEntry;
import org.propertydesk.application.kernel.AuditEvent;
import org.propertydesk.application.kernel.AuditTrail;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;

/**
 * The append-only audit trail (R-CF-9) in {@code pd_audit_entry}, chained with {@link AuditChain}.
 * An append locks the office's row in {@code pd_audit_head}, so concurrent writers (on any number
 * of servers sharing the database) queue up instead of forking the chain, and the append commits
 * or rolls back with the caller's unit of work. Nothing here updates or deletes an entry.
 */
@SecondaryAdapter
final class JdbcAuditTrail implements AuditTrail {

    private final Sql sql;
    private final OfficeHeads heads;

    JdbcAuditTrail(Sql sql, JdbcTransactions transactions) {
        this.sql = sql;
        this.heads = new OfficeHeads(transactions, "pd_audit_head",
                "insert into pd_audit_head (office_id, sequence, hash) values (?, 0, '')");
    }

    @Override
    public AuditEntry append(AuditEvent event) {
        String office = Sql.id(event.office().value());
        heads.ensure(office);
        return sql.inUnit("append to the audit trail", connection -> {
            Head head = lockHead(connection, office);
            AuditEntry entry = AuditChain.next(head.sequence(), head.hash(), event);
            sql.update("insert into pd_audit_entry (office_id, sequence, at_second, at_nano, actor_id, action, subject,"
                            + " outcome, rule_id, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    office, entry.sequence(), event.at().getEpochSecond(), event.at().getNano(),
                    Sql.id(event.actor().value()), event.action(), event.subject(), event.outcome().name(),
                    event.rule().map(Rule::id).getOrNull(), entry.previousHash(), entry.hash());
            sql.update("update pd_audit_head set sequence = ?, hash = ? where office_id = ?",
                    entry.sequence(), entry.hash(), office);
            return entry;
        });
    }

    @Override
    public Seq<AuditEntry> entries(OfficeId office) {
        return sql.query("select * from pd_audit_entry where office_id = ? order by sequence",
                JdbcAuditTrail::entry, Sql.id(office.value()));
    }

    /**
     * The chain is checked as the port does, and against the head row as well: entries cut off
     * the end show as the first missing sequence number.
     */
    @Override
    public Option<Long> firstTampered(OfficeId office) {
        Seq<AuditEntry> entries = entries(office);
        Option<Long> broken = AuditChain.firstBreak(office, entries);
        if (broken.isDefined()) {
            return broken;
        }
        long recorded = sql.query("select sequence from pd_audit_head where office_id = ?",
                        row -> row.getLong("sequence"), Sql.id(office.value()))
                .headOption()
                .getOrElse(0L);
        return recorded > entries.size() ? Option.some((long) entries.size() + 1) : Option.none();
    }

    /** Locks the head row until the unit of work ends and reads it as it stands now. */
    private static Head lockHead(Connection connection, String office) throws SQLException {
        try (PreparedStatement lock = Sql.prepare(connection,
                        "select sequence, hash from pd_audit_head where office_id = ? for update", office);
                ResultSet rows = lock.executeQuery()) {
            rows.next();
            return new Head(rows.getLong("sequence"), rows.getString("hash").trim());
        }
    }

    private record Head(long sequence, String hash) {}

    private static AuditEntry entry(ResultSet row) throws SQLException {
        AuditEvent event = new AuditEvent(
                Sql.id(row, "office_id", OfficeId::new),
                Instant.ofEpochSecond(row.getLong("at_second"), row.getInt("at_nano")),
                Sql.id(row, "actor_id", StaffId::new),
                row.getString("action"),
                row.getString("subject"),
                AuditEvent.Outcome.valueOf(row.getString("outcome")),
                Option.of(row.getString("rule_id")).map(id -> Rule.byId(id).orElseThrow(
                        () -> new IllegalStateException("unknown rule id in the audit trail: " + id))));
        return new AuditEntry(row.getLong("sequence"), event, row.getString("previous_hash").trim(), row.getString("hash").trim());
    }
}
