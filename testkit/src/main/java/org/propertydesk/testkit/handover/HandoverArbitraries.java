package org.propertydesk.testkit.handover;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.propertydesk.domain.handover.Condition;
import org.propertydesk.domain.handover.DutyLog;
import org.propertydesk.domain.handover.DutyLogId;
import org.propertydesk.domain.handover.EntryId;
import org.propertydesk.domain.handover.EntryKind;
import org.propertydesk.domain.handover.Escalated;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverId;
import org.propertydesk.domain.handover.HandoverOutcome;
import org.propertydesk.domain.handover.HandoverPolicy;
import org.propertydesk.domain.handover.HandoverRejection;
import org.propertydesk.domain.handover.HandoverState;
import org.propertydesk.domain.handover.InCount;
import org.propertydesk.domain.handover.Incident;
import org.propertydesk.domain.handover.IncidentId;
import org.propertydesk.domain.handover.IncidentKind;
import org.propertydesk.domain.handover.Item;
import org.propertydesk.domain.handover.ItemCategory;
import org.propertydesk.domain.handover.ItemId;
import org.propertydesk.domain.handover.PostSituation;
import org.propertydesk.domain.handover.Preparing;
import org.propertydesk.domain.handover.QuestionId;
import org.propertydesk.domain.handover.Ready;
import org.propertydesk.domain.handover.Refused;
import org.propertydesk.domain.handover.Signed;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;

/**
 * jqwik arbitraries for the handover context. Handovers are built by running the domain's own
 * commands from preparation to the wanted state, so every generated handover is reachable and valid
 * by construction; the parameters (ids, register, lead times) are small so failures shrink well.
 */
public final class HandoverArbitraries {

    /** The superior every generated refusal is escalated to. */
    public static final StaffId SUPERIOR = new StaffId(new UUID(9, 9));

    private static final Instant SHIFT_CHANGE = Instant.parse("2026-11-23T00:00:00Z");

    private HandoverArbitraries() {}

    /** A handover in any reachable state. */
    public static Arbitrary<Handover> handovers() {
        return Arbitraries.of(HandoverState.class).flatMap(HandoverArbitraries::inState);
    }

    /** A handover in {@code state}, reached through the lifecycle's commands. */
    public static Arbitrary<Handover> inState(HandoverState state) {
        return scenarios().map(scenario -> scenario.walkTo(state));
    }

    /** A shared item of the register with a small registered quantity. */
    public static Arbitrary<Item> items() {
        return Combinators.combine(
                        Arbitraries.longs().between(1, 50),
                        Arbitraries.of(ItemCategory.class),
                        Arbitraries.integers().between(0, 3))
                .as((n, category, registered) ->
                        new Item(new ItemId(new UUID(6, n)), category.name().toLowerCase() + " " + n, category, registered));
    }

    /** A handover register: 1–4 lines with distinct items. */
    public static Arbitrary<Seq<Item>> registers() {
        return items().list().ofMinSize(1).ofMaxSize(4).uniqueElements(Item::id).map(List::ofAll);
    }

    // ---- aggregates with everything a store must keep ------------------------------------------

    /** The longest free text {@link #texts()} generates (item names, questions, answers, log matters). */
    public static final int LONGEST_TEXT = 2000;

    /**
     * Non-blank free text as staff type it: Latin letters, Chinese (including characters outside
     * the Basic Multilingual Plane such as 𠮷), emoji, inner and outer spaces, and now and then the
     * {@link #LONGEST_TEXT longest} text.
     */
    public static Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withChars(' ', '-', '.', '\'')
                        .ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withChars('，', '。', '、').ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("𠮷野家", "交接班 😀", "值班日志", "  ", "No. 2"));
        Arbitrary<String> typed = pieces.list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
        Arbitrary<String> longest = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withChars(' ', 'a')
                .ofLength(LONGEST_TEXT - 2).map(text -> "长" + text + "尾");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, typed), net.jqwik.api.Tuple.of(1, longest))
                .filter(text -> !text.isBlank());
    }

    /**
     * Handovers in every reachable state with everything a store must keep, valid by construction
     * (each step is a command the handover accepted): an empty or full register named in free text,
     * equipment starting up, an unfit incoming person and a substitute, recounts with damage, loss
     * and register mismatches explained, questions answered by the outgoing person or by a superior
     * after a refusal, one or both signatures, and instants to the nanosecond.
     */
    public static Arbitrary<Handover> handoversWithHistory() {
        Arbitrary<Seq<Item>> register = Combinators.combine(
                        Arbitraries.of(ItemCategory.class), Arbitraries.integers().between(0, 5), texts())
                .as((category, registered, name) -> new Object[] {category, registered, name})
                .list().ofMaxSize(4)
                .map(lines -> List.ofAll(lines).zipWithIndex().map(line -> new Item(new ItemId(new UUID(6, line._2 + 1)),
                        (String) line._1[2], (ItemCategory) line._1[0], (Integer) line._1[1])));
        Arbitrary<Story> stories = Combinators.combine(
                        Arbitraries.of(HandoverState.class),
                        register,
                        texts().list().ofMaxSize(3).map(List::ofAll),
                        texts().optional().map(Option::ofOptional),
                        Combinators.combine(Arbitraries.of(Condition.class), Arbitraries.integers().between(0, 6), texts())
                                .as(CountLine::new).list().ofMaxSize(6).map(List::ofAll),
                        texts().list().ofMaxSize(3).map(List::ofAll),
                        Arbitraries.integers().between(0, 255),
                        Arbitraries.of(Department.class))
                .as(Story::new);
        return stories.map(Story::tell).withoutEdgeCases();
    }

    /** A count the story makes: the condition found, how many, and the explanation given when one is needed or wanted. */
    private record CountLine(Condition condition, int counted, String explanation) {}

    /**
     * What happens in a handover's story; {@code flags} bits choose the branches: whether
     * equipment settles, the incoming person arrives, questions are answered, a recount happens,
     * the escalation is settled, and one party signs.
     */
    private record Story(HandoverState state, Seq<Item> register, Seq<String> equipment, Option<String> unfitSigns,
            Seq<CountLine> counts, Seq<String> questions, int flags, Department department) {

        private static final OfficeId OFFICE = new OfficeId(new UUID(1, 0xD1));
        private static final PostId POST = new PostId(new UUID(2, 0xD1));
        private static final StaffId OUTGOING = new StaffId(new UUID(3, 0xD1));
        private static final StaffId INCOMING = new StaffId(new UUID(4, 0xD1));
        private static final StaffId SUBSTITUTE = new StaffId(new UUID(4, 0xD2));

        private boolean flag(int bit) {
            return (flags & (1 << bit)) != 0;
        }

        Handover tell() {
            HandoverPolicy policy = HandoverPolicy.defaults();
            Instant at = SHIFT_CHANGE.minus(Duration.ofMinutes(flags % 31)).minusNanos(flags * 1_000_003L);
            Handover.Open handover = Scenario.accepted(Handover.prepare(new HandoverId(new UUID(5, 0xD1)), OFFICE, POST, department,
                    OUTGOING, INCOMING, SHIFT_CHANGE, new DutyLogId(new UUID(7, 0xD1)), register, at, policy)).handover();
            for (String changing : equipment) {
                handover = Scenario.accepted(handover.noteEquipmentChange(changing, at = at.plusMillis(1))).handover();
            }
            for (String signs : unfitSigns) {
                handover = Scenario.accepted(handover.declareUnfit(OUTGOING, signs, at = at.plusMillis(1))).handover();
            }
            boolean counting = state != HandoverState.PREPARING && state != HandoverState.READY;
            if (counting || flag(0)) {
                for (String changing : handover.circumstances().equipmentChanging().toSortedSet()) {
                    handover = Scenario.accepted(handover.noteEquipmentSteady(changing, at = at.plusMillis(1))).handover();
                }
            }
            if (state == HandoverState.PREPARING) {
                return handover;
            }
            Ready ready = Scenario.accepted(((Preparing) handover).completePreparation(OUTGOING, at = at.plusMillis(1))).handover();
            if (counting && ready.circumstances().unfit().isDefined()) {
                ready = (Ready) Scenario.accepted(ready.substitute(SUBSTITUTE, at = at.plusMillis(1))).handover();
            }
            if (counting || flag(1)) {
                ready = (Ready) Scenario.accepted(ready.arrive(ready.incoming(), at = at.plusSeconds(1), policy)).handover();
            }
            if (state == HandoverState.READY) {
                return ready;
            }
            InCount inCount = Scenario.accepted(ready.beginCount(OUTGOING, PostSituation.calm(), at = at.plusSeconds(1))).handover();
            for (Item item : register) {
                inCount = count(inCount, item, counts.isEmpty() ? null : counts.get(register.indexOf(item) % counts.size()), at);
            }
            if (flag(2) && !register.isEmpty() && !counts.isEmpty()) {
                inCount = count(inCount, register.head(), counts.last(), at);
            }
            int asked = 0;
            for (String question : questions) {
                QuestionId id = new QuestionId(new UUID(8, ++asked));
                inCount = Scenario.accepted(inCount.ask(inCount.incoming(), id, question, at = at.plusSeconds(1))).handover();
                if (flag(3) || state == HandoverState.SIGNED) {
                    inCount = Scenario.accepted(inCount.answer(OUTGOING, id, question + " —— 答", at = at.plusSeconds(1))).handover();
                }
            }
            boolean escalating = state == HandoverState.REFUSED || state == HandoverState.ESCALATED
                    || state == HandoverState.IN_COUNT && flag(4);
            if (escalating) {
                if (inCount.count().unanswered().isEmpty()) {
                    inCount = Scenario.accepted(inCount.ask(inCount.incoming(), new QuestionId(new UUID(8, ++asked)),
                            "备用钥匙在哪里？", at = at.plusSeconds(1))).handover();
                }
                Refused refused = Scenario.accepted(inCount.refuse(inCount.incoming(), at = at.plusSeconds(1))).handover();
                if (state == HandoverState.REFUSED) {
                    return refused;
                }
                Escalated escalated = refused.escalate(SUPERIOR, at = at.plusSeconds(1)).handover();
                if (state == HandoverState.ESCALATED) {
                    return escalated;
                }
                inCount = Scenario.accepted(escalated.settle(SUPERIOR, questions.headOption().getOrElse("按规定处理"),
                        at = at.plusSeconds(1))).handover();
            }
            if (state == HandoverState.IN_COUNT) {
                if (flag(5) && inCount.count().unanswered().isEmpty()) {
                    return Scenario.accepted(inCount.sign(OUTGOING, PostSituation.calm(), at.plusSeconds(1))).handover();
                }
                return inCount;
            }
            InCount once = (InCount) Scenario.accepted(inCount.sign(OUTGOING, PostSituation.calm(), at = at.plusSeconds(1))).handover();
            return (Signed) Scenario.accepted(once.sign(once.incoming(), PostSituation.calm(), at.plusSeconds(1))).handover();
        }

        /** Counts one line: the condition found, explained whenever the count must be (and sometimes when it need not). */
        private InCount count(InCount inCount, Item item, CountLine line, Instant at) {
            Condition condition = line == null ? Condition.PRESENT : line.condition();
            int counted = line == null ? item.registered() : line.counted();
            boolean mustExplain = condition.needsExplanation()
                    || item.category().checkedAgainstRegister() && counted != item.registered();
            Option<String> explanation = line != null && (mustExplain || flag(6)) ? Option.some(line.explanation()) : Option.none();
            return Scenario.accepted(inCount.count(OUTGOING, item.id(), condition, counted, explanation, at)).handover();
        }
    }

    /**
     * Duty logs with everything a store must keep: none or up to six matters of every kind, written
     * in free text, some still open, others closed out or carried over with a reason (R-HO-1, R-HO-8).
     */
    public static Arbitrary<DutyLog> dutyLogs() {
        Arbitrary<Object[]> matters = Combinators.combine(
                        Arbitraries.of(EntryKind.class), texts(), texts(), texts(), Arbitraries.integers().between(0, 3), texts())
                .as((kind, cause, course, result, settle, reason) -> new Object[] {kind, cause, course, result, settle, reason});
        return matters.list().ofMaxSize(6).map(entries -> {
            DutyLog log = DutyLog.open(new DutyLogId(new UUID(7, 0xD2)), new OfficeId(new UUID(1, 0xD2)), new PostId(new UUID(2, 0xD2)));
            Instant at = SHIFT_CHANGE.minus(Duration.ofHours(7)).plusNanos(987_654_321);
            int n = 0;
            for (Object[] matter : entries) {
                EntryId entry = new EntryId(new UUID(9, ++n));
                int settle = (Integer) matter[4];
                log = logged(log.record(entry, (EntryKind) matter[0], (String) matter[1], (String) matter[2], (String) matter[3],
                        settle > 0, new StaffId(new UUID(3, n % 2)), at = at.plusSeconds(60)));
                if (settle == 2) {
                    log = logged(log.closeOut(entry, (String) matter[5], new StaffId(new UUID(3, 1)), at = at.plusSeconds(60)));
                } else if (settle == 3) {
                    log = logged(log.carryOver(entry, (String) matter[5], new StaffId(new UUID(3, 1)), at = at.plusSeconds(60)));
                }
            }
            return log;
        });
    }

    private static DutyLog logged(Either<Rejections<HandoverRejection>, DutyLog.Outcome> result) {
        return result.getOrElseThrow(rejections -> new IllegalStateException("generator took a refused step: " + rejections)).log();
    }

    /**
     * Incidents with everything a store must keep: every kind, the departments concerned (none for
     * a fire, which reaches every post), a description in free text, open or resolved with a summary.
     */
    public static Arbitrary<Incident> incidents() {
        return Combinators.combine(
                        Arbitraries.of(IncidentKind.class),
                        Arbitraries.subsetOf(Department.values()),
                        texts(),
                        texts().optional().map(Option::ofOptional),
                        Arbitraries.longs().between(0, 999_999_999))
                .as((kind, concerned, description, summary, nanos) -> {
                    Instant at = SHIFT_CHANGE.minus(Duration.ofHours(3)).plusNanos(nanos);
                    io.vavr.collection.Set<Department> departments = kind == IncidentKind.FIRE || !concerned.isEmpty()
                            ? HashSet.ofAll(concerned)
                            : HashSet.of(Department.SECURITY);
                    Incident reported = Incident.report(new IncidentId(new UUID(0xB3, 1)), new OfficeId(new UUID(1, 0xD3)), kind,
                                    departments, description, new StaffId(new UUID(3, 1)), at)
                            .getOrElseThrow(rejections -> new IllegalStateException("generator took a refused step: " + rejections))
                            .incident();
                    return summary.map(text -> reported.resolve(new StaffId(new UUID(3, 2)), text, at.plusSeconds(900))
                                    .getOrElseThrow(rejections -> new IllegalStateException("generator took a refused step: " + rejections))
                                    .incident())
                            .getOrElse(reported);
                });
    }

    private static Arbitrary<Scenario> scenarios() {
        Arbitrary<Long> ids = Arbitraries.longs().between(1, 20);
        return Combinators.combine(
                        ids, ids, ids,
                        registers(),
                        Arbitraries.integers().between(0, 30),
                        Arbitraries.integers().between(-20, 15),
                        Arbitraries.of(Department.class))
                .as((office, outgoing, incoming, register, preparationLead, arrivalLead, department) -> new Scenario(
                        new OfficeId(new UUID(1, office)), new PostId(new UUID(2, office)), department,
                        new StaffId(new UUID(3, outgoing)), new StaffId(new UUID(4, incoming)), register,
                        SHIFT_CHANGE.minus(Duration.ofMinutes(preparationLead)),
                        SHIFT_CHANGE.minus(Duration.ofMinutes(arrivalLead))));
    }

    private record Scenario(
            OfficeId office, PostId post, Department department, StaffId outgoing, StaffId incoming, Seq<Item> register,
            Instant preparedAt, Instant arrivedAt) {

        Handover walkTo(HandoverState state) {
            Instant at = preparedAt;
            Preparing preparing = accepted(Handover.prepare(new HandoverId(new UUID(5, 1)), office, post, department,
                    outgoing, incoming, SHIFT_CHANGE, new DutyLogId(new UUID(7, 1)), register, at,
                    HandoverPolicy.defaults())).handover();
            if (state == HandoverState.PREPARING) {
                return preparing;
            }
            Ready ready = accepted(preparing.completePreparation(outgoing, at)).handover();
            ready = (Ready) accepted(ready.arrive(incoming, arrivedAt, HandoverPolicy.defaults())).handover();
            if (state == HandoverState.READY) {
                return ready;
            }
            Instant counting = later(at, arrivedAt);
            InCount inCount = accepted(ready.beginCount(outgoing, PostSituation.calm(), counting)).handover();
            for (Item item : register) {
                inCount = accepted(inCount.count(incoming, item.id(), Condition.PRESENT, item.registered(),
                        Option.none(), counting)).handover();
            }
            if (state == HandoverState.IN_COUNT) {
                return inCount;
            }
            if (state == HandoverState.SIGNED) {
                InCount once = (InCount) accepted(inCount.sign(outgoing, PostSituation.calm(), counting)).handover();
                return accepted(once.sign(incoming, PostSituation.calm(), counting.plusSeconds(60))).handover();
            }
            InCount asked = accepted(inCount.ask(incoming, new QuestionId(new UUID(8, 1)), "where is the spare key?", counting))
                    .handover();
            Refused refused = accepted(asked.refuse(incoming, counting)).handover();
            return state == HandoverState.REFUSED ? refused : refused.escalate(SUPERIOR, counting).handover();
        }

        private static Instant later(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }

        private static <H extends Handover> HandoverOutcome<H> accepted(
                Either<Rejections<HandoverRejection>, HandoverOutcome<H>> result) {
            return result.getOrElseThrow(rejections -> new IllegalStateException("generator took a refused step: " + rejections));
        }
    }
}
