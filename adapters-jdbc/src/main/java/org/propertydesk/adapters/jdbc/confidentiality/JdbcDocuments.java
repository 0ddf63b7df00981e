package org.propertydesk.adapters.jdbc.confidentiality;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.confidentiality.Documents;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.confidentiality.Destruction;
import org.propertydesk.domain.confidentiality.Disposal;
import org.propertydesk.domain.confidentiality.Document;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.confidentiality.DocumentKind;
import org.propertydesk.domain.confidentiality.SubjectDeparture;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * {@link Documents} in {@code pd_document}, one row per document: the subject's departure and the
 * destruction are nullable column groups, so "which files may be destroyed" stays a query. An
 * update names the version it read and changes nothing when another writer got there first.
 */
@SecondaryAdapter
final class JdbcDocuments implements Documents {

    private static final String VALUES = "title, kind, clearance_level, subject_id, custodian_id, departed_second, departed_nano,"
            + " key_position, destroyed_second, destroyed_nano, disposal, destruction_approver_id, version";
    private static final String SELECT = "select office_id, document_id, " + VALUES + " from pd_document";

    private final Sql sql;

    JdbcDocuments(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Option<Document> find(OfficeId office, DocumentId id) {
        return sql.query(SELECT + " where office_id = ? and document_id = ?", JdbcDocuments::document,
                        Sql.id(office.value()), Sql.id(id.value()))
                .headOption();
    }

    @Override
    public void add(Document document) {
        sql.update("insert into pd_document (" + VALUES + ", office_id, document_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Columns.concat(values(document), Sql.id(document.office().value()), Sql.id(document.id().value())));
    }

    @Override
    public void update(Document updated, long expectedVersion) {
        if (updated.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("document " + updated.id() + " must be stored at version " + (expectedVersion + 1));
        }
        int changed = sql.update("update pd_document set title = ?, kind = ?, clearance_level = ?, subject_id = ?, custodian_id = ?,"
                        + " departed_second = ?, departed_nano = ?, key_position = ?, destroyed_second = ?, destroyed_nano = ?,"
                        + " disposal = ?, destruction_approver_id = ?, version = ?"
                        + " where office_id = ? and document_id = ? and version = ?",
                Columns.concat(values(updated), Sql.id(updated.office().value()), Sql.id(updated.id().value()), expectedVersion));
        if (changed == 0) {
            throw new ConcurrencyConflict("offices/" + updated.office() + "/documents/" + updated.id(), expectedVersion);
        }
    }

    @Override
    public Seq<Document> keptBy(OfficeId office, StaffId custodian) {
        return sql.query(SELECT + " where office_id = ? and custodian_id = ? order by document_id", JdbcDocuments::document,
                Sql.id(office.value()), Sql.id(custodian.value()));
    }

    @Override
    public Seq<Document> personnelFilesOf(OfficeId office, StaffId subject) {
        return sql.query(SELECT + " where office_id = ? and subject_id = ? and kind = ? order by document_id", JdbcDocuments::document,
                Sql.id(office.value()), Sql.id(subject.value()), DocumentKind.PERSONNEL_FILE.name());
    }

    private static Object[] values(Document document) {
        Option<SubjectDeparture> departure = document.departure();
        Option<Destruction> destruction = document.destruction();
        return new Object[] {
            document.title(),
            document.kind().name(),
            document.level().name(),
            document.subject().map(subject -> Sql.id(subject.value())).getOrNull(),
            Sql.id(document.custodian().value()),
            Columns.second(departure.map(SubjectDeparture::departedAt)),
            Columns.nano(departure.map(SubjectDeparture::departedAt)),
            departure.map(SubjectDeparture::keyPosition).getOrNull(),
            Columns.second(destruction.map(Destruction::at)),
            Columns.nano(destruction.map(Destruction::at)),
            destruction.map(done -> done.disposal().name()).getOrNull(),
            destruction.map(done -> Sql.id(done.approvedBy().value())).getOrNull(),
            document.version()
        };
    }

    private static Document document(ResultSet row) throws SQLException {
        boolean keyPosition = row.getBoolean("key_position");
        Option<SubjectDeparture> departure = Columns.optionalInstant(row, "departed")
                .map(at -> new SubjectDeparture(at, keyPosition));
        Option<Instant> destroyedAt = Columns.optionalInstant(row, "destroyed");
        Option<Destruction> destruction = destroyedAt.isEmpty() ? Option.none() : Option.some(new Destruction(
                destroyedAt.get(), Disposal.valueOf(row.getString("disposal")), Sql.id(row, "destruction_approver_id", StaffId::new)));
        return new Document(
                Sql.id(row, "document_id", DocumentId::new),
                Sql.id(row, "office_id", OfficeId::new),
                row.getString("title"),
                DocumentKind.valueOf(row.getString("kind")),
                ClearanceLevel.valueOf(row.getString("clearance_level")),
                Columns.optionalStaff(row, "subject_id"),
                Sql.id(row, "custodian_id", StaffId::new),
                departure,
                destruction,
                row.getLong("version"));
    }
}
