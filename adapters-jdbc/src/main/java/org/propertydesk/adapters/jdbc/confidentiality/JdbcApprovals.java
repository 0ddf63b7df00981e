package org.propertydesk.adapters.jdbc.confidentiality;

import io.vavr.collection.Seq;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.confidentiality.Approvals;
import org.propertydesk.domain.confidentiality.Approval;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * The copy approvals on record (R-CF-3) in {@code pd_approval}, append-only: nothing here updates
 * or deletes a row. An approval has no identity of its own, so each row gets a random
 * {@code approval_id} that only keeps two equal approvals apart.
 */
@SecondaryAdapter
final class JdbcApprovals implements Approvals {

    private final Sql sql;

    JdbcApprovals(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(OfficeId office, Approval approval) {
        sql.update("insert into pd_approval (office_id, approval_id, " + Columns.APPROVAL + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Columns.concat(new Object[] {Sql.id(office.value()), Sql.id(UUID.randomUUID())}, Columns.approvalValues(approval)));
    }

    @Override
    public Seq<Approval> forDocument(OfficeId office, DocumentId document) {
        return sql.query("select " + Columns.APPROVAL + " from pd_approval where office_id = ? and document_id = ?"
                        + " order by at_second, at_nano, approval_id",
                Columns::approval, Sql.id(office.value()), Sql.id(document.value()));
    }
}
