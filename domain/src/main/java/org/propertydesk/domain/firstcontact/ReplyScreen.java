package org.propertydesk.domain.firstcontact;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Screens a reply for forbidden answers (R-FC-8) however it is written: full-width letters and
 * punctuation (NFKC), spaces or punctuation slipped between the characters (不 知 道, 不·知·道),
 * traditional characters (沒辦法, 不歸我管, 這與我無關), and English in any case with or without
 * apostrophes. Sentence boundaries (。！？；, and their ASCII forms) are kept, so words of two
 * sentences are not read as one phrase.
 */
public final class ReplyScreen {

    /** Traditional characters of the forbidden phrases, mapped to their simplified forms. */
    private static final Map<Character, Character> SIMPLIFIED = HashMap.of(
            '沒', '没', '辦', '办', '歸', '归', '這', '这', '與', '与', '無', '无', '關', '关');

    private static final String SENTENCE_BOUNDARIES = "。.!?;,、";

    private ReplyScreen() {}

    /** One forbidden answer found in a reply, in the written form that matched. */
    @ValueObject
    public record Finding(ForbiddenAnswer answer, String form) {
        public Finding {
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(form, "form");
        }
    }

    /** Every forbidden answer the reply contains, once each, in the order of {@link ForbiddenAnswer}. */
    public static Seq<Finding> screen(String reply) {
        Objects.requireNonNull(reply, "reply");
        String normalised = Normalizer.normalize(reply, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String chinese = chineseView(normalised);
        String english = englishView(normalised);
        List<Finding> findings = List.empty();
        for (ForbiddenAnswer answer : ForbiddenAnswer.values()) {
            var form = answer.chineseForms().find(chinese::contains)
                    .orElse(() -> answer.englishForms().find(phrase -> english.contains(" " + phrase + " ")));
            if (form.isDefined()) {
                findings = findings.append(new Finding(answer, form.get()));
            }
        }
        return findings;
    }

    public static boolean isClean(String reply) {
        return screen(reply).isEmpty();
    }

    /** Letters and digits only, simplified, with a '|' where a sentence ends. */
    private static String chineseView(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isLetterOrDigit(codePoint)) {
                if (Character.isBmpCodePoint(codePoint)) {
                    out.append(SIMPLIFIED.get((char) codePoint).getOrElse((char) codePoint));
                } else {
                    out.appendCodePoint(codePoint);
                }
            } else if (SENTENCE_BOUNDARIES.indexOf(codePoint) >= 0 && (out.length() == 0 || out.charAt(out.length() - 1) != '|')) {
                out.append('|');
            }
        });
        return out.toString();
    }

    /** Words of letters and digits separated by single spaces, apostrophes dropped, padded with a space. */
    private static String englishView(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append(' ');
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\'' || codePoint == '\u2019' || codePoint == '\u2018' || codePoint == '\u02BC' || codePoint == '`') {
                return;
            }
            if (Character.isLetterOrDigit(codePoint)) {
                out.appendCodePoint(codePoint);
            } else if (out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        });
        if (out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        return out.toString();
    }
}
