package org.propertydesk.testkit.handover;

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
import org.propertydesk.domain.handover.DutyLogId;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverId;
import org.propertydesk.domain.handover.HandoverOutcome;
import org.propertydesk.domain.handover.HandoverPolicy;
import org.propertydesk.domain.handover.HandoverRejection;
import org.propertydesk.domain.handover.HandoverState;
import org.propertydesk.domain.handover.InCount;
import org.propertydesk.domain.handover.Item;
import org.propertydesk.domain.handover.ItemCategory;
import org.propertydesk.domain.handover.ItemId;
import org.propertydesk.domain.handover.PostSituation;
import org.propertydesk.domain.handover.Preparing;
import org.propertydesk.domain.handover.QuestionId;
import org.propertydesk.domain.handover.Ready;
import org.propertydesk.domain.handover.Refused;
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
