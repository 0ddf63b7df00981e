package org.propertydesk.domain.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.handover.HandoverFixture.*;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
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
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;

/**
 * Random sequences of every handover command — and of the incidents and duty-log matters around
 * it — applied to one front-desk post, with the invariants of R-HO-3, R-HO-5 and R-HO-7 checked
 * after every step.
 */
class HandoverActionChainProperties {

    @Property(tries = 300)
    @Label("R-HO-3, R-HO-5, R-HO-7: one responsible person, passing only on the second signature, never completed while blocked, no item lost")
    void handoverInvariantsHoldForAnySequenceOfCommands(@ForAll("commands") ActionChain<PostModel> chain) {
        PostModel end = chain
                .withInvariant("R-HO-7: exactly one responsible person", PostModel::exactlyOneResponsible)
                .withInvariant("R-HO-7: responsibility changes only on the second signature", PostModel::passesOnlyOnSecondSignature)
                .withInvariant("R-HO-3: never completed while a blocker holds", PostModel::neverCompletedWhileBlocked)
                .withInvariant("R-HO-5: the count never loses an item", PostModel::countNeverLosesAnItem)
                .withInvariant("a refused command changes nothing; an accepted one moves one version on", PostModel::versionsMoveByOne)
                .run();
        Statistics.label("final state").collect(end.handover.state());
        Statistics.label("blocked attempts").collect(end.blockedAttempts > 0);
        Statistics.label("final state").coverage(coverage -> {
            coverage.check(HandoverState.SIGNED).percentage((Predicate<Double>) p -> p > 5.0);
            coverage.check(HandoverState.IN_COUNT).percentage((Predicate<Double>) p -> p > 5.0);
        });
    }

    @Provide
    ActionChainArbitrary<PostModel> commands() {
        return ActionChain.startWith(PostModel::new)
                .withAction(3, new Step("advance the clock", m -> true,
                        m -> Arbitraries.integers().between(1, 20).map(minutes -> model -> model.advance(minutes))))
                .withAction(3, new Step("arrive", m -> m.handover instanceof Handover.BeforeCount,
                        m -> Arbitraries.of(m.handover.incoming(), STRANGER).map(who -> model -> model.handoverCommand(
                                h -> ((Handover.BeforeCount) h).arrive(who, model.now, POLICY)))))
                .withAction(3, new Step("complete preparation", m -> m.handover instanceof Preparing,
                        m -> Arbitraries.of(NIGHT_SHIFT, MORNING_SHIFT).map(who -> model -> model.handoverCommand(
                                h -> ((Preparing) h).completePreparation(who, model.now)))))
                .withAction(4, new Step("begin count", m -> m.handover instanceof Ready,
                        m -> Arbitraries.just(model -> model.handoverCommand(
                                h -> ((Ready) h).beginCount(NIGHT_SHIFT, model.situation(), model.now)))))
                .withAction(10, new Step("count an item", m -> m.handover instanceof InCount, m -> counts()))
                .withAction(1, new Step("ask", m -> m.handover instanceof InCount,
                        m -> Arbitraries.of("where is the spare key?", " ").map(text -> model -> model.handoverCommand(
                                h -> ((InCount) h).ask(model.handover.incoming(), model.nextQuestion(), text, model.now)))))
                .withAction(3, new Step("answer", m -> m.handover instanceof InCount && !((InCount) m.handover).count().unanswered().isEmpty(),
                        m -> Arbitraries.of("in the safe", "in the safe", "in the safe", "").map(text -> model -> model.handoverCommand(
                                h -> ((InCount) h).answer(NIGHT_SHIFT, ((InCount) h).count().unanswered().head(), text, model.now)))))
                .withAction(1, new Step("refuse", m -> m.handover instanceof InCount,
                        m -> Arbitraries.just(model -> model.handoverCommand(
                                h -> ((InCount) h).refuse(h.incoming(), model.now)))))
                .withAction(2, new Step("escalate", m -> m.handover instanceof Refused,
                        m -> Arbitraries.just(model -> model.handoverCommand(
                                h -> Either.right(((Refused) h).escalate(SUPERVISOR, model.now))))))
                .withAction(2, new Step("settle", m -> m.handover instanceof Escalated,
                        m -> Arbitraries.of(SUPERVISOR, MORNING_SHIFT).map(who -> model -> model.handoverCommand(
                                h -> ((Escalated) h).settle(who, "ruling of the duty manager", model.now)))))
                .withAction(9, new Step("sign", m -> m.handover instanceof InCount,
                        m -> Arbitraries.of(NIGHT_SHIFT, m.handover.incoming(), m.handover.incoming(), STRANGER)
                                .map(who -> model -> model.handoverCommand(
                                        h -> ((InCount) h).sign(who, model.situation(), model.now)))))
                .withAction(1, new Step("report an incident", m -> m.incidents.count(Incident::open) < 2,
                        m -> Combinators.combine(Arbitraries.of(IncidentKind.class), Arbitraries.of(Department.CUSTOMER_SERVICE, Department.SECURITY))
                                .as((kind, department) -> model -> model.report(kind, department))))
                .withAction(5, new Step("resolve an incident", m -> m.incidents.exists(Incident::open),
                        m -> Arbitraries.just(model -> model.resolveOne())))
                .withAction(1, new Step("log an open matter", m -> m.log.unsettled().size() < 2,
                        m -> Arbitraries.of(EntryKind.class).map(kind -> model -> model.logOpen(kind))))
                .withAction(5, new Step("close out or carry over", m -> !m.log.unsettled().isEmpty(),
                        m -> Arbitraries.of("closed", "carried", "closed", "carried", "carried without reason").map(how -> model -> model.settle(how))))
                .withAction(1, new Step("equipment starts", m -> m.handover instanceof Handover.Open,
                        m -> Arbitraries.of("chiller", "generator").map(name -> model -> model.handoverCommand(
                                h -> ((Handover.Open) h).noteEquipmentChange(name, model.now)))))
                .withAction(5, new Step("equipment steady",
                        m -> m.handover instanceof Handover.Open && !m.handover.circumstances().equipmentChanging().isEmpty(),
                        m -> Arbitraries.of(m.handover.circumstances().equipmentChanging().toJavaList()).map(name -> model -> model.handoverCommand(
                                h -> ((Handover.Open) h).noteEquipmentSteady(name, model.now)))))
                .withAction(1, new Step("declare unfit", m -> m.handover instanceof Handover.Open,
                        m -> Arbitraries.just(model -> model.handoverCommand(
                                h -> ((Handover.Open) h).declareUnfit(SUPERVISOR, "smells of alcohol", model.now)))))
                .withAction(4, new Step("substitute",
                        m -> m.handover instanceof Handover.Open && m.handover.circumstances().unfit().isDefined(),
                        m -> Arbitraries.of(SUBSTITUTE, SECOND_SUBSTITUTE, NIGHT_SHIFT).map(who -> model -> model.handoverCommand(h ->
                                h instanceof InCount ? ((InCount) h).substitute(who, model.now)
                                        : ((Handover.BeforeCount) h).substitute(who, model.now)))))
                .withMaxTransformations(80);
    }

    private static Arbitrary<Function<PostModel, Object>> counts() {
        Arbitrary<ItemId> items = Arbitraries.of(RADIO.id(), SHOW_FLAT_KEYS.id(), RECEIPT_BOOK.id(), STRAY_ITEM);
        Arbitrary<Condition> conditions = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(6, Condition.PRESENT), net.jqwik.api.Tuple.of(1, Condition.DAMAGED),
                net.jqwik.api.Tuple.of(1, Condition.MISSING));
        Arbitrary<Boolean> registered = Arbitraries.frequency(net.jqwik.api.Tuple.of(5, true), net.jqwik.api.Tuple.of(1, false));
        Arbitrary<Option<String>> explanations = Arbitraries.of(Option.none(), Option.some("lent to patrol"));
        return Combinators.combine(items, conditions, registered, explanations).as((item, condition, asRegistered, explanation) ->
                model -> model.handoverCommand(h -> ((InCount) h).count(h.incoming(), item, condition,
                        asRegistered ? registeredQuantity(item) : registeredQuantity(item) - 1, explanation, model.now)));
    }

    private static int registeredQuantity(ItemId item) {
        return REGISTER.find(i -> i.id().equals(item)).map(Item::registered).getOrElse(1);
    }

    static final StaffId SECOND_SUBSTITUTE = new StaffId(new UUID(4, 6));
    static final ItemId STRAY_ITEM = new ItemId(new UUID(6, 77));

    /** One named action: applicable when {@code when} holds, generating commands from the current model. */
    private record Step(
            String name, Predicate<PostModel> when, Function<PostModel, Arbitrary<Function<PostModel, Object>>> commands)
            implements Action.Dependent<PostModel> {

        @Override
        public boolean precondition(PostModel model) {
            return when.test(model);
        }

        @Override
        public Arbitrary<Transformer<PostModel>> transformer(PostModel model) {
            return commands.apply(model).map(command -> Transformer.mutate(name, m -> {
                m.beginStep();
                command.apply(m);
            }));
        }
    }

    /** The post, its duty log and the office's incidents, driven by the chain; the clock only moves forward. */
    static final class PostModel {
        Instant now = minutesBeforeShiftChange(20);
        Handover handover = preparingAt(now);
        Seq<Incident> incidents = List.empty();
        DutyLog log = DutyLog.open(FRONT_DESK_LOG, OFFICE, FRONT_DESK);
        int serial;
        int blockedAttempts;

        Handover before = handover;
        StaffId responsibleBefore = NIGHT_SHIFT;
        boolean accepted;
        boolean blockedWhenCompleted;

        void beginStep() {
            before = handover;
            responsibleBefore = responsibleNow();
            accepted = false;
            blockedWhenCompleted = false;
        }

        Object handoverCommand(Function<Handover, Either<Rejections<HandoverRejection>, ? extends HandoverOutcome<?>>> command) {
            boolean blockedNow = blockedIndependently();
            Either<Rejections<HandoverRejection>, ? extends HandoverOutcome<?>> result = command.apply(handover);
            if (result.isRight()) {
                handover = result.get().handover();
                accepted = true;
                if (handover instanceof Signed && !(before instanceof Signed)) {
                    blockedWhenCompleted = blockedNow;
                }
            } else if (result.getLeft().names(org.propertydesk.domain.kernel.Rule.R_HO_3)) {
                blockedAttempts++;
            }
            return result;
        }

        Object advance(int minutes) {
            now = now.plus(Duration.ofMinutes(minutes));
            return now;
        }

        QuestionId nextQuestion() {
            return new QuestionId(new UUID(11, ++serial));
        }

        PostSituation situation() {
            return HandoverFixture.situation(incidents, log);
        }

        Object report(IncidentKind kind, Department department) {
            Incident.report(new IncidentId(new UUID(12, ++serial)), OFFICE, kind, HashSet.of(department), "alarm", SUPERVISOR, now)
                    .forEach(outcome -> incidents = incidents.append(outcome.incident()));
            return incidents;
        }

        Object resolveOne() {
            Incident open = incidents.find(Incident::open).get();
            Incident resolved = open.resolve(SUPERVISOR, "all clear", now).get().incident();
            incidents = incidents.replace(open, resolved);
            return resolved;
        }

        Object logOpen(EntryKind kind) {
            log = log.record(new EntryId(new UUID(13, ++serial)), kind, "cause", "course", "pending", true, NIGHT_SHIFT, now)
                    .get().log();
            return log;
        }

        Object settle(String how) {
            EntryId entry = log.unsettled().head();
            var result = how.equals("closed") ? log.closeOut(entry, "done", NIGHT_SHIFT, now)
                    : log.carryOver(entry, how.equals("carried") ? "parts arrive tomorrow" : "", NIGHT_SHIFT, now);
            result.forEach(outcome -> log = outcome.log());
            return result;
        }

        /** The four blockers of R-HO-3, read straight off the model rather than through the domain's own check. */
        boolean blockedIndependently() {
            boolean incident = incidents.exists(i -> i.resolution().isEmpty()
                    && (i.kind() == IncidentKind.FIRE || i.concerned().contains(Department.CUSTOMER_SERVICE)));
            boolean equipment = !handover.circumstances().equipmentChanging().isEmpty();
            boolean preparation = log.entries().exists(e -> e.disposition() instanceof Disposition.Open);
            boolean unfit = handover.circumstances().unfit().isDefined();
            return incident || equipment || preparation || unfit;
        }

        StaffId responsibleNow() {
            return Responsibility.of(List.of(handover), now).get();
        }

        void exactlyOneResponsible() {
            Option<StaffId> responsible = Responsibility.of(List.of(handover), now);
            assertThat(responsible).hasSize(1);
            assertThat(handover.outgoing()).isNotEqualTo(handover.incoming());
            assertThat(responsible.get()).isIn(handover.outgoing(), handover.incoming());
        }

        void passesOnlyOnSecondSignature() {
            boolean secondSignatureNow = handover instanceof Signed && !(before instanceof Signed);
            if (!(handover instanceof Signed)) {
                assertThat(responsibleNow()).isEqualTo(NIGHT_SHIFT);
            }
            if (!responsibleNow().equals(responsibleBefore)) {
                assertThat(secondSignatureNow).as("responsibility changed without a second signature").isTrue();
            }
            if (handover instanceof Signed signed) {
                assertThat(signed.count().outgoingSignature().isDefined()).isTrue();
                assertThat(signed.count().incomingSignature().isDefined()).isTrue();
                assertThat(signed.count().incomingSignature().get().signer()).isEqualTo(signed.incoming());
            }
        }

        void neverCompletedWhileBlocked() {
            assertThat(blockedWhenCompleted).as("completed while a blocker held").isFalse();
        }

        void countNeverLosesAnItem() {
            Option<Count> count = countOf(handover);
            Set<ItemId> register = REGISTER.map(Item::id).toSet();
            for (Count c : count) {
                assertThat(register.containsAll(c.results().keySet())).isTrue();
                c.results().forEach((item, result) -> assertThat(result.item()).isEqualTo(item));
                Option<Count> earlier = countOf(before);
                if (earlier.isDefined() && before.incoming().equals(handover.incoming())) {
                    assertThat(c.results().keySet().containsAll(earlier.get().results().keySet())).isTrue();
                }
            }
            if (handover instanceof Signed signed) {
                assertThat(signed.count().results().keySet()).isEqualTo(register);
            }
        }

        void versionsMoveByOne() {
            if (accepted) {
                assertThat(handover.version()).isEqualTo(before.version() + 1);
            } else {
                assertThat(handover).isSameAs(before);
            }
        }

        private static Option<Count> countOf(Handover h) {
            if (h instanceof InCount c) {
                return Option.some(c.count());
            }
            if (h instanceof Refused r) {
                return Option.some(r.count());
            }
            if (h instanceof Escalated e) {
                return Option.some(e.count());
            }
            if (h instanceof Signed s) {
                return Option.some(s.count());
            }
            return Option.none();
        }

        @Override
        public String toString() {
            return handover.state() + " at " + now + ", incidents " + incidents.size() + ", unsettled " + log.unsettled().size();
        }
    }
}
