package org.propertydesk.adapters.jdbc.confidentiality;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.confidentiality.Loans;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.confidentiality.Approval;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.confidentiality.DocumentKind;
import org.propertydesk.domain.confidentiality.Loan;
import org.propertydesk.domain.confidentiality.LoanId;
import org.propertydesk.domain.confidentiality.LoanStatus;
import org.propertydesk.domain.confidentiality.LoanTerm;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * {@link Loans} in {@code pd_loan}, with each loan's approvals in {@code pd_loan_approval} in the
 * order given. A list is read with two statements whatever its length: the loans, then the
 * approvals of exactly those loans. The loans out come earliest due first, off the index
 * {@code pd_loan_status_due}, so the overdue ones lead the work queue.
 */
@SecondaryAdapter
final class JdbcLoans implements Loans {

    private static final String VALUES = "document_id, kind, clearance_level, borrower_id, loan_term, status, requested_second,"
            + " requested_nano, lent_second, lent_nano, due_second, due_nano, closed_second, closed_nano, version";
    private static final String SELECT = "select office_id, loan_id, " + VALUES + " from pd_loan";
    private static final String SELECT_APPROVALS = "select a.loan_id, a.document_id, a.purpose, a.approver_id, a.role, a.department,"
            + " a.clearance_level, a.at_second, a.at_nano, a.written from pd_loan_approval a";
    private static final String JOIN_LOAN = " join pd_loan l on l.office_id = a.office_id and l.loan_id = a.loan_id";

    /** The loans out of an office (office, status), earliest due first. */
    static final String OUT = SELECT + " where office_id = ? and status = ? order by due_second, due_nano, loan_id";

    /** The approvals of the loans {@link #OUT} reads (office, office, status). */
    static final String OUT_APPROVALS = SELECT_APPROVALS + JOIN_LOAN
            + " where a.office_id = ? and l.office_id = ? and l.status = ? order by a.loan_id, a.position";

    /** Every loan of a borrower (office, borrower), in the order requested. */
    static final String OF_BORROWER = SELECT + " where office_id = ? and borrower_id = ? order by requested_second, requested_nano, loan_id";

    /** The approvals of the loans {@link #OF_BORROWER} reads (office, office, borrower). */
    static final String OF_BORROWER_APPROVALS = SELECT_APPROVALS + JOIN_LOAN
            + " where a.office_id = ? and l.office_id = ? and l.borrower_id = ? order by a.loan_id, a.position";

    private final Sql sql;

    JdbcLoans(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Option<Loan> find(OfficeId office, LoanId id) {
        String officeId = Sql.id(office.value());
        String loanId = Sql.id(id.value());
        return sql.inUnit("find a loan", connection -> {
            Option<Loan> found = sql.query(SELECT + " where office_id = ? and loan_id = ?", JdbcLoans::loan, officeId, loanId).headOption();
            if (found.isEmpty()) {
                return found;
            }
            Seq<Approval> approvals = sql.query(SELECT_APPROVALS + " where a.office_id = ? and a.loan_id = ? order by a.position",
                    Columns::approval, officeId, loanId);
            return found.map(loan -> withApprovals(loan, approvals));
        });
    }

    @Override
    public void add(Loan loan) {
        sql.inUnit("add a loan", connection -> {
            sql.update("insert into pd_loan (" + VALUES + ", office_id, loan_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Columns.concat(values(loan), Sql.id(loan.office().value()), Sql.id(loan.id().value())));
            insertApprovals(loan);
            return null;
        });
    }

    @Override
    public void update(Loan updated, long expectedVersion) {
        if (updated.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("loan " + updated.id() + " must be stored at version " + (expectedVersion + 1));
        }
        String office = Sql.id(updated.office().value());
        String id = Sql.id(updated.id().value());
        sql.inUnit("update a loan", connection -> {
            int changed = sql.update("update pd_loan set document_id = ?, kind = ?, clearance_level = ?, borrower_id = ?, loan_term = ?,"
                            + " status = ?, requested_second = ?, requested_nano = ?, lent_second = ?, lent_nano = ?, due_second = ?,"
                            + " due_nano = ?, closed_second = ?, closed_nano = ?, version = ?"
                            + " where office_id = ? and loan_id = ? and version = ?",
                    Columns.concat(values(updated), office, id, expectedVersion));
            if (changed == 0) {
                throw new ConcurrencyConflict("offices/" + updated.office() + "/loans/" + updated.id(), expectedVersion);
            }
            sql.update("delete from pd_loan_approval where office_id = ? and loan_id = ?", office, id);
            insertApprovals(updated);
            return null;
        });
    }

    @Override
    public Seq<Loan> ofBorrower(OfficeId office, StaffId borrower) {
        String officeId = Sql.id(office.value());
        String borrowerId = Sql.id(borrower.value());
        return list(OF_BORROWER, new Object[] {officeId, borrowerId}, OF_BORROWER_APPROVALS, new Object[] {officeId, officeId, borrowerId});
    }

    @Override
    public Seq<Loan> out(OfficeId office) {
        String officeId = Sql.id(office.value());
        String onLoan = LoanStatus.ON_LOAN.name();
        return list(OUT, new Object[] {officeId, onLoan}, OUT_APPROVALS, new Object[] {officeId, officeId, onLoan});
    }

    private Seq<Loan> list(String loans, Object[] loanParameters, String approvals, Object[] approvalParameters) {
        return sql.inUnit("list loans", connection -> {
            List<Loan> found = sql.query(loans, JdbcLoans::loan, loanParameters);
            if (found.isEmpty()) {
                return found;
            }
            Map<LoanId, Seq<Approval>> byLoan = Columns.byParent(sql.query(approvals,
                    row -> new Columns.Child<>(Sql.id(row, "loan_id", LoanId::new), Columns.approval(row)), approvalParameters));
            return found.map(loan -> withApprovals(loan, Columns.childrenOf(byLoan, loan.id())));
        });
    }

    private void insertApprovals(Loan loan) {
        int position = 0;
        for (Approval approval : loan.approvals()) {
            sql.update("insert into pd_loan_approval (office_id, loan_id, position, " + Columns.APPROVAL + ")"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Columns.concat(new Object[] {Sql.id(loan.office().value()), Sql.id(loan.id().value()), position++},
                            Columns.approvalValues(approval)));
        }
    }

    private static Object[] values(Loan loan) {
        return new Object[] {
            Sql.id(loan.document().value()),
            loan.kind().name(),
            loan.level().name(),
            Sql.id(loan.borrower().value()),
            loan.term().name(),
            loan.status().name(),
            loan.requestedAt().getEpochSecond(),
            loan.requestedAt().getNano(),
            Columns.second(loan.lentAt()),
            Columns.nano(loan.lentAt()),
            Columns.second(loan.due()),
            Columns.nano(loan.due()),
            Columns.second(loan.closedAt()),
            Columns.nano(loan.closedAt()),
            loan.version()
        };
    }

    /** The loan's own row; its approvals are read apart and joined by {@link #withApprovals}. */
    private static Loan loan(ResultSet row) throws SQLException {
        return new Loan(
                Sql.id(row, "loan_id", LoanId::new),
                Sql.id(row, "office_id", OfficeId::new),
                Sql.id(row, "document_id", DocumentId::new),
                DocumentKind.valueOf(row.getString("kind")),
                ClearanceLevel.valueOf(row.getString("clearance_level")),
                Sql.id(row, "borrower_id", StaffId::new),
                LoanTerm.valueOf(row.getString("loan_term")),
                LoanStatus.valueOf(row.getString("status")),
                Columns.instant(row, "requested"),
                List.empty(),
                Columns.optionalInstant(row, "lent"),
                Columns.optionalInstant(row, "due"),
                Columns.optionalInstant(row, "closed"),
                row.getLong("version"));
    }

    private static Loan withApprovals(Loan loan, Seq<Approval> approvals) {
        return new Loan(loan.id(), loan.office(), loan.document(), loan.kind(), loan.level(), loan.borrower(), loan.term(), loan.status(),
                loan.requestedAt(), approvals, loan.lentAt(), loan.due(), loan.closedAt(), loan.version());
    }
}
