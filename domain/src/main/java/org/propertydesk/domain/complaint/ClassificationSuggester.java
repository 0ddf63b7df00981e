package org.propertydesk.domain.complaint;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import org.jmolecules.ddd.annotation.Service;

/**
 * Proposes a class for a complaint written in free text, Chinese or English (R-CO-1), with the
 * words that led to it. It reads the text for the same intake facts a person records — what it is
 * about, who is at fault, what is asked — and lets {@link Classification#decide} class them, so a
 * municipal-utility cause stays communicative and only the company's fault makes a complaint
 * effective. A suggestion is advice: the class recorded is the one the desk decides.
 */
@Service
public final class ClassificationSuggester {

    private final Lexicon lexicon;

    public ClassificationSuggester(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** A proposal, or empty when no term of the lexicon occurs in the text. */
    public Option<Suggestion> suggest(String text) {
        Objects.requireNonNull(text, "text");
        String lower = text.toLowerCase(Locale.ROOT);
        Seq<Lexicon.Entry> matched = lexicon.entries().filter(entry -> Lexicon.matches(entry, lower));
        if (matched.isEmpty()) {
            return Option.none();
        }
        Seq<Tuple2<Lexicon.Label, Integer>> votes =
                matched.flatMap(entry -> entry.labels().map(label -> Tuple.of(label, entry.weight())));
        Subject subject = best(votes, List.of(Subject.values()).map(s -> (Lexicon.Label) new Lexicon.Label.About(s)))
                .map(label -> ((Lexicon.Label.About) label).subject())
                .getOrElse(Subject.OTHER_SERVICE);
        Ask ask = best(votes, List.of(Ask.values()).map(a -> (Lexicon.Label) new Lexicon.Label.Asks(a)))
                .map(label -> ((Lexicon.Label.Asks) label).ask())
                .getOrElse(Ask.BE_HEARD);
        int company = score(votes, new Lexicon.Label.CausedBy(new Cause.CompanyFailure()));
        Option<Tuple2<Utility, Integer>> utility = List.of(Utility.values())
                .map(u -> Tuple.of(u, score(votes, new Lexicon.Label.CausedBy(new Cause.MunicipalUtility(u)))))
                .filter(scored -> scored._2 > 0)
                .maxBy(scored -> scored._2);
        Cause cause = company > 0 && company >= utility.map(Tuple2::_2).getOrElse(0)
                ? new Cause.CompanyFailure()
                : utility.<Cause>map(scored -> new Cause.MunicipalUtility(scored._1)).getOrElse(new Cause.NoFault());
        IntakeFacts facts = new IntakeFacts(subject, new Location("-"), cause, ask, Option.none(), false, text);
        return Option.some(new Suggestion(Classification.decide(facts), subject, cause, ask,
                matched.map(entry -> new Suggestion.Evidence(entry.term(), entry.labels())).toList()));
    }

    private static Option<Lexicon.Label> best(Seq<Tuple2<Lexicon.Label, Integer>> votes, Seq<Lexicon.Label> candidates) {
        return candidates.map(label -> Tuple.of(label, score(votes, label)))
                .filter(scored -> scored._2 > 0)
                .foldLeft(Option.<Tuple2<Lexicon.Label, Integer>>none(), (top, scored) ->
                        top.isEmpty() || scored._2 > top.get()._2 ? Option.some(scored) : top)
                .map(Tuple2::_1);
    }

    private static int score(Seq<Tuple2<Lexicon.Label, Integer>> votes, Lexicon.Label label) {
        return votes.filter(vote -> vote._1.equals(label)).map(Tuple2::_2).sum().intValue();
    }
}
