package org.propertydesk.domain.handover;

import static org.propertydesk.domain.handover.HandoverState.ESCALATED;
import static org.propertydesk.domain.handover.HandoverState.IN_COUNT;
import static org.propertydesk.domain.handover.HandoverState.PREPARING;
import static org.propertydesk.domain.handover.HandoverState.READY;
import static org.propertydesk.domain.handover.HandoverState.REFUSED;
import static org.propertydesk.domain.handover.HandoverState.SIGNED;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StateMachine;

/**
 * A shift handover (交接班) of one post from the outgoing to the incoming person, one type per state
 * so that a command exists only where the lifecycle allows it: {@link Preparing} → {@link Ready} →
 * {@link InCount} → {@link Signed}, or from the count {@link Refused} → {@link Escalated} → back to
 * the count once the superior has answered.
 *
 * <p>It guards the manual's handover rules: no count begins and no signature is given while an
 * R-HO-3 blocker holds (all of them are listed); arrival and preparation are timed (R-HO-4); every
 * register line is counted face to face and damage, loss or a register mismatch is explained
 * (R-HO-5); an unanswered question lets the incoming person refuse, which goes to a superior
 * (R-HO-6); and the outgoing person answers for the post until the second signature (R-HO-7) —
 * {@link #responsibleAt} — so the post is never empty and a late incoming person's delay is the
 * outgoing person's overtime.
 *
 * <p>Every accepted command returns the handover with {@code version + 1}.
 */
public sealed interface Handover permits Handover.Open, Refused, Escalated, Signed {

    /** The handover lifecycle, declared once; every state type asks it before each transition. */
    StateMachine<HandoverState> LIFECYCLE = StateMachine.named("handover", HandoverState.class, PREPARING)
            .on(PREPARING, "arrive", PREPARING)
            .on(PREPARING, "declare unfit", PREPARING)
            .on(PREPARING, "substitute", PREPARING)
            .on(PREPARING, "note equipment change", PREPARING)
            .on(PREPARING, "note equipment steady", PREPARING)
            .on(PREPARING, "complete preparation", READY)
            .on(READY, "arrive", READY)
            .on(READY, "declare unfit", READY)
            .on(READY, "substitute", READY)
            .on(READY, "note equipment change", READY)
            .on(READY, "note equipment steady", READY)
            .on(READY, "begin count", IN_COUNT)
            .on(IN_COUNT, "count", IN_COUNT)
            .on(IN_COUNT, "ask", IN_COUNT)
            .on(IN_COUNT, "answer", IN_COUNT)
            .on(IN_COUNT, "declare unfit", IN_COUNT)
            .on(IN_COUNT, "note equipment change", IN_COUNT)
            .on(IN_COUNT, "note equipment steady", IN_COUNT)
            .on(IN_COUNT, "sign", IN_COUNT)
            .on(IN_COUNT, "countersign", SIGNED)
            .on(IN_COUNT, "substitute", READY)
            .on(IN_COUNT, "refuse", REFUSED)
            .on(REFUSED, "escalate", ESCALATED)
            .on(ESCALATED, "settle", IN_COUNT)
            .build();

    HandoverId id();

    long version();

    HandoverTerms terms();

    Circumstances circumstances();

    HandoverState state();

    default OfficeId office() {
        return terms().office();
    }

    default PostId post() {
        return terms().post();
    }

    default StaffId outgoing() {
        return terms().outgoing();
    }

    default StaffId incoming() {
        return circumstances().incoming();
    }

    /**
     * Who answers for the post at {@code instant} as far as this handover goes (R-HO-7): the
     * outgoing person until both have signed, the incoming person from the second signature on.
     */
    default StaffId responsibleAt(Instant instant) {
        return outgoing();
    }

    /**
     * The outgoing person starts preparing the handover of {@code post} at {@code at}; starting
     * later than the policy's lead before the shift change is recorded as late (R-HO-4).
     */
    static Either<Rejections<HandoverRejection>, HandoverOutcome<Preparing>> prepare(
            HandoverId id,
            OfficeId office,
            PostId post,
            Department department,
            StaffId outgoing,
            StaffId incoming,
            Instant shiftChange,
            DutyLogId dutyLog,
            Seq<Item> register,
            Instant at,
            HandoverPolicy policy) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outgoing, "outgoing");
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(policy, "policy");
        List<HandoverRejection> reasons = List.empty();
        if (outgoing.equals(incoming)) {
            reasons = reasons.append(new HandoverRejection.SamePerson(outgoing));
        }
        for (ItemId duplicate : register.map(Item::id).groupBy(i -> i).filter(g -> g._2.size() > 1).keySet()) {
            reasons = reasons.append(new HandoverRejection.DuplicateRegisterLine(duplicate));
        }
        for (Item item : register) {
            if (item.registered() < 0) {
                reasons = reasons.append(new HandoverRejection.NegativeCount(item.id(), item.registered()));
            }
            if (item.name().isBlank()) {
                reasons = reasons.append(new HandoverRejection.BlankDescription());
            }
        }
        return Rejections.unless(reasons, () -> {
            Timing preparation = policy.preparation(at, shiftChange);
            HandoverTerms terms =
                    new HandoverTerms(office, post, department, outgoing, shiftChange, dutyLog, register, preparation);
            Preparing preparing = new Preparing(
                    id, 0, terms, new Circumstances(incoming, Option.none(), Option.none(), HashSet.empty()));
            return new HandoverOutcome<>(preparing, List.of(new HandoverEvent.HandoverPrepared(
                    id, office, post, outgoing, incoming, shiftChange, preparation, at)));
        });
    }

    /** Checks the lifecycle allows {@code action} from {@code from} into {@code to}'s state; a miss is a programmer error. */
    static <H extends Handover> H step(Handover from, String action, H to) {
        HandoverState target = LIFECYCLE.target(from.state(), action)
                .getOrElseThrow(() -> new IllegalStateException(
                        "handover lifecycle does not allow '" + action + "' from " + from.state()));
        if (target != to.state() || to.version() != from.version() + 1) {
            throw new IllegalStateException("handover '" + action + "' from " + from.state() + " must lead to " + target);
        }
        return to;
    }

    /**
     * Every R-HO-3 blocker that holds now, all of them: unresolved incidents reaching the post, major
     * equipment starting or stopping, preparation incomplete (R-HO-8), an unfit incoming person
     * without a substitute.
     */
    static Seq<HandoverRejection> blockers(Handover handover, PostSituation situation) {
        List<HandoverRejection> reasons = List.empty();
        for (PostSituation.Alert alert : situation.alerts()) {
            reasons = reasons.append(new HandoverRejection.OpenIncident(alert.incident(), alert.kind(), alert.level()));
        }
        for (String equipment : handover.circumstances().equipmentChanging().toSortedSet()) {
            reasons = reasons.append(new HandoverRejection.EquipmentStartingOrStopping(equipment));
        }
        if (!situation.unsettled().isEmpty()) {
            reasons = reasons.append(new HandoverRejection.PreparationIncomplete(situation.unsettled()));
        }
        for (Unfitness unfit : handover.circumstances().unfit()) {
            reasons = reasons.append(new HandoverRejection.IncomingUnfit(handover.incoming(), unfit.signs()));
        }
        return reasons;
    }

    /** The R-HO-3 blockers that hold for this handover in {@code situation}. */
    default Seq<HandoverRejection> blockersIn(PostSituation situation) {
        return blockers(this, situation);
    }

    /** A handover still under way: the post's circumstances can change (R-HO-3 b, d). */
    sealed interface Open extends Handover permits BeforeCount, InCount {

        /** The same handover, circumstances changed, one version on. */
        Open with(Circumstances changed);

        /** Someone saw signs of drink or confusion in the incoming person (R-HO-3 d). */
        default Either<Rejections<HandoverRejection>, HandoverOutcome<Open>> declareUnfit(
                StaffId observedBy, String signs, Instant at) {
            List<HandoverRejection> reasons = DutyLog.blank(signs)
                    ? List.of(new HandoverRejection.BlankDescription())
                    : List.empty();
            return Rejections.unless(reasons, () -> new HandoverOutcome<>(
                    step(this, "declare unfit", with(circumstances().unfit(new Unfitness(observedBy, signs.strip(), at)))),
                    List.of(new HandoverEvent.IncomingDeclaredUnfit(id(), office(), incoming(), observedBy, signs.strip(), at))));
        }

        /** Major equipment is starting up or shutting down (R-HO-3 b). */
        default Either<Rejections<HandoverRejection>, HandoverOutcome<Open>> noteEquipmentChange(String equipment, Instant at) {
            List<HandoverRejection> reasons = DutyLog.blank(equipment)
                    ? List.of(new HandoverRejection.BlankDescription())
                    : List.empty();
            return Rejections.unless(reasons, () -> new HandoverOutcome<>(
                    step(this, "note equipment change",
                            with(circumstances().equipment(circumstances().equipmentChanging().add(equipment.strip())))),
                    List.of(new HandoverEvent.EquipmentChangeNoted(id(), office(), equipment.strip(), at))));
        }

        /** Major equipment finished starting up or shutting down (R-HO-3 b). */
        default Either<Rejections<HandoverRejection>, HandoverOutcome<Open>> noteEquipmentSteady(String equipment, Instant at) {
            String name = equipment == null ? "" : equipment.strip();
            List<HandoverRejection> reasons = circumstances().equipmentChanging().contains(name)
                    ? List.empty()
                    : List.of(new HandoverRejection.EquipmentNotChanging(name));
            return Rejections.unless(reasons, () -> new HandoverOutcome<>(
                    step(this, "note equipment steady",
                            with(circumstances().equipment(circumstances().equipmentChanging().remove(name)))),
                    List.of(new HandoverEvent.EquipmentSteady(id(), office(), name, at))));
        }

        /** Rejections for naming {@code substitute} in place of the incoming person (R-HO-3 d). */
        default List<HandoverRejection> substitutionProblems(StaffId substitute) {
            return substitute.equals(outgoing()) || substitute.equals(incoming())
                    ? List.of(new HandoverRejection.NotASubstitute(substitute))
                    : List.empty();
        }
    }

    /** Before the count: the incoming person may still arrive or be replaced. */
    sealed interface BeforeCount extends Open permits Preparing, Ready {

        @Override
        BeforeCount with(Circumstances changed);

        /** The incoming person arrives; early or late against the policy is recorded (R-HO-4). */
        default Either<Rejections<HandoverRejection>, HandoverOutcome<BeforeCount>> arrive(
                StaffId who, Instant at, HandoverPolicy policy) {
            List<HandoverRejection> reasons = List.empty();
            if (!who.equals(incoming())) {
                reasons = reasons.append(new HandoverRejection.NotTheIncoming(who, incoming()));
            } else if (circumstances().arrival().isDefined()) {
                reasons = reasons.append(new HandoverRejection.AlreadyArrived(who));
            }
            return Rejections.unless(reasons, () -> {
                Timing arrival = policy.arrival(at, terms().shiftChange());
                return new HandoverOutcome<>(
                        step(this, "arrive", with(circumstances().arrived(arrival))),
                        List.of(new HandoverEvent.IncomingArrived(id(), office(), who, arrival, at)));
            });
        }

        /** A substitute takes the incoming person's place; the substitute's own arrival is then awaited. */
        default Either<Rejections<HandoverRejection>, HandoverOutcome<BeforeCount>> substitute(StaffId substitute, Instant at) {
            return Rejections.unless(substitutionProblems(substitute), () -> new HandoverOutcome<>(
                    step(this, "substitute", with(circumstances().substitutedBy(substitute))),
                    List.of(new HandoverEvent.SubstituteNamed(id(), office(), incoming(), substitute, at))));
        }
    }
}
