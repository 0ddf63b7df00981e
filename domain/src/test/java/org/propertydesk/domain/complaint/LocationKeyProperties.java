package org.propertydesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The comparison form of a place, which R-CO-5 and R-CO-8 match complaints on and JDBC stores. */
class LocationKeyProperties {

    @Property(tries = 2000)
    @Label("R-CO-8: a place's key is its lower case with every run of blanks as one space")
    void keyIsLowerCaseWithBlankRunsAsOneSpace(@ForAll("places") String written) {
        Location place = new Location(written);

        assertThat(place.key()).isEqualTo(written.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    @Property(tries = 500)
    @Label("R-CO-8: the same place written with other case or other blanks is the same place")
    void sameInOtherCaseAndBlanks(@ForAll("places") String written) {
        String rewritten = written.toUpperCase(Locale.ROOT).replace(" ", " \t ").replace("\n", "\r\n");

        assertThat(new Location(written).samePlaceAs(new Location(rewritten))).isTrue();
    }

    @Example
    @Label("R-CO-8: \"Building 3  Lift\\tLobby\" and \"building 3 lift lobby\" are one place; a non-breaking space is not a blank")
    void examples() {
        assertThat(new Location(" Building 3  Lift\tLobby ").key()).isEqualTo("building 3 lift lobby");
        assertThat(new Location("3栋\u00A0车库").key()).isEqualTo("3栋\u00A0车库");
    }

    @Provide
    Arbitrary<String> places() {
        return Arbitraries.strings()
                .withChars("aZé3栋 \t\n\u000B\f\r\u00A0\u2003İ")
                .ofMinLength(1)
                .ofMaxLength(16)
                .filter(text -> !text.isBlank());
    }
}
