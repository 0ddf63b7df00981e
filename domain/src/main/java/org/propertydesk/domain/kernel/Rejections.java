package org.propertydesk.domain.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.function.Supplier;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Every reason a command was refused, never only the first. The left side of every rule's
 * {@code Either}: a caller sees all violated rules at once and can fix them in one go.
 *
 * @param reasons at least one reason, in the order the rules were checked
 * @param <R> the context's rejection type
 */
@ValueObject
public record Rejections<R extends Rejection>(Seq<R> reasons) {

    public Rejections {
        Objects.requireNonNull(reasons, "reasons");
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal has at least one reason");
        }
        reasons.forEach(reason -> Objects.requireNonNull(reason, "reason"));
    }

    @SafeVarargs
    public static <R extends Rejection> Rejections<R> of(R first, R... more) {
        return new Rejections<>(List.of(first).appendAll(List.of(more)));
    }

    /**
     * Right(outcome) when no reason was collected, otherwise Left with all of them; the outcome is
     * only built when there is nothing against it.
     */
    public static <R extends Rejection, T> Either<Rejections<R>, T> unless(
            Seq<? extends R> reasons, Supplier<? extends T> outcome) {
        return reasons.isEmpty()
                ? Either.right(outcome.get())
                : Either.left(new Rejections<>(List.narrow(List.ofAll(reasons))));
    }

    /** The rules that refused, each once, in first-seen order. */
    public Seq<Rule> rules() {
        return reasons.map(Rejection::rule).distinct();
    }

    public boolean names(Rule rule) {
        return reasons.exists(reason -> reason.rule() == rule);
    }

    @Override
    public String toString() {
        return reasons.map(reason -> reason.rule().id() + ": " + reason.reason()).mkString("; ");
    }
}
