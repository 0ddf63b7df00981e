package org.propertydesk.adapters.jdbc.confidentiality;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.confidentiality.Custodies;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.confidentiality.CustodyId;
import org.propertydesk.domain.confidentiality.CustodyStatus;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.confidentiality.KeptCopy;
import org.propertydesk.domain.confidentiality.TaskCustody;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * {@link Custodies} in {@code pd_custody}, with the copies kept after each task in
 * {@code pd_custody_copy} in the order kept. A list is read with two statements whatever its
 * length. The originals out (in use, or task done and not back) come oldest hand-out first, off
 * the index {@code pd_custody_status}.
 */
@SecondaryAdapter
final class JdbcCustodies implements Custodies {

    private static final String VALUES = "document_id, holder_id, status, handed_out_second, handed_out_nano, task_done_second,"
            + " task_done_nano, returned_second, returned_nano, version";
    private static final String SELECT = "select office_id, custody_id, " + VALUES + " from pd_custody";
    private static final String SELECT_COPIES = "select k.custody_id, k.work_need, k.at_second, k.at_nano from pd_custody_copy k";
    private static final String JOIN_CUSTODY = " join pd_custody c on c.office_id = k.office_id and c.custody_id = k.custody_id";

    /** The originals out of an office (office, in use, task done), oldest hand-out first. */
    static final String OUT = SELECT + " where office_id = ? and status in (?, ?) order by handed_out_second, handed_out_nano, custody_id";

    /** The kept copies of the custodies {@link #OUT} reads (office, office, in use, task done). */
    static final String OUT_COPIES = SELECT_COPIES + JOIN_CUSTODY
            + " where k.office_id = ? and c.office_id = ? and c.status in (?, ?) order by k.custody_id, k.position";

    /** Everything handed to a holder (office, holder), oldest first. */
    static final String HELD_BY = SELECT + " where office_id = ? and holder_id = ? order by handed_out_second, handed_out_nano, custody_id";

    /** The kept copies of the custodies {@link #HELD_BY} reads (office, office, holder). */
    static final String HELD_BY_COPIES = SELECT_COPIES + JOIN_CUSTODY
            + " where k.office_id = ? and c.office_id = ? and c.holder_id = ? order by k.custody_id, k.position";

    private final Sql sql;

    JdbcCustodies(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Option<TaskCustody> find(OfficeId office, CustodyId id) {
        String officeId = Sql.id(office.value());
        String custodyId = Sql.id(id.value());
        return sql.inUnit("find a task custody", connection -> {
            Option<TaskCustody> found = sql.query(SELECT + " where office_id = ? and custody_id = ?", JdbcCustodies::custody,
                    officeId, custodyId).headOption();
            if (found.isEmpty()) {
                return found;
            }
            Seq<KeptCopy> copies = sql.query(SELECT_COPIES + " where k.office_id = ? and k.custody_id = ? order by k.position",
                    JdbcCustodies::copy, officeId, custodyId);
            return found.map(custody -> withCopies(custody, copies));
        });
    }

    @Override
    public void add(TaskCustody custody) {
        sql.inUnit("add a task custody", connection -> {
            sql.update("insert into pd_custody (" + VALUES + ", office_id, custody_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Columns.concat(values(custody), Sql.id(custody.office().value()), Sql.id(custody.id().value())));
            insertCopies(custody);
            return null;
        });
    }

    @Override
    public void update(TaskCustody updated, long expectedVersion) {
        if (updated.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("custody " + updated.id() + " must be stored at version " + (expectedVersion + 1));
        }
        String office = Sql.id(updated.office().value());
        String id = Sql.id(updated.id().value());
        sql.inUnit("update a task custody", connection -> {
            int changed = sql.update("update pd_custody set document_id = ?, holder_id = ?, status = ?, handed_out_second = ?,"
                            + " handed_out_nano = ?, task_done_second = ?, task_done_nano = ?, returned_second = ?, returned_nano = ?,"
                            + " version = ? where office_id = ? and custody_id = ? and version = ?",
                    Columns.concat(values(updated), office, id, expectedVersion));
            if (changed == 0) {
                throw new ConcurrencyConflict("offices/" + updated.office() + "/custodies/" + updated.id(), expectedVersion);
            }
            sql.update("delete from pd_custody_copy where office_id = ? and custody_id = ?", office, id);
            insertCopies(updated);
            return null;
        });
    }

    @Override
    public Seq<TaskCustody> heldBy(OfficeId office, StaffId holder) {
        String officeId = Sql.id(office.value());
        String holderId = Sql.id(holder.value());
        return list(HELD_BY, new Object[] {officeId, holderId}, HELD_BY_COPIES, new Object[] {officeId, officeId, holderId});
    }

    @Override
    public Seq<TaskCustody> out(OfficeId office) {
        String officeId = Sql.id(office.value());
        String inUse = CustodyStatus.IN_USE.name();
        String taskDone = CustodyStatus.TASK_DONE.name();
        return list(OUT, new Object[] {officeId, inUse, taskDone}, OUT_COPIES, new Object[] {officeId, officeId, inUse, taskDone});
    }

    private Seq<TaskCustody> list(String custodies, Object[] custodyParameters, String copies, Object[] copyParameters) {
        return sql.inUnit("list task custodies", connection -> {
            List<TaskCustody> found = sql.query(custodies, JdbcCustodies::custody, custodyParameters);
            if (found.isEmpty()) {
                return found;
            }
            Map<CustodyId, Seq<KeptCopy>> byCustody = Columns.byParent(sql.query(copies,
                    row -> new Columns.Child<>(Sql.id(row, "custody_id", CustodyId::new), copy(row)), copyParameters));
            return found.map(custody -> withCopies(custody, Columns.childrenOf(byCustody, custody.id())));
        });
    }

    private void insertCopies(TaskCustody custody) {
        int position = 0;
        for (KeptCopy copy : custody.copies()) {
            sql.update("insert into pd_custody_copy (office_id, custody_id, position, work_need, at_second, at_nano)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    Sql.id(custody.office().value()), Sql.id(custody.id().value()), position++, copy.need(),
                    copy.at().getEpochSecond(), copy.at().getNano());
        }
    }

    private static Object[] values(TaskCustody custody) {
        return new Object[] {
            Sql.id(custody.document().value()),
            Sql.id(custody.holder().value()),
            custody.status().name(),
            custody.handedOutAt().getEpochSecond(),
            custody.handedOutAt().getNano(),
            Columns.second(custody.taskDoneAt()),
            Columns.nano(custody.taskDoneAt()),
            Columns.second(custody.returnedAt()),
            Columns.nano(custody.returnedAt()),
            custody.version()
        };
    }

    /** The custody's own row; its copies are read apart and joined by {@link #withCopies}. */
    private static TaskCustody custody(ResultSet row) throws SQLException {
        return new TaskCustody(
                Sql.id(row, "custody_id", CustodyId::new),
                Sql.id(row, "office_id", OfficeId::new),
                Sql.id(row, "document_id", DocumentId::new),
                Sql.id(row, "holder_id", StaffId::new),
                CustodyStatus.valueOf(row.getString("status")),
                Columns.instant(row, "handed_out"),
                Columns.optionalInstant(row, "task_done"),
                Columns.optionalInstant(row, "returned"),
                List.empty(),
                row.getLong("version"));
    }

    private static KeptCopy copy(ResultSet row) throws SQLException {
        return new KeptCopy(row.getString("work_need"), Columns.instant(row, "at"));
    }

    private static TaskCustody withCopies(TaskCustody custody, Seq<KeptCopy> copies) {
        return new TaskCustody(custody.id(), custody.office(), custody.document(), custody.holder(), custody.status(),
                custody.handedOutAt(), custody.taskDoneAt(), custody.returnedAt(), copies, custody.version());
    }
}
