package org.propertydesk.domain.handover;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The face-to-face part of a handover (R-HO-5..R-HO-7): one result per counted register line (a
 * recount replaces the earlier result, so an item is never in two states), the incoming person's
 * questions and the signatures given so far.
 */
@ValueObject
public record Count(
        Map<ItemId, ItemCount> results,
        Seq<Question> questions,
        Option<Signature> outgoingSignature,
        Option<Signature> incomingSignature) {

    public Count {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(outgoingSignature, "outgoingSignature");
        Objects.requireNonNull(incomingSignature, "incomingSignature");
    }

    static Count begin() {
        return new Count(LinkedHashMap.empty(), List.empty(), Option.none(), Option.none());
    }

    public Seq<QuestionId> unanswered() {
        return questions.filter(q -> !q.answered()).map(Question::id);
    }

    public Seq<ItemId> uncounted(Seq<Item> register) {
        return register.map(Item::id).filter(id -> !results.containsKey(id));
    }

    public boolean signedByAnyone() {
        return outgoingSignature.isDefined() || incomingSignature.isDefined();
    }

    Count with(ItemCount result) {
        return new Count(results.put(result.item(), result), questions, outgoingSignature, incomingSignature);
    }

    Count with(Seq<Question> newQuestions) {
        return new Count(results, newQuestions, outgoingSignature, incomingSignature);
    }

    Count signedByOutgoing(Signature signature) {
        return new Count(results, questions, Option.some(signature), incomingSignature);
    }

    Count signedByIncoming(Signature signature) {
        return new Count(results, questions, outgoingSignature, Option.some(signature));
    }
}
