package org.propertydesk.domain.kernel;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The states of a lifecycle and the transitions allowed between them, declared once as data. An
 * aggregate asks its machine before it changes state, tests walk the same declaration, and the
 * documentation draws its diagrams from it — one truth for behaviour, tests and diagrams.
 *
 * @param <S> the lifecycle's states
 */
public final class StateMachine<S extends Enum<S>> {

    /** One allowed step: in state {@code from}, {@code action} leads to {@code to}. */
    public record Transition<S extends Enum<S>>(S from, String action, S to) {
        public Transition {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(to, "to");
        }
    }

    private final String name;
    private final Class<S> type;
    private final S initial;
    private final Seq<Transition<S>> transitions;
    private final Map<S, Map<String, S>> index;

    private StateMachine(String name, Class<S> type, S initial, Seq<Transition<S>> transitions) {
        this.name = name;
        this.type = type;
        this.initial = initial;
        this.transitions = transitions;
        Map<S, Map<String, S>> byState = LinkedHashMap.empty();
        for (Transition<S> step : transitions) {
            Map<String, S> out = byState.get(step.from()).getOrElse(LinkedHashMap.empty());
            if (out.containsKey(step.action())) {
                throw new IllegalArgumentException(
                        name + ": action " + step.action() + " from " + step.from() + " is declared twice");
            }
            byState = byState.put(step.from(), out.put(step.action(), step.to()));
        }
        this.index = byState;
    }

    public static <S extends Enum<S>> Builder<S> named(String name, Class<S> states, S initial) {
        return new Builder<>(name, states, initial);
    }

    public String name() {
        return name;
    }

    public S initial() {
        return initial;
    }

    public Set<S> states() {
        return TreeSet.of(type.getEnumConstants());
    }

    public Seq<Transition<S>> transitions() {
        return transitions;
    }

    /** Where {@code action} leads from {@code state}, or empty when the machine does not allow it. */
    public Option<S> target(S state, String action) {
        return index.get(state).flatMap(out -> out.get(action));
    }

    public boolean allows(S state, String action) {
        return target(state, action).isDefined();
    }

    /** The actions allowed in {@code state}, in declaration order. */
    public Seq<String> actionsFrom(S state) {
        return index.get(state).map(out -> out.keySet().toList()).getOrElse(List.empty());
    }

    /** States no action leaves. */
    public Set<S> terminal() {
        return states().filter(state -> actionsFrom(state).isEmpty());
    }

    /** States that some chain of actions reaches from the initial state (including it). */
    public Set<S> reachable() {
        Set<S> seen = TreeSet.of(initial);
        List<S> frontier = List.of(initial);
        while (!frontier.isEmpty()) {
            S state = frontier.head();
            frontier = frontier.tail();
            for (S next : index.get(state).map(Map::values).getOrElse(List.empty())) {
                if (!seen.contains(next)) {
                    seen = seen.add(next);
                    frontier = frontier.append(next);
                }
            }
        }
        return seen;
    }

    public static final class Builder<S extends Enum<S>> {
        private final String name;
        private final Class<S> type;
        private final S initial;
        private List<Transition<S>> transitions = List.empty();

        private Builder(String name, Class<S> type, S initial) {
            this.name = Objects.requireNonNull(name, "name");
            this.type = Objects.requireNonNull(type, "type");
            this.initial = Objects.requireNonNull(initial, "initial");
        }

        public Builder<S> on(S from, String action, S to) {
            transitions = transitions.append(new Transition<>(from, action, to));
            return this;
        }

        public StateMachine<S> build() {
            return new StateMachine<>(name, type, initial, transitions);
        }
    }
}
