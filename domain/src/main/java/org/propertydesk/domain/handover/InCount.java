package org.propertydesk.domain.handover;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;

/**
 * The face-to-face part of the handover: items counted against the register (R-HO-5), questions
 * raised and answered (R-HO-6), signatures given (R-HO-7). The outgoing person is still on post.
 */
@AggregateRoot
public record InCount(
        @Identity HandoverId id, long version, HandoverTerms terms, Circumstances circumstances, Count count)
        implements Handover.Open {

    public InCount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(circumstances, "circumstances");
        Objects.requireNonNull(count, "count");
    }

    @Override
    public HandoverState state() {
        return HandoverState.IN_COUNT;
    }

    @Override
    public InCount with(Circumstances changed) {
        return new InCount(id, version + 1, terms, changed, count);
    }

    /**
     * Records what the count found for one register line; a recount replaces the earlier result.
     * Damage or loss needs the outgoing person's explanation, and for equipment, receipts and cash a
     * quantity that differs from the register must be verified with them (R-HO-5).
     */
    public Either<Rejections<HandoverRejection>, HandoverOutcome<InCount>> count(
            StaffId actor, ItemId item, Condition condition, int counted, Option<String> explanation, Instant at) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(explanation, "explanation");
        Option<String> given = explanation.map(String::strip).filter(text -> !text.isEmpty());
        List<HandoverRejection> reasons = partyProblems(actor);
        if (count.signedByAnyone()) {
            reasons = reasons.append(new HandoverRejection.CountClosedBySignature(item));
        }
        Option<Item> line = terms.register().find(i -> i.id().equals(item));
        if (line.isEmpty()) {
            reasons = reasons.append(new HandoverRejection.UnknownItem(item));
        }
        if (counted < 0) {
            reasons = reasons.append(new HandoverRejection.NegativeCount(item, counted));
        }
        if (condition.needsExplanation() && given.isEmpty()) {
            reasons = reasons.append(new HandoverRejection.UnexplainedDamageOrLoss(item, condition));
        }
        for (Item registered : line) {
            if (registered.category().checkedAgainstRegister() && counted != registered.registered() && given.isEmpty()) {
                reasons = reasons.append(
                        new HandoverRejection.RegisterMismatchNotVerified(item, registered.registered(), counted));
            }
        }
        return Rejections.unless(reasons, () -> {
            ItemCount result = new ItemCount(item, condition, counted, given);
            return new HandoverOutcome<>(
                    Handover.step(this, "count", new InCount(id, version + 1, terms, circumstances, count.with(result))),
                    List.of(new HandoverEvent.ItemCounted(id, office(), result, at)));
        });
    }

    /** The incoming person raises a question (R-HO-6). */
    public Either<Rejections<HandoverRejection>, HandoverOutcome<InCount>> ask(
            StaffId actor, QuestionId question, String text, Instant at) {
        Objects.requireNonNull(question, "question");
        List<HandoverRejection> reasons = List.empty();
        if (!actor.equals(incoming())) {
            reasons = reasons.append(new HandoverRejection.NotTheIncoming(actor, incoming()));
        }
        if (DutyLog.blank(text)) {
            reasons = reasons.append(new HandoverRejection.BlankQuestion());
        }
        return Rejections.unless(reasons, () -> new HandoverOutcome<>(
                Handover.step(this, "ask", new InCount(id, version + 1, terms, circumstances, count.with(
                        count.questions().append(new Question(question, text.strip(), actor, at, Option.none()))))),
                List.of(new HandoverEvent.QuestionRaised(id, office(), question, actor, at))));
    }

    /** The outgoing person answers a question clearly (R-HO-6). */
    public Either<Rejections<HandoverRejection>, HandoverOutcome<InCount>> answer(
            StaffId actor, QuestionId question, String text, Instant at) {
        List<HandoverRejection> reasons = List.empty();
        if (!actor.equals(outgoing())) {
            reasons = reasons.append(new HandoverRejection.NotTheOutgoing(actor, outgoing()));
        }
        Option<Question> asked = count.questions().find(q -> q.id().equals(question));
        if (asked.isEmpty()) {
            reasons = reasons.append(new HandoverRejection.UnknownQuestion(question));
        } else if (asked.get().answered()) {
            reasons = reasons.append(new HandoverRejection.QuestionAlreadyAnswered(question));
        }
        if (DutyLog.blank(text)) {
            reasons = reasons.append(new HandoverRejection.BlankAnswer(question));
        }
        return Rejections.unless(reasons, () -> new HandoverOutcome<>(
                Handover.step(this, "answer", new InCount(id, version + 1, terms, circumstances, count.with(
                        count.questions().map(q -> q.id().equals(question) ? q.answeredBy(actor, text.strip(), at) : q)))),
                List.of(new HandoverEvent.QuestionAnswered(id, office(), question, actor, at))));
    }

    /**
     * The incoming person refuses to take over because a question has no clear answer (R-HO-6);
     * the outgoing person stays responsible and the matter goes to a superior ({@link Refused#escalate}).
     */
    public Either<Rejections<HandoverRejection>, HandoverOutcome<Refused>> refuse(StaffId actor, Instant at) {
        List<HandoverRejection> reasons = List.empty();
        if (!actor.equals(incoming())) {
            reasons = reasons.append(new HandoverRejection.NotTheIncoming(actor, incoming()));
        }
        if (count.unanswered().isEmpty()) {
            reasons = reasons.append(new HandoverRejection.NothingToRefuse());
        }
        return Rejections.unless(reasons, () -> new HandoverOutcome<>(
                Handover.step(this, "refuse", new Refused(id, version + 1, terms, circumstances, count, at)),
                List.of(new HandoverEvent.HandoverRefused(id, office(), actor, count.unanswered(), at))));
    }

    /**
     * A substitute replaces the incoming person during the count: the count starts over with the
     * substitute, who must arrive first (R-HO-3 d, R-HO-5).
     */
    public Either<Rejections<HandoverRejection>, HandoverOutcome<Ready>> substitute(StaffId substitute, Instant at) {
        return Rejections.unless(substitutionProblems(substitute), () -> new HandoverOutcome<>(
                Handover.step(this, "substitute", new Ready(id, version + 1, terms, circumstances.substitutedBy(substitute))),
                List.of(new HandoverEvent.SubstituteNamed(id, office(), incoming(), substitute, at))));
    }

    /**
     * A party signs (R-HO-7). Each signature needs the whole register counted (R-HO-5), every
     * question answered (R-HO-6) and no R-HO-3 blocker; the second signature completes the handover
     * and passes responsibility for the post to the incoming person.
     */
    public Either<Rejections<HandoverRejection>, HandoverOutcome<Handover>> sign(
            StaffId signer, PostSituation situation, Instant at) {
        List<HandoverRejection> reasons = partyProblems(signer);
        boolean outgoingSigns = signer.equals(outgoing());
        if ((outgoingSigns ? count.outgoingSignature() : count.incomingSignature()).isDefined()
                && reasons.isEmpty()) {
            reasons = reasons.append(new HandoverRejection.AlreadySigned(signer));
        }
        if (!count.uncounted(terms.register()).isEmpty()) {
            reasons = reasons.append(new HandoverRejection.UncountedItems(count.uncounted(terms.register())));
        }
        if (!count.unanswered().isEmpty()) {
            reasons = reasons.append(new HandoverRejection.UnansweredQuestions(count.unanswered()));
        }
        reasons = reasons.appendAll(blockersIn(situation));
        return Rejections.unless(reasons, () -> {
            Signature signature = new Signature(signer, at);
            Count signed = outgoingSigns ? count.signedByOutgoing(signature) : count.signedByIncoming(signature);
            HandoverEvent.HandoverSigned signedEvent = new HandoverEvent.HandoverSigned(id, office(), signer, at);
            if (signed.outgoingSignature().isDefined() && signed.incomingSignature().isDefined()) {
                Signed done = Handover.step(this, "countersign", new Signed(id, version + 1, terms, circumstances, signed, at));
                return new HandoverOutcome<Handover>(done, List.of(signedEvent, new HandoverEvent.ResponsibilityPassed(
                        id, office(), post(), outgoing(), incoming(), done.outgoingOvertime(), at)));
            }
            return new HandoverOutcome<Handover>(
                    Handover.step(this, "sign", new InCount(id, version + 1, terms, circumstances, signed)),
                    List.of(signedEvent));
        });
    }

    private List<HandoverRejection> partyProblems(StaffId actor) {
        return actor.equals(outgoing()) || actor.equals(incoming())
                ? List.empty()
                : List.of(new HandoverRejection.NotAParty(actor));
    }
}
