package org.propertydesk.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A lifecycle declared as data")
class StateMachineTest {

    enum Version {
        DRAFT,
        PUBLISHED,
        SUPERSEDED,
        ORPHAN
    }

    private final StateMachine<Version> versions = StateMachine.named("roster version", Version.class, Version.DRAFT)
            .on(Version.DRAFT, "publish", Version.PUBLISHED)
            .on(Version.DRAFT, "edit", Version.DRAFT)
            .on(Version.PUBLISHED, "supersede", Version.SUPERSEDED)
            .build();

    @Test
    @DisplayName("allows exactly the declared steps")
    void allowsDeclaredSteps() {
        assertThat(versions.target(Version.DRAFT, "publish")).contains(Version.PUBLISHED);
        assertThat(versions.allows(Version.PUBLISHED, "edit")).isFalse();
        assertThat(versions.allows(Version.SUPERSEDED, "publish")).isFalse();
        assertThat(versions.actionsFrom(Version.DRAFT)).containsExactly("publish", "edit");
    }

    @Test
    @DisplayName("knows its terminal and reachable states")
    void terminalAndReachable() {
        assertThat(versions.terminal()).containsExactlyInAnyOrder(Version.SUPERSEDED, Version.ORPHAN);
        assertThat(versions.reachable()).containsExactlyInAnyOrder(Version.DRAFT, Version.PUBLISHED, Version.SUPERSEDED);
    }

    @Test
    @DisplayName("an action declared twice from one state is a programming error")
    void ambiguousActionIsError() {
        assertThatThrownBy(() -> StateMachine.named("bad", Version.class, Version.DRAFT)
                        .on(Version.DRAFT, "publish", Version.PUBLISHED)
                        .on(Version.DRAFT, "publish", Version.SUPERSEDED)
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
