package org.propertydesk.adapters.jdbc.complaint;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.complaint.PaymentStatus;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.PaymentStanding;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * {@link PaymentStatus} from {@code pd_payment_standing}, the embedder's copy of the vendor's fee
 * ledger (R-CO-3 ③): a complainant without a line stands {@link PaymentStanding#UNKNOWN}. The
 * reference is matched exactly; note that MariaDB's default collation keys it without case, so
 * there two references differing only in case share one line, the one recorded last.
 */
@SecondaryAdapter
final class JdbcPaymentStatus implements PaymentStatus {

    private final Sql sql;

    JdbcPaymentStatus(Sql sql) {
        this.sql = sql;
    }

    @Override
    public PaymentStanding of(OfficeId office, ComplainantId complainant) {
        return sql.query("select complainant, standing from pd_payment_standing where office_id = ? and complainant = ?",
                        row -> row.getString("complainant").equals(complainant.value())
                                ? PaymentStanding.valueOf(row.getString("standing"))
                                : PaymentStanding.UNKNOWN,
                        Sql.id(office.value()), complainant.value())
                .headOption()
                .getOrElse(PaymentStanding.UNKNOWN);
    }

    /** Records (or replaces) how the complainant stands in the office's ledger. */
    void record(OfficeId office, ComplainantId complainant, PaymentStanding standing) {
        String id = Sql.id(office.value());
        sql.inUnit("record a payment standing", connection -> {
            if (sql.update("update pd_payment_standing set complainant = ?, standing = ? where office_id = ? and complainant = ?",
                    complainant.value(), standing.name(), id, complainant.value()) == 0) {
                sql.update("insert into pd_payment_standing (office_id, complainant, standing) values (?, ?, ?)",
                        id, complainant.value(), standing.name());
            }
            return null;
        });
    }
}
