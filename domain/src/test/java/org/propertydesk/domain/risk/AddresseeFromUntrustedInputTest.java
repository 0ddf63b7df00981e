package org.propertydesk.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-RN-9: an addressee from untrusted input is one whose proof can be kept")
class AddresseeFromUntrustedInputTest {

    @Test
    @DisplayName("R-RN-9: a nameless addressee, an owner served by posting and a posting sent by letter are refused")
    void refused() {
        assertThat(Addressee.of(Party.OWNER, " ", Channel.LETTER).getLeft().reasons())
                .containsExactly(new RiskRejection.InvalidAddressee(Party.OWNER, " ", Channel.LETTER));
        assertThat(Addressee.of(Party.OWNER, "3-1201", Channel.POSTED).isLeft()).isTrue();
        assertThat(Addressee.of(Party.PUBLIC_POSTING, "lobby", Channel.LETTER).isLeft()).isTrue();
    }

    @Test
    @DisplayName("R-RN-9: a sound addressee is accepted, its name trimmed")
    void accepted() {
        assertThat(Addressee.of(Party.OWNER, " 3-1201 ", Channel.REGISTERED_MAIL).get())
                .isEqualTo(Addressee.to(Party.OWNER, "3-1201", Channel.REGISTERED_MAIL));
    }
}
