package org.propertydesk.domain.complaint;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.Locale;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Rejections;

/**
 * The keywords and phrases, Chinese and English, that the {@link ClassificationSuggester} looks for
 * (R-CO-1). Each entry votes for intake facts — a subject, a cause, an ask — with a weight; the
 * suggester derives the class from the facts the way a person would, so the suggestion follows the
 * rule rather than a guess.
 *
 * <p>Text form, one entry a line: {@code term<TAB>label[,label…][<TAB>weight]}; {@code #} starts a
 * comment. Labels: {@code subject:CLEANING} (any {@link Subject}), {@code cause:COMPANY},
 * {@code cause:WATER} (any {@link Utility}), {@code ask:HELP}, {@code ask:ANSWER_OR_SUGGESTION}, {@code ask:BE_HEARD}.
 * A Latin term matches whole words; a trailing {@code *} makes it a prefix ({@code leak*}).
 * Parsing is pure: the application reads the shipped resource and hands the text in.
 */
@ValueObject
public record Lexicon(Seq<Entry> entries) {

    public Lexicon {
        Objects.requireNonNull(entries, "entries");
    }

    /** A vote of the lexicon: what a matched term says about the complaint. */
    public sealed interface Label {
        record About(Subject subject) implements Label {}

        record CausedBy(Cause cause) implements Label {}

        record Asks(Ask ask) implements Label {}
    }

    /** One term with its labels and weight. */
    @ValueObject
    public record Entry(String term, Seq<Label> labels, int weight) {
        public Entry {
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(labels, "labels");
        }

        boolean isPrefix() {
            return term.endsWith("*");
        }

        String stem() {
            return (isPrefix() ? term.substring(0, term.length() - 1) : term).toLowerCase(Locale.ROOT);
        }
    }

    public static Either<Rejections<ComplaintRejection>, Lexicon> parse(String text) {
        Objects.requireNonNull(text, "text");
        List<String> lines = List.of(text.split("\r?\n", -1));
        List<Either<ComplaintRejection, Entry>> parsed = lines.zipWithIndex()
                .filter(line -> !line._1.isBlank() && !line._1.strip().startsWith("#"))
                .map(line -> entry(line._1, line._2 + 1));
        return Rejections.unless(
                parsed.filter(Either::isLeft).map(Either::getLeft),
                () -> new Lexicon(parsed.map(Either::get)));
    }

    private static Either<ComplaintRejection, Entry> entry(String line, int number) {
        String[] columns = line.strip().split("\t");
        ComplaintRejection malformed = new ComplaintRejection.MalformedLexiconLine(number, line);
        if (columns.length < 2 || columns.length > 3 || columns[0].isBlank()) {
            return Either.left(malformed);
        }
        Option<Integer> weight = columns.length == 3
                ? Try.of(() -> Integer.parseInt(columns[2].strip())).toOption().filter(w -> w > 0)
                : Option.some(1);
        List<Option<Label>> labels = List.of(columns[1].split(",")).map(label -> label(label.strip()));
        if (weight.isEmpty() || labels.exists(Option::isEmpty)) {
            return Either.left(malformed);
        }
        return Either.right(new Entry(columns[0].strip(), labels.map(Option::get), weight.get()));
    }

    private static Option<Label> label(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return Option.none();
        }
        String kind = text.substring(0, colon);
        String value = text.substring(colon + 1);
        switch (kind) {
            case "subject":
                return Try.of(() -> (Label) new Label.About(Subject.valueOf(value))).toOption();
            case "ask":
                return Try.of(() -> (Label) new Label.Asks(Ask.valueOf(value))).toOption();
            case "cause":
                if (value.equals("COMPANY")) {
                    return Option.some(new Label.CausedBy(new Cause.CompanyFailure()));
                }
                return Try.of(() -> (Label) new Label.CausedBy(new Cause.MunicipalUtility(Utility.valueOf(value)))).toOption();
            default:
                return Option.none();
        }
    }

    /** Where {@code entry} occurs in {@code lowerText}, if it does. */
    static boolean matches(Entry entry, String lowerText) {
        String stem = entry.stem();
        boolean latin = stem.chars().allMatch(c -> c < 0x2E80);
        int from = 0;
        while (true) {
            int found = lowerText.indexOf(stem, from);
            if (found < 0) {
                return false;
            }
            if (!latin) {
                return true;
            }
            boolean startsWord = !Character.isLetterOrDigit(stem.charAt(0))
                    || found == 0
                    || !Character.isLetterOrDigit(lowerText.charAt(found - 1));
            int end = found + stem.length();
            boolean endsWord = entry.isPrefix()
                    || !Character.isLetterOrDigit(stem.charAt(stem.length() - 1))
                    || end >= lowerText.length()
                    || !Character.isLetterOrDigit(lowerText.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
            from = found + 1;
        }
    }
}
