package org.propertydesk.domain.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReplyScreenProperties {

    /** Characters that appear in no forbidden phrase, so text made of them is a helpful reply. */
    private static final String HELPFUL = "您好请稍等帮查一下维修师傅午后上门预计点前修好谢谢";

    @Provide
    Arbitrary<String> helpful() {
        return Arbitraries.of(HELPFUL.chars().mapToObj(c -> String.valueOf((char) c)).toList()).list().ofMaxSize(12)
                .map(chars -> String.join("", chars));
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("", " ", "\u3000", "·", "\u200B", "-", "*", "\"", "「", "  ");
    }

    @Property(tries = 300)
    @Label("R-FC-8: a forbidden answer is found wherever it sits in a reply and whatever spacing, punctuation or full-width form splits its characters")
    void foundHoweverSplit(
            @ForAll ForbiddenAnswer answer,
            @ForAll("helpful") String before,
            @ForAll("helpful") String after,
            @ForAll("separators") String separator,
            @ForAll boolean traditional) {
        String phrase = traditional ? toTraditional(answer.chinese()) : answer.chinese();
        String split = String.join(separator, phrase.chars().mapToObj(c -> String.valueOf((char) c)).toList());

        assertThat(ReplyScreen.screen(before + split + after)).extracting(ReplyScreen.Finding::answer).contains(answer);
    }

    @Property(tries = 200)
    @Label("R-FC-8: a reply made only of helpful words is never refused")
    void helpfulPasses(@ForAll("helpful") String reply) {
        assertThat(ReplyScreen.screen(reply)).isEmpty();
    }

    private static String toTraditional(String simplified) {
        StringBuilder out = new StringBuilder();
        for (char c : simplified.toCharArray()) {
            int at = "没办归这与无关".indexOf(c);
            out.append(at < 0 ? c : "沒辦歸這與無關".charAt(at));
        }
        return out.toString();
    }

}
