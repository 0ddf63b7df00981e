package org.propertydesk.adapters.jdbc.handover;

import static org.propertydesk.adapters.jdbc.handover.Columns.instant;
import static org.propertydesk.adapters.jdbc.handover.Columns.nano;
import static org.propertydesk.adapters.jdbc.handover.Columns.optionalId;
import static org.propertydesk.adapters.jdbc.handover.Columns.second;

import io.vavr.Tuple;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.adapters.jdbc.kernel.DatabaseFailure;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.handover.Handovers;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.domain.handover.Circumstances;
import org.propertydesk.domain.handover.Condition;
import org.propertydesk.domain.handover.Count;
import org.propertydesk.domain.handover.DutyLogId;
import org.propertydesk.domain.handover.Escalated;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverId;
import org.propertydesk.domain.handover.HandoverState;
import org.propertydesk.domain.handover.HandoverTerms;
import org.propertydesk.domain.handover.InCount;
import org.propertydesk.domain.handover.Item;
import org.propertydesk.domain.handover.ItemCategory;
import org.propertydesk.domain.handover.ItemCount;
import org.propertydesk.domain.handover.ItemId;
import org.propertydesk.domain.handover.Preparing;
import org.propertydesk.domain.handover.Question;
import org.propertydesk.domain.handover.QuestionId;
import org.propertydesk.domain.handover.Ready;
import org.propertydesk.domain.handover.Refused;
import org.propertydesk.domain.handover.Signature;
import org.propertydesk.domain.handover.Signed;
import org.propertydesk.domain.handover.Timing;
import org.propertydesk.domain.handover.Unfitness;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * {@link Handovers} in {@code pd_handover} (one row per handover, its state a column) and its child
 * tables for the register, the equipment changing, the count and the questions (V4). A post's
 * handovers are numbered in the order they were added; an update changes the row only from the
 * expected version and then replaces the child rows in the same unit of work.
 */
@SecondaryAdapter
final class JdbcHandovers implements Handovers {

    private static final String BY_ID = "h.office_id = ? and h.handover_id = ?";
    /** What {@link #ofPost} reads (on alias {@code h}): the post's handovers. */
    static final String BY_POST = "h.office_id = ? and h.post_id = ?";

    static final java.util.List<String> CHILD_TABLES = java.util.List.of(
            "pd_handover_item", "pd_handover_equipment", "pd_handover_count", "pd_handover_question");

    private static final String COLUMNS = "state, version, department, outgoing_id, shift_change_second, shift_change_nano,"
            + " duty_log_id, preparation_second, preparation_nano, preparation_lead_seconds, preparation_lead_nanos,"
            + " preparation_punctuality, incoming_id, arrival_second, arrival_nano, arrival_lead_seconds, arrival_lead_nanos,"
            + " arrival_punctuality, unfit_by, unfit_signs, unfit_second, unfit_nano, outgoing_signer, outgoing_signed_second,"
            + " outgoing_signed_nano, incoming_signer, incoming_signed_second, incoming_signed_nano, refused_second, refused_nano,"
            + " superior_id, escalated_second, escalated_nano, completed_second, completed_nano";

    private final Sql sql;

    JdbcHandovers(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Option<Handover> find(OfficeId office, HandoverId id) {
        return load(BY_ID, Sql.id(office.value()), Sql.id(id.value())).headOption();
    }

    @Override
    public Seq<Handover> ofPost(OfficeId office, PostId post) {
        return load(BY_POST, Sql.id(office.value()), Sql.id(post.value()));
    }

    @Override
    public void add(Handover handover) {
        String office = Sql.id(handover.office().value());
        String post = Sql.id(handover.post().value());
        sql.inUnit("add handover", connection -> {
            long sequence = sql.query("select max(post_sequence) as highest from pd_handover where office_id = ? and post_id = ?",
                            row -> row.getLong("highest"), office, post)
                    .head() + 1;
            Object[] values = values(handover);
            Object[] row = new Object[values.length + 4];
            System.arraycopy(values, 0, row, 0, values.length);
            row[values.length] = office;
            row[values.length + 1] = Sql.id(handover.id().value());
            row[values.length + 2] = post;
            row[values.length + 3] = sequence;
            try {
                sql.update("insert into pd_handover (" + COLUMNS + ", office_id, handover_id, post_id, post_sequence)"
                        + " values (" + "?, ".repeat(values.length + 3) + "?)", row);
            } catch (DatabaseFailure failure) {
                if (Columns.duplicateKey(failure)) {
                    throw new ConcurrencyConflict("handover " + handover.id(), handover.version());
                }
                throw failure;
            }
            insertChildren(handover);
            return null;
        });
    }

    /** The terms are fixed at preparation, so the post and its numbering stay as they were added. */
    @Override
    public void update(Handover updated, long expectedVersion) {
        if (updated.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("handover " + updated.id() + " must be updated to version " + (expectedVersion + 1));
        }
        String office = Sql.id(updated.office().value());
        String id = Sql.id(updated.id().value());
        sql.inUnit("update handover", connection -> {
            Object[] values = values(updated);
            Object[] row = new Object[values.length + 3];
            System.arraycopy(values, 0, row, 0, values.length);
            row[values.length] = office;
            row[values.length + 1] = id;
            row[values.length + 2] = expectedVersion;
            int changed = sql.update("update pd_handover set " + COLUMNS.replace(",", " = ?,") + " = ?"
                    + " where office_id = ? and handover_id = ? and version = ?", row);
            if (changed == 0) {
                throw new ConcurrencyConflict("handover " + updated.id(), expectedVersion);
            }
            for (String table : CHILD_TABLES) {
                sql.update("delete from " + table + " where office_id = ? and handover_id = ?", office, id);
            }
            insertChildren(updated);
            return null;
        });
    }

    // ---- writing ---------------------------------------------------------------------------------

    /** The handover row's values in the order of {@link #COLUMNS}. */
    private static Object[] values(Handover handover) {
        HandoverTerms terms = handover.terms();
        Circumstances circumstances = handover.circumstances();
        Option<Timing> arrival = circumstances.arrival();
        Option<Unfitness> unfit = circumstances.unfit();
        Option<Count> count = count(handover);
        Option<Signature> outgoing = count.flatMap(Count::outgoingSignature);
        Option<Signature> incoming = count.flatMap(Count::incomingSignature);
        Instant refused = handover instanceof Refused r ? r.refusedAt() : null;
        Option<Escalated> escalated = Option.of(handover).filter(Escalated.class::isInstance).map(Escalated.class::cast);
        Instant escalatedAt = escalated.map(Escalated::escalatedAt).getOrNull();
        Instant completed = handover instanceof Signed s ? s.completedAt() : null;
        Instant arrivedAt = arrival.map(Timing::at).getOrNull();
        Instant unfitAt = unfit.map(Unfitness::at).getOrNull();
        Instant outgoingAt = outgoing.map(Signature::at).getOrNull();
        Instant incomingAt = incoming.map(Signature::at).getOrNull();
        return new Object[] {
            handover.state().name(), handover.version(), terms.department().name(), Sql.id(terms.outgoing().value()),
            second(terms.shiftChange()), nano(terms.shiftChange()), Sql.id(terms.dutyLog().value()),
            second(terms.preparation().at()), nano(terms.preparation().at()),
            terms.preparation().beforeShiftChange().getSeconds(), terms.preparation().beforeShiftChange().getNano(),
            terms.preparation().punctuality().name(),
            Sql.id(circumstances.incoming().value()), second(arrivedAt), nano(arrivedAt),
            arrival.map(timing -> timing.beforeShiftChange().getSeconds()).getOrNull(),
            arrival.map(timing -> timing.beforeShiftChange().getNano()).getOrNull(),
            arrival.map(timing -> timing.punctuality().name()).getOrNull(),
            unfit.map(u -> Sql.id(u.observedBy().value())).getOrNull(), unfit.map(Unfitness::signs).getOrNull(),
            second(unfitAt), nano(unfitAt),
            outgoing.map(s -> Sql.id(s.signer().value())).getOrNull(), second(outgoingAt), nano(outgoingAt),
            incoming.map(s -> Sql.id(s.signer().value())).getOrNull(), second(incomingAt), nano(incomingAt),
            second(refused), nano(refused),
            escalated.map(e -> Sql.id(e.superior().value())).getOrNull(), second(escalatedAt), nano(escalatedAt),
            second(completed), nano(completed)
        };
    }

    private static Option<Count> count(Handover handover) {
        if (handover instanceof InCount counting) {
            return Option.some(counting.count());
        }
        if (handover instanceof Refused refused) {
            return Option.some(refused.count());
        }
        if (handover instanceof Escalated escalated) {
            return Option.some(escalated.count());
        }
        if (handover instanceof Signed signed) {
            return Option.some(signed.count());
        }
        return Option.none();
    }

    private void insertChildren(Handover handover) {
        String office = Sql.id(handover.office().value());
        String id = Sql.id(handover.id().value());
        java.util.List<Object[]> items = new ArrayList<>();
        int position = 0;
        for (Item item : handover.terms().register()) {
            items.add(new Object[] {office, id, position++, Sql.id(item.id().value()), item.name(), item.category().name(),
                item.registered()});
        }
        Columns.batch(sql, "insert into pd_handover_item (office_id, handover_id, position, item_id, name, category,"
                + " registered) values (?, ?, ?, ?, ?, ?, ?)", items);
        java.util.List<Object[]> equipment = new ArrayList<>();
        position = 0;
        for (String name : handover.circumstances().equipmentChanging()) {
            equipment.add(new Object[] {office, id, position++, name});
        }
        Columns.batch(sql, "insert into pd_handover_equipment (office_id, handover_id, position, equipment)"
                + " values (?, ?, ?, ?)", equipment);
        for (Count count : count(handover)) {
            java.util.List<Object[]> results = new ArrayList<>();
            position = 0;
            for (ItemCount result : count.results().values()) {
                results.add(new Object[] {office, id, position++, Sql.id(result.item().value()), result.condition().name(),
                    result.counted(), result.explanation().getOrNull()});
            }
            Columns.batch(sql, "insert into pd_handover_count (office_id, handover_id, position, item_id, item_condition,"
                    + " counted, explanation) values (?, ?, ?, ?, ?, ?, ?)", results);
            java.util.List<Object[]> questions = new ArrayList<>();
            position = 0;
            for (Question question : count.questions()) {
                Option<Question.Answer> answer = question.answer();
                Instant answeredAt = answer.map(Question.Answer::at).getOrNull();
                questions.add(new Object[] {office, id, position++, Sql.id(question.id().value()), question.text(),
                    Sql.id(question.askedBy().value()), second(question.askedAt()), nano(question.askedAt()),
                    answer.map(a -> Sql.id(a.by().value())).getOrNull(), answer.map(Question.Answer::text).getOrNull(),
                    second(answeredAt), nano(answeredAt)});
            }
            Columns.batch(sql, "insert into pd_handover_question (office_id, handover_id, position, question_id, question,"
                    + " asked_by, asked_second, asked_nano, answered_by, answer, answered_second, answered_nano)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", questions);
        }
    }

    // ---- reading ---------------------------------------------------------------------------------

    /**
     * The handovers whose rows match {@code where} (on alias {@code h}), in the order they were
     * added, each child table read once for all of them, each handover one committed version.
     */
    private Seq<Handover> load(String where, Object... parameters) {
        return sql.inUnit("read handovers", connection -> Columns.whole("handovers", () -> loadOnce(where, parameters),
                handover -> Sql.id(handover.id().value()), Handover::version,
                () -> Columns.versions(sql, "select h.handover_id, h.version from pd_handover h where " + where, "handover_id",
                        parameters)));
    }

    private Seq<Handover> loadOnce(String where, Object... parameters) {
        return sql.inUnit("read handovers", connection -> {
            List<Head> heads = sql.query(handovers(where), JdbcHandovers::head, parameters);
            if (heads.isEmpty()) {
                return List.<Handover>empty();
            }
            Map<String, List<Item>> registers = children("pd_handover_item", where, row -> new Item(
                    Sql.id(row, "item_id", ItemId::new), row.getString("name"), ItemCategory.valueOf(row.getString("category")),
                    row.getInt("registered")), parameters);
            Map<String, List<String>> equipment = children("pd_handover_equipment", where,
                    row -> row.getString("equipment"), parameters);
            Map<String, List<ItemCount>> results = children("pd_handover_count", where, row -> new ItemCount(
                    Sql.id(row, "item_id", ItemId::new), Condition.valueOf(row.getString("item_condition")), row.getInt("counted"),
                    Option.of(row.getString("explanation"))), parameters);
            Map<String, List<Question>> questions = children("pd_handover_question", where, row -> {
                Option<StaffId> answeredBy = optionalId(row, "answered_by", StaffId::new);
                String answer = row.getString("answer");
                Instant answeredAt = instant(row, "answered");
                return new Question(Sql.id(row, "question_id", QuestionId::new), row.getString("question"),
                        Sql.id(row, "asked_by", StaffId::new), instant(row, "asked"),
                        answeredBy.map(by -> new Question.Answer(by, answer, answeredAt)));
            }, parameters);
            return heads.map(head -> head.handover(
                    registers.get(head.key()).getOrElse(List.empty()),
                    equipment.get(head.key()).getOrElse(List.empty()),
                    results.get(head.key()).getOrElse(List.empty()),
                    questions.get(head.key()).getOrElse(List.empty())));
        });
    }

    private <T> Map<String, List<T>> children(String table, String where, Sql.RowMapper<T> mapper, Object... parameters) {
        return Columns.byParent(sql, children(table, where), "handover_id", mapper, parameters);
    }

    /** The handovers matching {@code where} (on alias {@code h}) in the order they were added to their post. */
    static String handovers(String where) {
        return "select * from pd_handover h where " + where + " order by h.post_sequence";
    }

    /** The rows of child table {@code table} of the handovers matching {@code where} (on alias {@code h}). */
    static String children(String table, String where) {
        return "select c.* from " + table + " c join pd_handover h on h.office_id = c.office_id and h.handover_id = c.handover_id"
                + " where " + where + " order by c.handover_id, c.position";
    }

    /** A handover row, everything but its child rows. */
    private record Head(String key, HandoverId id, long version, HandoverState state, HandoverTerms terms, StaffId incoming,
            Option<Timing> arrival, Option<Unfitness> unfit, Option<Signature> outgoingSignature,
            Option<Signature> incomingSignature, Instant refused, Option<StaffId> superior, Instant escalated, Instant completed) {

        Handover handover(Seq<Item> register, Seq<String> equipment, Seq<ItemCount> results, Seq<Question> questions) {
            HandoverTerms withRegister = new HandoverTerms(terms.office(), terms.post(), terms.department(), terms.outgoing(),
                    terms.shiftChange(), terms.dutyLog(), register, terms.preparation());
            Circumstances circumstances = new Circumstances(incoming, arrival, unfit, HashSet.ofAll(equipment));
            Count count = new Count(LinkedHashMap.ofEntries(results.map(result -> Tuple.of(result.item(), result))), questions,
                    outgoingSignature, incomingSignature);
            return switch (state) {
                case PREPARING -> new Preparing(id, version, withRegister, circumstances);
                case READY -> new Ready(id, version, withRegister, circumstances);
                case IN_COUNT -> new InCount(id, version, withRegister, circumstances, count);
                case REFUSED -> new Refused(id, version, withRegister, circumstances, count, refused);
                case ESCALATED -> new Escalated(id, version, withRegister, circumstances, count, superior.get(), escalated);
                case SIGNED -> new Signed(id, version, withRegister, circumstances, count, completed);
            };
        }
    }

    private static Head head(ResultSet row) throws SQLException {
        HandoverTerms terms = new HandoverTerms(
                Sql.id(row, "office_id", OfficeId::new),
                Sql.id(row, "post_id", PostId::new),
                Department.valueOf(row.getString("department")),
                Sql.id(row, "outgoing_id", StaffId::new),
                instant(row, "shift_change"),
                Sql.id(row, "duty_log_id", DutyLogId::new),
                List.empty(),
                new Timing(instant(row, "preparation"),
                        Duration.ofSeconds(row.getLong("preparation_lead_seconds"), row.getInt("preparation_lead_nanos")),
                        Timing.Punctuality.valueOf(row.getString("preparation_punctuality"))));
        Instant arrivedAt = instant(row, "arrival");
        Option<Timing> arrival = arrivedAt == null ? Option.none() : Option.some(new Timing(arrivedAt,
                Duration.ofSeconds(row.getLong("arrival_lead_seconds"), row.getInt("arrival_lead_nanos")),
                Timing.Punctuality.valueOf(row.getString("arrival_punctuality"))));
        Option<StaffId> unfitBy = optionalId(row, "unfit_by", StaffId::new);
        String signs = row.getString("unfit_signs");
        Instant unfitAt = instant(row, "unfit");
        Option<StaffId> outgoingSigner = optionalId(row, "outgoing_signer", StaffId::new);
        Instant outgoingAt = instant(row, "outgoing_signed");
        Option<StaffId> incomingSigner = optionalId(row, "incoming_signer", StaffId::new);
        Instant incomingAt = instant(row, "incoming_signed");
        return new Head(
                row.getString("handover_id").trim(),
                Sql.id(row, "handover_id", HandoverId::new),
                row.getLong("version"),
                HandoverState.valueOf(row.getString("state")),
                terms,
                Sql.id(row, "incoming_id", StaffId::new),
                arrival,
                unfitBy.map(by -> new Unfitness(by, signs, unfitAt)),
                outgoingSigner.map(signer -> new Signature(signer, outgoingAt)),
                incomingSigner.map(signer -> new Signature(signer, incomingAt)),
                instant(row, "refused"),
                optionalId(row, "superior_id", StaffId::new),
                instant(row, "escalated"),
                instant(row, "completed"));
    }
}
