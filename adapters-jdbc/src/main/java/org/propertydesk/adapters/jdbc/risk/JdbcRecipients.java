package org.propertydesk.adapters.jdbc.risk;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.risk.Recipients;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.KeyRecipients;
import org.propertydesk.domain.risk.Party;

/**
 * Each office's register of shops and key units (R-RN-6, R-RN-7): {@code pd_key_recipients} (one
 * row per office that has a register, locked by a redefinition) and a row per name in
 * {@code pd_key_recipient}. An office without a register has none.
 */
@SecondaryAdapter
final class JdbcRecipients implements Recipients {

    private final Sql sql;

    JdbcRecipients(Sql sql) {
        this.sql = sql;
    }

    @Override
    public KeyRecipients of(OfficeId office) {
        List<Entry> entries = sql.query("select party, name from pd_key_recipient where office_id = ?",
                row -> new Entry(Party.valueOf(row.getString("party")), row.getString("name")), Sql.id(office.value()));
        return new KeyRecipients(
                TreeSet.ofAll(entries.filter(entry -> entry.party() == Party.SHOP).map(Entry::name)),
                TreeSet.ofAll(entries.filter(entry -> entry.party() == Party.KEY_UNIT).map(Entry::name)));
    }

    /** Defines (or replaces) the office's register in one unit of work. */
    void define(OfficeId office, KeyRecipients recipients) {
        String id = Sql.id(office.value());
        sql.inUnit("define the register of shops and key units", connection -> {
            if (sql.update("update pd_key_recipients set version = version + 1 where office_id = ?", id) == 0) {
                sql.update("insert into pd_key_recipients (office_id, version) values (?, 1)", id);
            }
            sql.update("delete from pd_key_recipient where office_id = ?", id);
            insert(id, Party.SHOP, recipients.shops());
            insert(id, Party.KEY_UNIT, recipients.keyUnits());
            return null;
        });
    }

    private void insert(String office, Party party, Iterable<String> names) {
        int position = 0;
        for (String name : names) {
            new Row().put("office_id", office).put("party", party.name()).put("position", position++).put("name", name)
                    .insertInto(sql, "pd_key_recipient");
        }
    }

    private record Entry(Party party, String name) {}
}
