package org.propertydesk.adapters.jdbc.risk;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.risk.Notices;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.risk.Addressee;
import org.propertydesk.domain.risk.ArrearsId;
import org.propertydesk.domain.risk.Channel;
import org.propertydesk.domain.risk.Evidence;
import org.propertydesk.domain.risk.Notice;
import org.propertydesk.domain.risk.NoticeId;
import org.propertydesk.domain.risk.NoticeKind;
import org.propertydesk.domain.risk.NoticeState;
import org.propertydesk.domain.risk.Particulars;
import org.propertydesk.domain.risk.Party;
import org.propertydesk.domain.risk.Utility;
import org.propertydesk.domain.risk.WorkOrderId;

/**
 * {@link Notices} in {@code pd_notice} with child tables {@code pd_notice_addressee} and
 * {@code pd_notice_evidence}. A notice is read in three statements and an office's notices in
 * three as well (never one per notice), each by primary key prefix. An update checks the version
 * in its {@code where} clause and replaces the children in the same unit of work.
 */
@SecondaryAdapter
final class JdbcNotices implements Notices {

    /** An office's notices; {@link #ONE} narrows each of the three queries to one notice. */
    static final String NOTICES = "select * from pd_notice where office_id = ?";
    static final String ADDRESSEES = "select notice_id, party, who, channel from pd_notice_addressee where office_id = ?";
    static final String EVIDENCE = "select * from pd_notice_evidence where office_id = ?";
    static final String IN_ORDER = " order by notice_id, position";
    private static final String ONE = " and notice_id = ?";

    private static final String STUB = "STUB";
    private static final String DELIVERY_RECEIPT = "DELIVERY_RECEIPT";
    private static final String PHOTO = "PHOTO";
    private static final String UTILITY_NOTICE = "UTILITY_NOTICE";
    private static final String PROGRESS_UPDATE = "PROGRESS_UPDATE";

    private final Sql sql;

    JdbcNotices(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Option<Notice> find(OfficeId office, NoticeId id) {
        return load(ONE, Sql.id(office.value()), Sql.id(id.value())).headOption();
    }

    @Override
    public Seq<Notice> all(OfficeId office) {
        return load("", Sql.id(office.value()));
    }

    @Override
    public void add(Notice notice) {
        sql.inUnit("add a notice", connection -> {
            columns(notice).put("office_id", Sql.id(notice.office().value())).put("notice_id", Sql.id(notice.id().value()))
                    .insertInto(sql, "pd_notice");
            insertChildren(notice);
            return null;
        });
    }

    @Override
    public void update(Notice updated, long expectedVersion) {
        if (updated.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("notice " + updated.id() + " must carry version " + (expectedVersion + 1));
        }
        String office = Sql.id(updated.office().value());
        String id = Sql.id(updated.id().value());
        sql.inUnit("update a notice", connection -> {
            if (columns(updated).update(sql, "pd_notice", "office_id = ? and notice_id = ? and version = ?", office, id, expectedVersion) == 0) {
                throw new ConcurrencyConflict("notice " + updated.id(), expectedVersion);
            }
            sql.update("delete from pd_notice_addressee where office_id = ? and notice_id = ?", office, id);
            sql.update("delete from pd_notice_evidence where office_id = ? and notice_id = ?", office, id);
            insertChildren(updated);
            return null;
        });
    }

    private List<Notice> load(String narrowing, Object... keys) {
        return sql.inUnit("read notices", connection -> {
            Map<NoticeId, List<Addressee>> addressees = byNotice(sql.query(ADDRESSEES + narrowing + IN_ORDER,
                    row -> Tuple.of(noticeId(row), addressee(row)), keys));
            Map<NoticeId, List<Evidence>> evidence = byNotice(sql.query(EVIDENCE + narrowing + IN_ORDER,
                    row -> Tuple.of(noticeId(row), evidence(row)), keys));
            return sql.query(NOTICES + narrowing, row -> notice(row, addressees, evidence), keys)
                    .sortBy(notice -> notice.id().value());
        });
    }

    private static <T> Map<NoticeId, List<T>> byNotice(List<Tuple2<NoticeId, T>> rows) {
        return rows.groupBy(Tuple2::_1).mapValues(group -> group.map(Tuple2::_2));
    }

    private void insertChildren(Notice notice) {
        String office = Sql.id(notice.office().value());
        String id = Sql.id(notice.id().value());
        int position = 0;
        for (Addressee addressee : notice.addressees()) {
            addressee(new Row(), addressee)
                    .put("office_id", office).put("notice_id", id).put("position", position++)
                    .insertInto(sql, "pd_notice_addressee");
        }
        position = 0;
        for (Evidence proof : notice.evidence()) {
            evidence(proof).put("office_id", office).put("notice_id", id).put("position", position++)
                    .insertInto(sql, "pd_notice_evidence");
        }
    }

    /** Every column of the notice's own row except its key. */
    private static Row columns(Notice notice) {
        Row row = new Row()
                .put("version", notice.version())
                .put("issued_by", Sql.id(notice.issuedBy().value()))
                .put("kind", notice.kind().name())
                .put("state", notice.state().name())
                .instant("drafted", notice.draftedAt())
                .instant("issued", notice.issuedAt().getOrNull())
                .instant("served", notice.servedAt().getOrNull())
                .instant("ended", notice.endedAt().getOrNull())
                .put("details", null)
                .put("serious", null)
                .put("copy_to_authority", null)
                .put("arrears_id", null)
                .put("work_order_id", null)
                .put("utility", null)
                .instant("starts", null);
        Particulars particulars = notice.particulars();
        if (particulars instanceof Particulars.Rectification rectification) {
            row.put("details", rectification.breach())
                    .put("serious", rectification.serious())
                    .put("copy_to_authority", rectification.copyToAuthority());
        } else if (particulars instanceof Particulars.ArrearsDemand demand) {
            row.put("arrears_id", Sql.id(demand.arrears().value()));
        } else if (particulars instanceof Particulars.AdvanceNotice advance) {
            row.put("details", advance.matter()).instant("starts", advance.matterStarts());
        } else if (particulars instanceof Particulars.SafetyWarning warning) {
            row.put("work_order_id", Sql.id(warning.workOrder().value())).put("details", warning.hazard());
        } else if (particulars instanceof Particulars.ForceMajeure forceMajeure) {
            row.put("details", forceMajeure.event());
        } else if (particulars instanceof Particulars.PlannedOutage outage) {
            row.put("utility", outage.utility().name()).instant("starts", outage.cutStarts());
        } else if (particulars instanceof Particulars.MunicipalOutage outage) {
            row.put("utility", outage.utility().name()).instant("starts", outage.cutStarts());
        } else {
            throw new IllegalArgumentException("no column mapping for particulars " + particulars.getClass().getName());
        }
        return row;
    }

    private static Notice notice(ResultSet row, Map<NoticeId, List<Addressee>> addressees, Map<NoticeId, List<Evidence>> evidence)
            throws SQLException {
        NoticeId id = noticeId(row);
        return new Notice(
                id,
                Sql.id(row, "office_id", OfficeId::new),
                row.getLong("version"),
                Sql.id(row, "issued_by", StaffId::new),
                particulars(row),
                addressees.get(id).getOrElse(List.empty()),
                NoticeState.valueOf(row.getString("state")),
                Columns.instant(row, "drafted"),
                Columns.optionalInstant(row, "issued"),
                Columns.optionalInstant(row, "served"),
                Columns.optionalInstant(row, "ended"),
                evidence.get(id).getOrElse(List.empty()));
    }

    private static Particulars particulars(ResultSet row) throws SQLException {
        NoticeKind kind = NoticeKind.valueOf(row.getString("kind"));
        return switch (kind) {
            case RECTIFICATION -> new Particulars.Rectification(
                    row.getString("details"), row.getBoolean("serious"), row.getBoolean("copy_to_authority"));
            case ARREARS_DEMAND -> new Particulars.ArrearsDemand(Sql.id(row, "arrears_id", ArrearsId::new));
            case ADVANCE_NOTICE -> new Particulars.AdvanceNotice(row.getString("details"), Columns.instant(row, "starts"));
            case SAFETY_WARNING -> new Particulars.SafetyWarning(Sql.id(row, "work_order_id", WorkOrderId::new), row.getString("details"));
            case FORCE_MAJEURE -> new Particulars.ForceMajeure(row.getString("details"));
            case PLANNED_OUTAGE -> new Particulars.PlannedOutage(Utility.valueOf(row.getString("utility")), Columns.instant(row, "starts"));
            case MUNICIPAL_OUTAGE -> new Particulars.MunicipalOutage(Utility.valueOf(row.getString("utility")), Columns.instant(row, "starts"));
        };
    }

    private static Row addressee(Row row, Addressee addressee) {
        return row.put("party", addressee.party().name()).put("who", addressee.who()).put("channel", addressee.channel().name());
    }

    private static Addressee addressee(ResultSet row) throws SQLException {
        return new Addressee(Party.valueOf(row.getString("party")), row.getString("who"), Channel.valueOf(row.getString("channel")));
    }

    private static Row evidence(Evidence proof) {
        Row row = new Row()
                .put("kind", kindOf(proof))
                .put("reference", proof.reference())
                .instant("recorded", proof.recordedAt())
                .put("party", null)
                .put("who", null)
                .put("channel", null)
                .instant("served", null);
        if (proof instanceof Evidence.DeliveryReceipt receipt) {
            addressee(row, receipt.to()).instant("served", receipt.servedAt());
        } else if (proof instanceof Evidence.Photo photo) {
            addressee(row, photo.posting());
        }
        return row;
    }

    private static String kindOf(Evidence proof) {
        if (proof instanceof Evidence.Stub) {
            return STUB;
        }
        if (proof instanceof Evidence.DeliveryReceipt) {
            return DELIVERY_RECEIPT;
        }
        if (proof instanceof Evidence.Photo) {
            return PHOTO;
        }
        if (proof instanceof Evidence.UtilityNotice) {
            return UTILITY_NOTICE;
        }
        if (proof instanceof Evidence.ProgressUpdate) {
            return PROGRESS_UPDATE;
        }
        throw new IllegalArgumentException("no column mapping for evidence " + proof.getClass().getName());
    }

    private static Evidence evidence(ResultSet row) throws SQLException {
        String reference = row.getString("reference");
        Instant recorded = Columns.instant(row, "recorded");
        String kind = row.getString("kind");
        return switch (kind) {
            case STUB -> new Evidence.Stub(reference, recorded);
            case DELIVERY_RECEIPT -> new Evidence.DeliveryReceipt(addressee(row), Columns.instant(row, "served"), reference, recorded);
            case PHOTO -> new Evidence.Photo(addressee(row), reference, recorded);
            case UTILITY_NOTICE -> new Evidence.UtilityNotice(reference, recorded);
            case PROGRESS_UPDATE -> new Evidence.ProgressUpdate(reference, recorded);
            default -> throw new IllegalStateException("unknown kind of evidence in pd_notice_evidence: " + kind);
        };
    }

    private static NoticeId noticeId(ResultSet row) throws SQLException {
        return Sql.id(row, "notice_id", NoticeId::new);
    }
}
