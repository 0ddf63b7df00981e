package org.propertydesk.adapters.grpc.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-pass text checks agree with the regular expressions they replace, on any text. */
@Label("Text forms of request fields")
class TextFormsProperties {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\p{Cs}\\x{FFFE}\\x{FFFF}]");
    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Property(tries = 3000)
    @Label("a control character is found exactly where the regular expression finds one")
    void controlCharacters(@ForAll("texts") String text) {
        assertThat(TextForms.hasControlCharacter(text)).isEqualTo(CONTROL.matcher(text).find());
    }

    @Property(tries = 300)
    @Label("no text of any characters at all is judged otherwise than by the regular expression")
    void controlCharactersInAnyText(@ForAll String text) {
        assertThat(TextForms.hasControlCharacter(text)).isEqualTo(CONTROL.matcher(text).find());
    }

    @Property(tries = 3000)
    @Label("a canonical UUID is recognised exactly as the regular expression recognises it")
    void uuids(@ForAll("uuidLike") String text) {
        assertThat(TextForms.isCanonicalUuid(text)).isEqualTo(UUID_FORM.matcher(text).matches());
    }

    @Example
    @Label("newline and tab pass; NUL, DEL, NEL, a lone surrogate and U+FFFE do not; an emoji's surrogate pair passes")
    void controlExamples() {
        assertThat(TextForms.hasControlCharacter("楼下的树\n被砍了\t")).isFalse();
        assertThat(TextForms.hasControlCharacter("emoji 😀 and 𠮷")).isFalse();
        assertThat(TextForms.hasControlCharacter("a\u0000b")).isTrue();
        assertThat(TextForms.hasControlCharacter("a\u007Fb")).isTrue();
        assertThat(TextForms.hasControlCharacter("a\u0085b")).isTrue();
        assertThat(TextForms.hasControlCharacter("a\uD83Db")).isTrue();
        assertThat(TextForms.hasControlCharacter("\uDE00")).isTrue();
        assertThat(TextForms.hasControlCharacter("a\uFFFE")).isTrue();
        assertThat(TextForms.hasControlCharacter("a\r")).isTrue();
    }

    @Example
    @Label("a UUID's canonical text passes; upper case, braces and a missing digit do not")
    void uuidExamples() {
        String uuid = UUID.randomUUID().toString();
        assertThat(TextForms.isCanonicalUuid(uuid)).isTrue();
        assertThat(TextForms.isCanonicalUuid(uuid.toUpperCase())).isEqualTo(uuid.equals(uuid.toUpperCase()));
        assertThat(TextForms.isCanonicalUuid("{" + uuid + "}")).isFalse();
        assertThat(TextForms.isCanonicalUuid(uuid.substring(1))).isFalse();
        assertThat(TextForms.isCanonicalUuid("00000000-0000-0000-0000-00000000000g")).isFalse();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withChars("aZ3栋 \n\t\r\u0000\u001F\u007F\u0085\u009F\u00A0\u200B\u2028\uD83D\uDE00\uDBFF\uDC00\uFFFD\uFFFE\uFFFF")
                .ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> uuidLike() {
        Arbitrary<String> mutated = Arbitraries.create(UUID::randomUUID).map(UUID::toString)
                .flatMap(uuid -> Arbitraries.integers().between(0, 35)
                        .flatMap(at -> Arbitraries.of('0', '9', 'a', 'f', 'g', 'A', 'F', '-', '_')
                                .map(c -> uuid.substring(0, at) + c + uuid.substring(at + 1))));
        Arbitrary<String> shuffled = Arbitraries.strings().withChars("0123456789abcdefABCDEF-").ofMinLength(34).ofMaxLength(38);
        return Arbitraries.oneOf(mutated, shuffled, Arbitraries.create(UUID::randomUUID).map(UUID::toString));
    }
}
