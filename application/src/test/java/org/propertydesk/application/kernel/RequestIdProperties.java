package org.propertydesk.application.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A request id's form (AIP-155), checked in one pass, agrees with the regular expression it replaces. */
@Label("Request id form")
class RequestIdProperties {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Property(tries = 2000)
    @Label("a text is a request id exactly when it is 1 to 64 letters, digits, '.', '_' or '-'")
    void sameAsTheForm(@ForAll("candidates") String text) {
        boolean wellFormed = FORM.matcher(text).matches();

        assertThat(RequestId.parse(text).isDefined()).isEqualTo(wellFormed);
        if (wellFormed) {
            assertThat(new RequestId(text).value()).isEqualTo(text);
        } else {
            assertThatThrownBy(() -> new RequestId(text)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Example
    @Label("a UUID and 64 characters are request ids; nothing, 65 characters, a space and non-ASCII letters are not")
    void examples() {
        assertThat(RequestId.parse("8d1f0a52-6a43-4c0e-9d0c-0c3a5b5f7e21")).isNotEmpty();
        assertThat(RequestId.parse("a".repeat(64))).isNotEmpty();
        assertThat(RequestId.parse("a".repeat(65))).isEmpty();
        assertThat(RequestId.parse("")).isEmpty();
        assertThat(RequestId.parse(null)).isEmpty();
        assertThat(RequestId.parse("retry 1")).isEmpty();
        assertThat(RequestId.parse("请求1")).isEmpty();
        assertThat(RequestId.parse("é")).isEmpty();
    }

    @Provide
    Arbitrary<String> candidates() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("aZz09._-/ é\u0130\uFF21\u0661").ofMaxLength(8),
                Arbitraries.strings().withChars("Ab9._-").ofMinLength(60).ofMaxLength(68));
    }
}
