package org.propertydesk.testkit.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.testkit.handover.FrontDesk.*;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.application.handover.HandoverDesk;
import org.propertydesk.application.handover.ShiftChange;
import org.propertydesk.domain.handover.Condition;
import org.propertydesk.domain.handover.Disposition;
import org.propertydesk.domain.handover.EntryKind;
import org.propertydesk.domain.handover.Escalated;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverId;
import org.propertydesk.domain.handover.InCount;
import org.propertydesk.domain.handover.Incident;
import org.propertydesk.domain.handover.IncidentKind;
import org.propertydesk.domain.handover.Item;
import org.propertydesk.domain.handover.Refused;
import org.propertydesk.domain.handover.Signed;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.StaffId;

/**
 * Random sequences of the desk's commands over two days of a front-desk post rotating between three
 * people, through the in-memory adapters, with the handover invariants checked after every command.
 */
class HandoverDeskActionChainProperties {

    @Property(tries = 100)
    @Label("R-HO-3, R-HO-5, R-HO-7: through the desk, a post always has one responsible person, passed on only by a second signature, never while blocked, and counts lose no item")
    void deskKeepsTheHandoverInvariants(@ForAll("commands") ActionChain<DeskModel> chain) {
        DeskModel end = chain
                .withInvariant("R-HO-7: exactly one responsible person", DeskModel::exactlyOneResponsible)
                .withInvariant("R-HO-3: never completed while a blocker holds", m -> assertThat(m.completedWhileBlocked).isFalse())
                .withInvariant("R-HO-5: the count never loses an item", DeskModel::countsLoseNothing)
                .run();
        Statistics.label("completed handovers").collect(Math.min(end.completed, 2));
        Statistics.label("final state").collect(end.handover().map(Handover::state).getOrNull());
        Statistics.label("completed handovers").coverage(coverage ->
                coverage.checkQuery(values -> ((Integer) values.get(0)) > 0)
                        .percentage((Predicate<Double>) p -> p > 5.0));
    }

    @Provide
    ActionChainArbitrary<DeskModel> commands() {
        return ActionChain.startWith(DeskModel::new)
                .withAction(3, step("advance the clock", m -> true,
                        m -> Arbitraries.integers().between(1, 40).map(minutes -> model -> model.advance(minutes))))
                .withAction(3, step("prepare", m -> m.current().map(h -> h instanceof Signed).getOrElse(true),
                        m -> Arbitraries.of(true, true, false).map(byTheOneOnPost -> model -> model.desk.prepare(
                                new HandoverDesk.Prepare(OFFICE, byTheOneOnPost ? model.responsible() : SUN_CLEANER,
                                        FRONT_DESK, REGISTER)).peek(h -> model.handover = Option.some(h.id())))))
                .withAction(3, step("complete preparation", m -> m.in(org.propertydesk.domain.handover.Preparing.class),
                        m -> Arbitraries.just(model -> model.desk.completePreparation(model.act(model.outgoing())))))
                .withAction(5, step("arrive", m -> m.in(Handover.BeforeCount.class),
                        m -> Arbitraries.just(model -> model.desk.arrive(model.act(model.incoming())))))
                .withAction(8, step("begin count", m -> m.in(org.propertydesk.domain.handover.Ready.class),
                        m -> Arbitraries.just(model -> model.desk.beginCount(model.act(model.outgoing())))))
                .withAction(8, step("count", m -> m.in(InCount.class), m -> Combinators.combine(
                                Arbitraries.of(REGISTER.toJavaList()),
                                Arbitraries.of(Condition.PRESENT, Condition.PRESENT, Condition.PRESENT, Condition.MISSING),
                                Arbitraries.of(Option.<String>none(), Option.some("lent to patrol")))
                        .as((item, condition, explanation) -> model -> model.desk.count(new HandoverDesk.CountItem(
                                OFFICE, model.incoming(), model.handover.get(), item.id(), condition,
                                condition == Condition.PRESENT ? item.registered() : 0, explanation)))))
                .withAction(1, step("ask", m -> m.in(InCount.class),
                        m -> Arbitraries.just(model -> model.desk.ask(new HandoverDesk.Ask(
                                OFFICE, model.incoming(), model.handover.get(), "where is the spare key?")))))
                .withAction(3, step("answer", m -> m.in(InCount.class) && !((InCount) m.handover().get()).count().unanswered().isEmpty(),
                        m -> Arbitraries.just(model -> model.desk.answer(new HandoverDesk.Answer(OFFICE, model.outgoing(),
                                model.handover.get(), ((InCount) model.handover().get()).count().unanswered().head(), "in the safe")))))
                .withAction(1, step("refuse", m -> m.in(InCount.class),
                        m -> Arbitraries.just(model -> model.desk.refuse(model.act(model.incoming())))))
                .withAction(3, step("settle", m -> m.in(Escalated.class),
                        m -> Arbitraries.just(model -> model.desk.settle(new HandoverDesk.Settle(OFFICE,
                                ((Escalated) model.handover().get()).superior(), model.handover.get(), "ruling")))))
                .withAction(10, step("sign", m -> m.in(InCount.class),
                        m -> Arbitraries.of(true, false).map(outgoing -> model -> model.sign(outgoing ? model.outgoing() : model.incoming()))))
                .withAction(1, step("report an incident", m -> m.office.incidents.open(OFFICE).size() < 2,
                        m -> Arbitraries.of(IncidentKind.class).map(kind -> model -> model.desk.reportIncident(
                                new HandoverDesk.ReportIncident(OFFICE, WANG_NIGHT, kind,
                                        HashSet.of(Department.CUSTOMER_SERVICE), "alarm")))))
                .withAction(4, step("resolve an incident", m -> !m.office.incidents.open(OFFICE).isEmpty(),
                        m -> Arbitraries.just(model -> model.desk.resolveIncident(new HandoverDesk.ResolveIncident(OFFICE,
                                ZHAO_SUPERVISOR, model.office.incidents.open(OFFICE).head().id(), "all clear")))))
                .withAction(1, step("log an open matter", m -> m.unsettled().isEmpty(),
                        m -> Arbitraries.of(EntryKind.class).map(kind -> model -> model.desk.log(new HandoverDesk.LogMatter(
                                OFFICE, model.responsible(), FRONT_DESK, kind, "cause", "course", "pending", true)))))
                .withAction(4, step("close out or carry over", m -> m.unsettled().nonEmpty(),
                        m -> Arbitraries.of(true, false).map(close -> model -> close
                                ? model.desk.closeOut(new HandoverDesk.CloseOut(OFFICE, model.responsible(), FRONT_DESK,
                                        model.unsettled().head(), "done"))
                                : model.desk.carryOver(new HandoverDesk.CarryOver(OFFICE, model.responsible(), FRONT_DESK,
                                        model.unsettled().head(), "parts arrive tomorrow")))))
                .withAction(1, step("equipment starts", m -> m.in(Handover.Open.class)
                                && m.handover().get().circumstances().equipmentChanging().isEmpty(),
                        m -> Arbitraries.just(model -> model.desk.noteEquipment(
                                new HandoverDesk.NoteEquipment(OFFICE, model.outgoing(), model.handover.get(), "chiller", false)))))
                .withAction(4, step("equipment steady", m -> m.in(Handover.Open.class)
                                && !m.handover().get().circumstances().equipmentChanging().isEmpty(),
                        m -> Arbitraries.just(model -> model.desk.noteEquipment(
                                new HandoverDesk.NoteEquipment(OFFICE, model.outgoing(), model.handover.get(), "chiller", true)))))
                .withAction(1, step("declare unfit", m -> m.in(Handover.Open.class) && m.handover().get().circumstances().unfit().isEmpty(),
                        m -> Arbitraries.just(model -> model.desk.declareUnfit(new HandoverDesk.DeclareUnfit(
                                OFFICE, ZHAO_SUPERVISOR, model.handover.get(), "smells of alcohol")))))
                .withAction(2, step("substitute", m -> m.in(Handover.Open.class)
                                && m.handover().get().circumstances().unfit().isDefined(),
                        m -> Arbitraries.of(WANG_NIGHT, LI_MORNING, SUN_CLEANER).map(who -> model -> model.desk.substitute(
                                new HandoverDesk.Substitute(OFFICE, ZHAO_SUPERVISOR, model.handover.get(), who)))))
                .withMaxTransformations(100);
    }

    private static Action.Dependent<DeskModel> step(
            String name, Predicate<DeskModel> when, Function<DeskModel, Arbitrary<Function<DeskModel, Object>>> commands) {
        return new Action.Dependent<>() {
            @Override
            public boolean precondition(DeskModel model) {
                return when.test(model);
            }

            @Override
            public Arbitrary<Transformer<DeskModel>> transformer(DeskModel model) {
                return commands.apply(model).map(command -> Transformer.mutate(name, command::apply));
            }
        };
    }

    /** The office, the handover under way (if any) and what the model expects of responsibility. */
    static final class DeskModel {
        final FrontDesk office = new FrontDesk();
        final HandoverDesk desk = office.desk;
        Option<HandoverId> handover = Option.none();
        StaffId expectedResponsible = WANG_NIGHT;
        boolean completedWhileBlocked;
        int completed;

        DeskModel() {
            Instant day = SHIFT_CHANGE;
            StaffId[] rota = {WANG_NIGHT, LI_MORNING, SUN_CLEANER};
            for (int shift = 1; shift < 9; shift++) {
                office.schedule.schedule(OFFICE, new ShiftChange(FRONT_DESK, Department.CUSTOMER_SERVICE,
                        rota[(shift - 1) % 3], rota[shift % 3], day.plus(Duration.ofHours(8L * (shift - 1)))));
            }
            office.at(20);
            // The post has been handed over in PropertyDesk before: from here on its handovers, not the
            // schedule, say who is responsible (before a post's first handover the schedule decides).
            handover = Option.some(FrontDesk.accepted(desk.prepare(
                    new HandoverDesk.Prepare(OFFICE, WANG_NIGHT, FRONT_DESK, REGISTER))).id());
        }

        Object advance(int minutes) {
            return office.clock.advance(Duration.ofMinutes(minutes));
        }

        Option<Handover> handover() {
            return handover.flatMap(id -> office.handovers.find(OFFICE, id));
        }

        Option<Handover> current() {
            return handover();
        }

        boolean in(Class<?> state) {
            return handover().exists(state::isInstance);
        }

        StaffId outgoing() {
            return handover().get().outgoing();
        }

        StaffId incoming() {
            return handover().get().incoming();
        }

        StaffId responsible() {
            return desk.responsibleFor(OFFICE, FRONT_DESK, office.clock.now()).get();
        }

        HandoverDesk.Act act(StaffId actor) {
            return new HandoverDesk.Act(OFFICE, actor, handover.get());
        }

        Seq<org.propertydesk.domain.handover.EntryId> unsettled() {
            return office.dutyLogs.ofPost(OFFICE, FRONT_DESK).map(log -> log.unsettled())
                    .getOrElse(io.vavr.collection.List.empty());
        }

        Object sign(StaffId signer) {
            Handover before = handover().get();
            boolean blocked = office.incidents.open(OFFICE).exists(this::reachesTheFrontDesk)
                    || office.dutyLogs.ofPost(OFFICE, FRONT_DESK).exists(log ->
                            log.entries().exists(e -> e.disposition() instanceof Disposition.Open))
                    || !before.circumstances().equipmentChanging().isEmpty()
                    || before.circumstances().unfit().isDefined();
            Either<?, Handover> result = desk.sign(act(signer));
            if (result.isRight() && result.get() instanceof Signed signed) {
                completedWhileBlocked |= blocked;
                expectedResponsible = signed.incoming();
                completed++;
            }
            return result;
        }

        private boolean reachesTheFrontDesk(Incident incident) {
            return incident.kind() == IncidentKind.FIRE || incident.concerned().contains(Department.CUSTOMER_SERVICE);
        }

        void exactlyOneResponsible() {
            Option<StaffId> responsible = desk.responsibleFor(OFFICE, FRONT_DESK, office.clock.now());
            assertThat(responsible).containsExactly(expectedResponsible);
            for (Handover h : handover()) {
                assertThat(responsible.get()).isEqualTo(h instanceof Signed ? h.incoming() : h.outgoing());
            }
        }

        void countsLoseNothing() {
            for (Handover h : handover()) {
                io.vavr.collection.Set<org.propertydesk.domain.handover.ItemId> register = REGISTER.map(Item::id).toSet();
                Option<org.propertydesk.domain.handover.Count> count = h instanceof InCount c ? Option.some(c.count())
                        : h instanceof Refused r ? Option.some(r.count())
                        : h instanceof Escalated e ? Option.some(e.count())
                        : h instanceof Signed s ? Option.some(s.count())
                        : Option.none();
                for (var c : count) {
                    assertThat(register.containsAll(c.results().keySet())).isTrue();
                }
                if (h instanceof Signed s) {
                    assertThat(s.count().results().keySet()).isEqualTo(register);
                }
            }
        }

        @Override
        public String toString() {
            return handover().map(h -> h.state() + " " + h.outgoing() + "→" + h.incoming()).getOrElse("no handover")
                    + " at " + office.clock.now() + ", completed " + completed;
        }
    }
}
